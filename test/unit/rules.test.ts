import { describe, expect, it } from 'vitest';
import type { Role, Till } from '../../src/core/fleet.js';
import { findingKey } from '../../src/core/findings.js';
import type { Lang } from '../../src/core/i18n.js';
import { MAX_CLIENT_ID } from '../../src/core/clientId.js';
import { analyzeTills, assessFleet, versionTarget } from '../../src/core/rules.js';

const till = (name: string, clientId: string | number | undefined, version: string | undefined, role: Role = 'sales', extra: Partial<Till> = {}): Till => ({
  name,
  role,
  ...(clientId === undefined ? {} : { clientId }),
  ...(version === undefined ? {} : { version }),
  ...extra,
});
const codes = (tills: Till[], lang: Lang = 'sv') => assessFleet(tills, lang).findings.map((f) => f.code);
const only = (tills: Till[], code: string, lang: Lang = 'sv') => {
  const found = assessFleet(tills, lang).findings.filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('a healthy fleet', () => {
  it('has no findings, whatever the separators and build parts', () => {
    expect(codes([till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38.5.0.1234'), till('BO', 3, ' v38,5 ', 'backoffice')])).toEqual([]);
  });
});

describe('EDITION_MISMATCH', () => {
  it('names the backoffice on another edition and tells it to run the selling tills’ update file', () => {
    const f = only([till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38,5'), till('BACKOFFICE', 3, '38,05', 'backoffice')], 'EDITION_MISMATCH');
    expect(f.severity).toBe('error');
    expect(f.tills).toEqual(['BACKOFFICE']);
    expect(f.message).toContain('BACKOFFICE kör 38,05');
    expect(f.advice).toContain('uppdateringsfilen för 38,5 (med kontrollbox) på BACKOFFICE');
  });

  it('targets the Norwegian edition when the selling tills run it', () => {
    const f = only([till('KASSA1', 1, '38,5 NORSK', 'main'), till('BO', 2, '38,5', 'backoffice')], 'EDITION_MISMATCH', 'en');
    expect(f.tills).toEqual(['BO']);
    expect(f.advice).toContain('38,5 NORSK (Norwegian fiscal edition)');
  });

  it('asks the person responsible when the selling tills disagree among themselves', () => {
    const f = only([till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38,05'), till('BO', 3, '38,5', 'backoffice')], 'EDITION_MISMATCH');
    expect(f.tills).toEqual(['KASSA1', 'KASSA2', 'BO']);
    expect(f.advice).toContain('Fråga den som ansvarar för kassorna');
  });

  it('uses an explicit edition over the version string', () => {
    const f = only([till('KASSA1', 1, '38,5', 'main'), till('BO', 2, '38,5', 'backoffice', { edition: 'nonfiscal' })], 'EDITION_MISMATCH');
    expect(f.tills).toEqual(['BO']);
  });

  it('sees 38,06 vs 38,6 as an edition mismatch but not a version mismatch', () => {
    expect(codes([till('KASSA1', 1, '38,6', 'main'), till('BO', 2, '38,06', 'backoffice')])).toEqual(['EDITION_MISMATCH']);
  });
});

describe('VERSION_MISMATCH', () => {
  it('names every till below the highest release, with the update path', () => {
    const f = only([till('KASSA1', 1, '38,6', 'main'), till('KASSA2', 2, '38,5'), till('BO', 3, '38.5.0.99', 'backoffice')], 'VERSION_MISMATCH');
    expect(f.severity).toBe('warning');
    expect(f.tills).toEqual(['KASSA2', 'BO']);
    expect(f.message).toContain('KASSA1 kör 38,6');
    expect(f.advice).toBe('Uppdatera KASSA2 och BO till 38,6: Hjälp – Versionshantering – Sök efter nyare version. Gör det utanför öppettid.');
  });

  it('compares the major number first', () => {
    const f = only([till('A', 1, '39,0', 'main'), till('B', 2, '38,9')], 'VERSION_MISMATCH');
    expect(f.tills).toEqual(['B']);
  });

  it('takes the target from the selling tills’ edition, not from a till on the wrong update file', () => {
    const a = assessFleet([till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38,5'), till('BO', 3, '38,06', 'backoffice')], 'sv');
    expect(a.findings.map((f) => [f.code, f.tills])).toEqual([['EDITION_MISMATCH', ['BO']]]);
    const behind = assessFleet([till('KASSA1', 1, '38,6', 'main'), till('KASSA2', 2, '38,5'), till('BO', 3, '38,07', 'backoffice')], 'sv');
    expect(behind.findings.map((f) => [f.code, f.tills])).toEqual([
      ['EDITION_MISMATCH', ['BO']],
      ['VERSION_MISMATCH', ['KASSA2']],
    ]);
  });

  it('reports a release gap across editions too, alongside the edition mismatch', () => {
    expect(codes([till('A', 1, '38,6', 'main'), till('B', 2, '38,05', 'backoffice')])).toEqual(['EDITION_MISMATCH', 'VERSION_MISMATCH']);
  });
});

describe('DUPLICATE_CLIENT_ID', () => {
  it('tells the non-selling till to change and never the selling one', () => {
    const f = only([till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38,5'), till('BACKOFFICE', 2, '38,5', 'backoffice')], 'DUPLICATE_CLIENT_ID');
    expect(f.severity).toBe('error');
    expect(f.tills).toEqual(['KASSA2', 'BACKOFFICE']);
    expect(f.message).toBe('KASSA2 och BACKOFFICE har samma Klient ID (2).');
    expect(f.advice).toBe(
      'Byt Klient ID på BACKOFFICE till 3 (Arkiv – Inställningar – System Uppgifter). Ändra inte ID på KASSA2: en säljande kassas ID kan slå ut kontrollboxen.',
    );
  });

  it('sends two selling tills with one ID to support and changes neither', () => {
    const f = only([till('KASSA1', 4, '38,5', 'main'), till('KASSA2', 4, '38,5')], 'DUPLICATE_CLIENT_ID', 'en');
    expect(f.advice).toContain('Contact PC-Kassa support');
    expect(f.advice).not.toMatch(/Change the Client ID/);
  });

  it('keeps one of two backoffices and moves the other to a free ID', () => {
    const f = only([till('KASSA1', 1, '38,5', 'main'), till('BO2', 5, '38,5', 'backoffice'), till('BO1', 5, '38,5', 'backoffice')], 'DUPLICATE_CLIENT_ID');
    expect(f.advice).toContain('Byt Klient ID på BO2 till 6');
  });

  it('compares numeric IDs by value and others trimmed and case-insensitively', () => {
    expect(only([till('A', '07', '38,5', 'main'), till('B', 7, '38,5', 'backoffice')], 'DUPLICATE_CLIENT_ID').tills).toEqual(['A', 'B']);
    expect(only([till('A', ' Kassa-X ', '38,5', 'main'), till('B', 'kassa-x', '38,5', 'backoffice')], 'DUPLICATE_CLIENT_ID').tills).toEqual(['A', 'B']);
    expect(codes([till('A', '7', '38,5', 'main'), till('B', '70', '38,5')])).toEqual([]);
  });

  it('merges the same machine listed twice instead of calling it a duplicate', () => {
    const a = assessFleet([till('KASSA1', 1, '38,5', 'main'), till('kassa1 ', 1, undefined, 'sales', { connected: true, address: '10.0.0.5' }), till('KASSA2', 2, '38,5')], 'sv');
    expect(a.findings).toEqual([]);
    expect(a.tills).toHaveLength(2);
    expect(a.tills[0]).toMatchObject({ name: 'KASSA1', role: 'main', clientId: 1, version: '38,5', connected: true, address: '10.0.0.5' });
  });

  it('hands each group its own free IDs', () => {
    const dup = assessFleet([till('A', 1, '38,5', 'main'), till('B', 1, '38,5', 'backoffice'), till('C', 2, '38,5'), till('D', 2, '38,5', 'backoffice')], 'sv').findings;
    expect(dup.map((f) => f.advice.match(/till (\d+)/)?.[1])).toEqual(['3', '4']);
  });

  it('groups each shared ID separately', () => {
    const dup = assessFleet([till('A', 1, '38,5', 'main'), till('B', 1, '38,5', 'backoffice'), till('C', 2, '38,5'), till('D', 2, '38,5', 'backoffice')], 'sv').findings;
    expect(dup.map((f) => findingKey(f))).toEqual(['DUPLICATE_CLIENT_ID:A,B', 'DUPLICATE_CLIENT_ID:C,D']);
  });
});

describe('UNKNOWN_VERSION and MISSING_CLIENT_ID', () => {
  it('warns about a version that does not parse, quoting it', () => {
    const f = only([till('A', 1, '38,5', 'main'), till('B', 2, 'trasig')], 'UNKNOWN_VERSION');
    expect(f).toMatchObject({ severity: 'warning', tills: ['B'] });
    expect(f.message).toContain('"trasig"');
  });

  it('warns when no version is known at all', () => {
    expect(only([till('A', 1, '38,5', 'main'), till('B', 2, undefined)], 'UNKNOWN_VERSION').message).toBe('Kassavakt vet inte vilken version B kör.');
  });

  it('warns about a till without a Client ID, empty or blank included', () => {
    const f = assessFleet([till('A', undefined, '38,5', 'main'), till('B', '  ', '38,5'), till('C', 3, '38,5')], 'sv').findings;
    expect(f.map((x) => [x.code, x.severity, x.tills])).toEqual([
      ['MISSING_CLIENT_ID', 'warning', ['A']],
      ['MISSING_CLIENT_ID', 'warning', ['B']],
    ]);
  });
});

describe('suggested Client ID', () => {
  it('is the highest numeric ID in use plus one', () => {
    expect(assessFleet([till('A', '07', '38,5'), till('B', 'x9', '38,5'), till('C', 3, '38,5')], 'sv').suggestedClientId).toBe(8);
  });
  it('is 1 for a fleet without numeric IDs', () => {
    expect(assessFleet([till('A', 'abc', '38,5')], 'sv').suggestedClientId).toBe(1);
    expect(assessFleet([], 'sv').suggestedClientId).toBe(1);
  });
});

describe('Client IDs out of range', () => {
  const fortyNines = '9'.repeat(40);

  it('is a clear finding, and never suggests "1e+40"', () => {
    const a = assessFleet([till('KASSA1', 1, '38,5', 'main'), till('KASSA2', fortyNines, '38,5')], 'en');
    expect(a.suggestedClientId).toBe(2);
    expect(a.findings.map((f) => [f.code, f.severity, f.tills])).toEqual([['INVALID_CLIENT_ID', 'warning', ['KASSA2']]]);
    expect(a.findings[0]!.message).toBe(`KASSA2 has Client ID "${fortyNines}", but a Client ID is a whole number from 0 to 2147483647.`);
    expect(a.findings[0]!.advice).toContain('kassavakt discover');
  });

  it.each([
    [MAX_CLIENT_ID, null],
    [String(MAX_CLIENT_ID + 1), 'INVALID_CLIENT_ID'],
    ['00000000002147483647', null],
    ['-5', 'INVALID_CLIENT_ID'],
    ['1e+21', 'INVALID_CLIENT_ID'],
    ['x9', 'INVALID_CLIENT_ID'],
    [0, null],
  ])('takes %j as %s', (id, code) => {
    const a = assessFleet([till('KASSA1', 1, '38,5', 'main'), till('KASSA2', id, '38,5')], 'sv');
    expect(a.findings.map((f) => f.code)).toEqual(code === null ? [] : [code]);
  });

  it('hands out the lowest unused IDs once the top of the range is used', () => {
    const a = assessFleet([till('A', MAX_CLIENT_ID, '38,5', 'main'), till('B', 1, '38,5'), till('C', 1, '38,5', 'backoffice'), till('D', 3, '38,5')], 'en');
    expect(a.suggestedClientId).toBe(2);
    expect(only([till('A', MAX_CLIENT_ID, '38,5', 'main'), till('B', 1, '38,5'), till('C', 1, '38,5', 'backoffice')], 'DUPLICATE_CLIENT_ID').advice).toMatch(/^Byt Klient ID på C till 2 /);
    expect(a.nextFreeClientId).toBe(4);
  });
});

describe('next free Client ID', () => {
  it('is past every ID the duplicate advice hands out, across groups', () => {
    const a = assessFleet([till('A', 1, '38,5', 'main'), till('B', 1, '38,5', 'backoffice'), till('C', 2, '38,5'), till('D', 2, '38,5', 'backoffice')], 'sv');
    expect(a.findings.map((f) => f.advice.match(/till (\d+)/)?.[1])).toEqual(['3', '4']);
    expect(a.suggestedClientId).toBe(3);
    expect(a.nextFreeClientId).toBe(5);
  });
  it('is the suggested ID when nothing is handed out', () => {
    expect(assessFleet([till('A', 1, '38,5', 'main'), till('B', 2, '38,5')], 'sv').nextFreeClientId).toBe(3);
    expect(assessFleet([till('A', 4, '38,5', 'main'), till('B', 4, '38,5')], 'sv').nextFreeClientId).toBe(5);
  });
});

describe('versionTarget', () => {
  it('follows a backoffice on a newer release of the selling tills’ edition', () => {
    const tills = [till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38,5'), till('BO', 3, '38,6', 'backoffice')];
    expect(versionTarget(analyzeTills(tills))).toMatchObject({ status: 'known', edition: 'fiscal', version: { major: 38, release: 6 }, till: 'BO' });
    const f = only(tills, 'VERSION_MISMATCH');
    expect(f.tills).toEqual(['KASSA1', 'KASSA2']);
    expect(f.advice).toContain('till 38,6');
  });
  it('is the release the edition advice names, whichever selling till is listed first', () => {
    const tills = [till('KASSA2', 2, '38,5'), till('KASSA1', 1, '38,6', 'main'), till('BO', 3, '38,05', 'backoffice')];
    const edition = only(tills, 'EDITION_MISMATCH');
    expect(edition.advice).toContain('38,6');
    expect(edition.advice).not.toContain('38,5');
    expect(only(tills, 'VERSION_MISMATCH').advice).toContain('till 38,6');
  });
  it('never follows a newer release of another edition', () => {
    const tills = [till('KASSA1', 1, '38,5', 'main'), till('BO', 3, '38,06', 'backoffice')];
    expect(versionTarget(analyzeTills(tills))).toMatchObject({ status: 'known', edition: 'fiscal', version: { release: 5 }, till: 'KASSA1' });
  });
  it('is unknown without a selling till’s version and lists disagreeing selling tills', () => {
    expect(versionTarget(analyzeTills([till('KASSA1', 1, undefined, 'main'), till('BO', 2, '38,5', 'backoffice')]))).toEqual({ status: 'unknown' });
    const disagree = versionTarget(analyzeTills([till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38,05'), till('BO', 3, '38,5', 'backoffice')]));
    expect(disagree.status === 'disagree' && disagree.selling.map((x) => x.name)).toEqual(['KASSA1', 'KASSA2']);
  });
});

describe('languages', () => {
  const fleet = [till('KASSA1', 1, '38,6', 'main'), till('KASSA2', 2, '38,5'), till('BO', 2, '38,05', 'backoffice')];
  it.each([
    ['sv', 'har samma Klient ID', 'Hjälp – Versionshantering'],
    ['nb', 'har samme klient-ID', 'Hjelp – Versjonshåndtering'],
    ['en', 'share the same Client ID', 'Help – Version management'],
  ] as const)('renders every finding in %s', (lang, duplicateText, updatePath) => {
    const findings = assessFleet(fleet, lang).findings;
    expect(findings.map((f) => f.code)).toEqual(['EDITION_MISMATCH', 'DUPLICATE_CLIENT_ID', 'VERSION_MISMATCH']);
    expect(findings[1]!.message).toContain(duplicateText);
    expect(findings[2]!.advice).toContain(updatePath);
    for (const f of findings) expect(`${f.message} ${f.advice}`).not.toMatch(/\{\w+\}/);
  });
});
