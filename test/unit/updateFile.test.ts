import { describe, expect, it } from 'vitest';
import type { Till } from '../../src/core/fleet.js';
import { LANGS, type Lang } from '../../src/core/i18n.js';
import {
  classifyKind,
  findVersion,
  fleetTarget,
  judgeUpdateFile,
  verdictExitCode,
  type FileReading,
  type UpdateFileOutcome,
  type VersionStrings,
} from '../../src/core/updateFile.js';
import { STRINGS } from '../support/peFixtures.js';

const ok = (strings: VersionStrings): FileReading => ({ status: 'ok', strings, fixedFileVersion: '38.5.0.0' });

const fiscalFleet: Till[] = [
  { name: 'KASSA1', role: 'main', version: '38,5', clientId: 1 },
  { name: 'KASSA2', role: 'sales', version: '38.5', clientId: 2 },
  { name: 'BACKOFFICE', role: 'backoffice', version: '38,05', clientId: 3 },
];
const nonfiscalFleet: Till[] = [{ name: 'KASSA1', role: 'main', version: '38,05' }];
const norwayFleet: Till[] = [{ name: 'KASSE1', role: 'main', version: '38,5 NORSK' }];
const disagreeingFleet: Till[] = [
  { name: 'KASSA1', role: 'main', version: '38,5' },
  { name: 'KASSA2', role: 'sales', version: '38,05' },
];
const unknownFleet: Till[] = [
  { name: 'KASSA1', role: 'main', version: 'okänd' },
  { name: 'BACKOFFICE', role: 'backoffice', version: '38,5' },
];

function judge(file: string, reading: FileReading, tills?: Till[], lang: Lang = 'sv') {
  return judgeUpdateFile({ file, reading, tills }, lang);
}

describe('findVersion', () => {
  it('reads each edition from the vendor strings, not from the four numbers', () => {
    expect(findVersion(STRINGS.fiscal)).toEqual({ version: { raw: '38,5', major: 38, release: 5, edition: 'fiscal' } });
    expect(findVersion(STRINGS.nonfiscal)).toEqual({ version: { raw: '38,05', major: 38, release: 5, edition: 'nonfiscal' } });
    expect(findVersion(STRINGS.norway)).toEqual({ version: { raw: '38,5 NORSK', major: 38, release: 5, edition: 'norway' } });
  });

  it('finds the version inside a product name and a Norwegian word anywhere', () => {
    expect(findVersion({ ProductName: 'PC-Kassa 38,05' }).version?.edition).toBe('nonfiscal');
    expect(findVersion({ ProductVersion: '38,5', FileDescription: 'Norsk fiskal versjon' }).version).toMatchObject({ edition: 'norway', release: 5 });
    expect(findVersion({ ProductVersion: 'v38.5-NO' }).version?.edition).toBe('norway');
  });

  it('does not guess an edition from four numbers alone', () => {
    expect(findVersion({ FileVersion: '38.5.0.0' })).toEqual({ version: null, reason: 'ambiguous', raw: '38.5.0.0' });
    expect(findVersion({ FileVersion: '38.05.0.0' }).version?.edition).toBe('nonfiscal');
  });

  it('reports strings that contradict each other', () => {
    expect(findVersion({ ProductVersion: '38,5', ProductName: 'PC-Kassa 38,05' })).toEqual({
      version: null,
      reason: 'conflict',
      found: ['38,5', '38,05'],
    });
    expect(findVersion({ ProductVersion: '38,05', FileDescription: 'NORSK' })).toMatchObject({ version: null, reason: 'conflict' });
  });

  it('says so when there is no version at all', () => {
    expect(findVersion({ ProductName: 'PC-Kassa' })).toEqual({ version: null, reason: 'none' });
    expect(findVersion({})).toEqual({ version: null, reason: 'none' });
  });
});

describe('classifyKind', () => {
  it('tells update, installer and other apart', () => {
    expect(classifyKind(STRINGS.fiscal, 'x.exe')).toBe('update');
    expect(classifyKind(STRINGS.installer, 'pckassaupp32.exe')).toBe('installer');
    expect(classifyKind(STRINGS.notPcKassa, 'pckassaupp32.exe')).toBe('other');
  });

  it('falls back to the description, then to the name on disk', () => {
    const vendorOnly = { CompanyName: 'Nutid AB', ProductName: 'PC Kassa' };
    expect(classifyKind({ ...vendorOnly, FileDescription: 'Installation' }, 'a.exe')).toBe('installer');
    expect(classifyKind({ ...vendorOnly, FileDescription: 'Uppdatering' }, 'a.exe')).toBe('update');
    expect(classifyKind(vendorOnly, 'C:\\Users\\x\\Downloads\\pckassaupp32 (1).exe')).toBe('update');
    expect(classifyKind(vendorOnly, '/home/x/pckassaclient_nocc.exe')).toBe('installer');
    expect(classifyKind(vendorOnly, 'pckassa.exe')).toBe('other');
    expect(classifyKind({ ...vendorOnly, OriginalFilename: 'PCKassa.exe' }, 'pckassaupp32.exe')).toBe('other');
  });
});

describe('fleetTarget', () => {
  it('takes the edition of the selling tills, ignoring the backoffice', () => {
    expect(fleetTarget(fiscalFleet, 'sv')).toMatchObject({ status: 'known', edition: 'fiscal', version: { release: 5 } });
  });
  it('takes the newest release of that edition, a backoffice’s included', () => {
    const ahead: Till[] = [
      { name: 'KASSA1', role: 'main', version: '38,5' },
      { name: 'KASSA2', role: 'sales', version: '38,5' },
      { name: 'BACKOFFICE', role: 'backoffice', version: '38,6' },
    ];
    expect(fleetTarget(ahead, 'sv')).toMatchObject({ status: 'known', edition: 'fiscal', version: { release: 6 } });
    expect(judge('pckassaupp32.exe', ok(STRINGS.fiscal), ahead)).toMatchObject({ outcome: 'olderRelease', matches: false });
  });
  it('distinguishes no fleet, unknown versions and disagreeing tills', () => {
    expect(fleetTarget(undefined, 'sv')).toEqual({ status: 'noFleet' });
    expect(fleetTarget(unknownFleet, 'sv')).toEqual({ status: 'unknown' });
    expect(fleetTarget(disagreeingFleet, 'sv')).toEqual({ status: 'disagree', tills: 'KASSA1 kör 38,5 och KASSA2 kör 38,05' });
  });
});

describe('judgeUpdateFile', () => {
  const cases: Array<[string, FileReading, Till[] | undefined, UpdateFileOutcome, boolean | null]> = [
    ['fiscal file, fiscal fleet', ok(STRINGS.fiscal), fiscalFleet, 'right', true],
    ['non-fiscal file, non-fiscal fleet', ok(STRINGS.nonfiscal), nonfiscalFleet, 'right', true],
    ['Norwegian file, Norwegian fleet', ok(STRINGS.norway), norwayFleet, 'right', true],
    ['non-fiscal file, fiscal fleet', ok(STRINGS.nonfiscal), fiscalFleet, 'wrongEdition', false],
    ['Norwegian file, fiscal fleet', ok(STRINGS.norway), fiscalFleet, 'wrongEdition', false],
    ['fiscal file, Norwegian fleet', ok(STRINGS.fiscal), norwayFleet, 'wrongEdition', false],
    ['older file', ok(STRINGS.olderFiscal), fiscalFleet, 'olderRelease', false],
    ['newer file', ok(STRINGS.fiscal), [{ name: 'K1', role: 'main', version: '37,5' }], 'rightNewer', true],
    ['no fleet', ok(STRINGS.fiscal), undefined, 'noFleet', null],
    ['fleet versions unknown', ok(STRINGS.fiscal), unknownFleet, 'fleetUnknown', null],
    ['selling tills disagree', ok(STRINGS.fiscal), disagreeingFleet, 'fleetDisagrees', null],
    ['installer, known fleet', ok(STRINGS.installer), fiscalFleet, 'rightInstaller', true],
    ['installer, no fleet', ok(STRINGS.installer), undefined, 'noFleet', null],
    ['installer, fleet unknown', ok(STRINGS.installer), unknownFleet, 'fleetUnknown', null],
    ['installer, selling tills disagree', ok(STRINGS.installer), disagreeingFleet, 'fleetDisagrees', null],
    ['update without telling version', ok({ ...STRINGS.fiscal, ProductName: 'PC-Kassa', FileDescription: 'Uppdatering', ProductVersion: '' }), fiscalFleet, 'versionUnknown', null],
    ['not PC-Kassa', ok(STRINGS.notPcKassa), fiscalFleet, 'notPcKassa', null],
    ['a PC-Kassa file that is neither', ok({ CompanyName: 'Nutid AB', ProductName: 'PC-Kassa', OriginalFilename: 'PCKassa.exe' }), fiscalFleet, 'otherPcKassaFile', null],
    ['empty', { status: 'empty' }, fiscalFleet, 'empty', null],
    ['not PE', { status: 'notPe' }, fiscalFleet, 'notPe', null],
    ['truncated', { status: 'truncated' }, fiscalFleet, 'truncated', null],
    ['damaged', { status: 'damaged' }, fiscalFleet, 'damaged', null],
    ['no version resource', { status: 'noVersionResource' }, fiscalFleet, 'noVersionResource', null],
    ['too large', { status: 'tooLarge', size: 600 * 1024 * 1024, limit: 512 * 1024 * 1024 }, fiscalFleet, 'tooLarge', null],
    ['unreadable', { status: 'unreadable', detail: 'EACCES' }, fiscalFleet, 'unreadable', null],
  ];

  it.each(cases)('%s', (_, reading, tills, outcome, matches) => {
    for (const lang of LANGS) {
      const verdict = judge('pckassaupp32.exe', reading, tills, lang);
      expect(verdict.outcome).toBe(outcome);
      expect(verdict.matches).toBe(matches);
      expect(verdictExitCode(verdict)).toBe(matches === true ? 0 : matches === false ? 1 : 2);
      // Every placeholder filled, in every language.
      expect(verdict.message).not.toMatch(/\{\w+\}/);
      expect(verdict.advice).not.toMatch(/\{\w+\}/);
      expect(verdict.message.length).toBeGreaterThan(10);
      expect(verdict.advice.length).toBeGreaterThan(10);
    }
  });

  it('says the right file in plain Swedish', () => {
    const verdict = judge('pckassaupp32.exe', ok(STRINGS.fiscal), fiscalFleet);
    expect(verdict).toMatchObject({
      kind: 'update',
      productName: 'PC-Kassa 38,5',
      fileVersion: '38.5.0.0',
      version: { raw: '38,5', major: 38, release: 5, edition: 'fiscal' },
      fleetEdition: 'fiscal',
      matches: true,
    });
    expect(verdict.message).toBe('Rätt fil: 38,5 (med kontrollbox).');
  });

  it('names both editions when the file is wrong', () => {
    const verdict = judge('pckassaupp32.exe', ok(STRINGS.nonfiscal), fiscalFleet);
    expect(verdict.message).toBe('Fel fil: detta är 38,05 (utan kontrollbox) men era säljande kassor kör 38,5 (med kontrollbox).');
    expect(verdict.advice).toContain('Ladda ner uppdateringsfilen för 38,5 (med kontrollbox)');
    expect(judge('f', ok(STRINGS.nonfiscal), fiscalFleet, 'nb').message).toBe(
      'Feil fil: dette er 38,05 (uten kontrollenhet), men salgskassene deres kjører 38,5 (med kontrollenhet).',
    );
    expect(judge('f', ok(STRINGS.norway), fiscalFleet, 'en').message).toBe(
      'Wrong file: this is 38,5 NORSK (Norwegian fiscal edition) but your selling tills run 38,5 (with control box).',
    );
  });

  it('still reports kind and version without a fleet', () => {
    const verdict = judge('pckassaupp32.exe', ok(STRINGS.norway), undefined);
    expect(verdict).toMatchObject({ kind: 'update', version: { edition: 'norway' }, fleetEdition: null, matches: null });
    expect(verdict.message).toBe('Uppdateringsfil för PC-Kassa 38,5 NORSK (norsk fiskal version).');
  });

  it('tells which update file must follow the installer', () => {
    const verdict = judge('pckassaclient_nocc.exe', ok(STRINGS.installer), nonfiscalFleet);
    expect(verdict.kind).toBe('installer');
    expect(verdict.advice).toContain('uppdateringsfilen för 38,05 (utan kontrollbox)');
  });

  it('explains why four numbers are not enough, and which file to get instead', () => {
    const strings = { ...STRINGS.fiscal, ProductName: 'PC-Kassa', FileDescription: 'Uppdatering', ProductVersion: '38.5.0.0' };
    const verdict = judge('pckassaupp32.exe', ok(strings), fiscalFleet);
    expect(verdict.message).toContain('38.5.0.0');
    expect(verdict.advice).toContain('38,5 (med kontrollbox)');
  });

  it('names the product of a file that is not PC-Kassa, and shows its file version', () => {
    const verdict = judge('setup.exe', { status: 'ok', strings: { ProductName: 'Notifu' }, fixedFileVersion: '1.7.0.0' });
    expect(verdict).toMatchObject({ kind: 'other', productName: 'Notifu', fileVersion: '1.7.0.0', version: null });
    expect(verdict.message).toBe('Det här är inte en fil från PC-Kassa (Notifu).');
  });

  it('gives a reading problem with no kind or version', () => {
    const verdict = judge('pckassaupp32.exe', { status: 'truncated' }, fiscalFleet);
    expect(verdict).toMatchObject({ kind: 'other', productName: null, version: null, fleetEdition: 'fiscal', matches: null });
    expect(verdict.message).toContain('inte komplett');
  });
});
