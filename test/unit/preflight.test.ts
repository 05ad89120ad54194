import { describe, expect, it } from 'vitest';
import type { Till } from '../../src/core/fleet.js';
import { LANGS } from '../../src/core/i18n.js';
import {
  buildPreflight,
  preflightExitCode,
  renderPreflight,
  type Preflight,
  type PreflightInput,
  type PreflightItemId,
  type RestartState,
  type ServerStringOption,
} from '../../src/core/preflight.js';

const BY_ADDRESS: ServerStringOption = { server: '192.168.99.60\\PCKASSA', kind: 'address', works: true };
const BY_NAME: ServerStringOption = { server: 'KASSA1\\PCKASSA', kind: 'computerName', works: false };
const NO_RESTART: RestartState = { status: 'notPending' };

function till(name: string, clientId: number | string | undefined, version: string | undefined, role: Till['role'] = 'sales'): Till {
  return { name, role, ...(clientId !== undefined ? { clientId } : {}), ...(version !== undefined ? { version } : {}) };
}

function reached(tills: Till[], extra: Partial<Extract<PreflightInput['connection'], { reached: true }>> = {}, restart = NO_RESTART): PreflightInput {
  return { connection: { reached: true, tills, serverStrings: [BY_NAME, BY_ADDRESS], tillsReadable: true, ...extra }, restart };
}

const byId = (p: Preflight, id: PreflightItemId) => p.items.find((i) => i.id === id)!;

const SAME = [till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38,5'), till('BACKOFFICE', 3, '38,5', 'backoffice')];
const MIXED = [
  till('KASSA1', 1, '38,6', 'main'),
  till('KASSA2', 2, '38,5'),
  till('BACKOFFICE', 2, '38,05', 'backoffice'),
];

describe('preflight checklist', () => {
  it('is all done when every till runs the same version, the ID is free and no restart waits', () => {
    const p = buildPreflight(reached(SAME), 'sv');
    expect(p.items.map((i) => [i.id, i.status, i.when])).toEqual([
      ['serverString', 'ok', 'beforeInstall'],
      ['clientId', 'ok', 'beforeInstall'],
      ['updateFile', 'ok', 'beforeInstall'],
      ['sameVersion', 'ok', 'beforeInstall'],
      ['restart', 'ok', 'beforeInstall'],
      ['backofficeSetting', 'todo', 'afterInstall'],
      ['cashFloatSetting', 'todo', 'afterInstall'],
    ]);
    expect(preflightExitCode(p)).toBe(0);
    expect(p.clientId).toBe(4);
    expect(p.serverString).toBe('192.168.99.60\\PCKASSA');
    expect(p.updateFile).toEqual({ status: 'known', version: '38,5', edition: 'fiscal', label: 'med kontrollbox', fileName: 'pckassaupp32.exe' });
    expect(byId(p, 'sameVersion').detail).toBe('Alla 3 kassor kör 38,5 (med kontrollbox).');
    expect(byId(p, 'updateFile').detail).toContain('(pckassaupp32.exe) för version 38,5 (med kontrollbox)');
    expect(byId(p, 'clientId').detail).toContain('Ändra aldrig Klient ID på en säljande kassa');
  });

  it('puts the server string that works from here first and names the others', () => {
    const p = buildPreflight(reached(SAME), 'sv');
    expect(p.serverStrings.map((s) => s.server)).toEqual(['192.168.99.60\\PCKASSA', 'KASSA1\\PCKASSA']);
    expect(byId(p, 'serverString').detail).toBe(
      'Skriv 192.168.99.60\\PCKASSA när installationsprogrammet frågar efter SQL Server. Den fungerar från den här datorn. ' +
        'Andra sätt att skriva samma huvudkassa: KASSA1\\PCKASSA (fungerar inte härifrån).',
    );
    const nameWorks = buildPreflight(
      reached(SAME, { serverStrings: [{ ...BY_ADDRESS, works: false }, { ...BY_NAME, works: true }] }),
      'sv',
    );
    expect(nameWorks.serverString).toBe('KASSA1\\PCKASSA');
    expect(byId(nameWorks, 'serverString').status).toBe('ok');
  });

  it('says which tills to update first, and how, when one is behind', () => {
    const tills = [till('KASSA1', 1, '38,6', 'main'), till('KASSA2', 2, '38,5'), till('KASSA3', 3, '38,6')];
    const p = buildPreflight(reached(tills), 'sv');
    const item = byId(p, 'sameVersion');
    expect(item.status).toBe('todo');
    expect(item.detail).toContain('Uppdatera först de befintliga kassorna till 38,6 (med kontrollbox), som KASSA1 kör.');
    expect(item.detail).toContain('Ligger efter: KASSA2 kör 38,5. Uppdatera KASSA2 med Hjälp – Versionshantering – Sök efter nyare version.');
    expect(item.detail).toContain('utanför öppettid');
    expect(item.detail).not.toContain('KASSA3');
    expect(p.updateFile).toMatchObject({ status: 'known', version: '38,6' });
    expect(preflightExitCode(p)).toBe(1);
  });

  it('tells a till of the wrong edition to run the update file, and a duplicate ID does not block', () => {
    const p = buildPreflight(reached(MIXED), 'sv');
    const versions = byId(p, 'sameVersion');
    expect(versions.detail).toContain('Ligger efter: KASSA2 kör 38,5.');
    expect(versions.detail).toContain('Fel utgåva: BACKOFFICE kör 38,05. Kör uppdateringsfilen (pckassaupp32.exe) för 38,6 (med kontrollbox) på BACKOFFICE.');
    const id = byId(p, 'clientId');
    expect(id.status).toBe('ok');
    expect(id.detail).toContain('KASSA2 och BACKOFFICE har samma Klient ID (2).');
    // `check` tells BACKOFFICE to take 3; the new backoffice gets the next one.
    expect(id.detail).toContain('Byt Klient ID på BACKOFFICE till 3');
    expect(p.clientId).toBe(4);
    expect(id.detail).toContain('Ange Klient ID 4');
    expect(id.detail).toContain('Upptagna ID: 1 och 2.');
  });

  it('never suggests an ID the duplicate advice gives another till, with two duplicate groups', () => {
    const tills = [till('A', 1, '38,5', 'main'), till('B', 1, '38,5', 'backoffice'), till('C', 2, '38,5'), till('D', 2, '38,5', 'backoffice')];
    const p = buildPreflight(reached(tills), 'sv');
    const detail = byId(p, 'clientId').detail;
    expect(detail).toContain('Byt Klient ID på B till 3');
    expect(detail).toContain('Byt Klient ID på D till 4');
    expect(p.clientId).toBe(5);
  });

  it('targets a backoffice already on a newer release of the selling tills’ edition', () => {
    const tills = [till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38,5'), till('BO', 3, '38,6', 'backoffice')];
    const p = buildPreflight(reached(tills), 'sv');
    expect(p.updateFile).toMatchObject({ status: 'known', version: '38,6', edition: 'fiscal' });
    expect(byId(p, 'sameVersion').detail).toContain('som BO kör');
  });

  it('never suggests an ID in use, whatever the order or form of the IDs', () => {
    const tills = [till('A', '07', '38,5', 'main'), till('B', 3, '38,5'), till('C', 'kassa-x', '38,5'), till('D', undefined, '38,5')];
    const p = buildPreflight(reached(tills), 'en');
    expect(p.clientId).toBe(8);
  });

  it('asks the person responsible when the selling tills disagree on the edition', () => {
    const tills = [till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38,05'), till('BO', 3, '38,5', 'backoffice')];
    const p = buildPreflight(reached(tills), 'sv');
    expect(p.updateFile).toEqual({ status: 'disagree' });
    for (const id of ['updateFile', 'sameVersion'] as const) {
      expect(byId(p, id).status).toBe('todo');
      expect(byId(p, id).detail).toContain('KASSA1 kör 38,5 och KASSA2 kör 38,05');
      expect(byId(p, id).detail).toContain('Fråga den som ansvarar för kassorna');
    }
    expect(preflightExitCode(p)).toBe(1);
  });

  it('is unknown, not fine, when no selling till has a readable version', () => {
    const p = buildPreflight(reached([till('KASSA1', 1, 'okänd', 'main'), till('BO', 2, '38,5', 'backoffice')]), 'sv');
    expect(p.updateFile).toEqual({ status: 'unknown' });
    expect(byId(p, 'updateFile').status).toBe('unknown');
    expect(byId(p, 'sameVersion').status).toBe('unknown');
  });

  it('marks a till with an unreadable version unclear when the others agree', () => {
    const p = buildPreflight(reached([...SAME, till('KASSA9', 9, 'x')]), 'sv');
    expect(byId(p, 'sameVersion').status).toBe('unknown');
    expect(byId(p, 'sameVersion').detail).toContain('Versionen på KASSA9 går inte att läsa');
  });

  it('cannot name ID, file or versions when the tills query failed, but still the server string', () => {
    const p = buildPreflight(reached(SAME, { tillsReadable: false }), 'sv');
    expect(['clientId', 'updateFile', 'sameVersion'].map((id) => byId(p, id as PreflightItemId).status)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(byId(p, 'serverString').status).toBe('ok');
    expect(p.clientId).toBeNull();
  });

  it('says a Windows restart is waiting, and why', () => {
    const p = buildPreflight(reached(SAME, {}, { status: 'pending', reasons: ['windowsUpdate', 'fileRename'] }), 'sv');
    expect(byId(p, 'restart')).toMatchObject({ status: 'todo' });
    expect(byId(p, 'restart').detail).toContain('Windows Update kräver omstart och filer ska bytas ut vid omstart');
    expect(preflightExitCode(p)).toBe(1);
    const unknown = buildPreflight(reached(SAME, {}, { status: 'unknown', detail: 'reg.exe: åtkomst nekad' }), 'sv');
    expect(byId(unknown, 'restart')).toMatchObject({ status: 'unknown' });
    expect(preflightExitCode(unknown)).toBe(0);
    expect(byId(buildPreflight(reached(SAME, {}, { status: 'notApplicable' }), 'sv'), 'restart').status).toBe('unknown');
  });

  it('still lists this PC and the settings when the main till cannot be reached, and exits 3', () => {
    const p = buildPreflight(
      {
        connection: { reached: false, server: '192.168.99.60\\PCKASSA', reason: 'TIMEOUT', detail: 'timeout' },
        restart: { status: 'pending', reasons: ['componentServicing'] },
      },
      'sv',
    );
    expect(p.items.map((i) => [i.id, i.status])).toEqual([
      ['serverString', 'todo'],
      ['clientId', 'unknown'],
      ['updateFile', 'unknown'],
      ['sameVersion', 'unknown'],
      ['restart', 'todo'],
      ['backofficeSetting', 'todo'],
      ['cashFloatSetting', 'todo'],
    ]);
    expect(byId(p, 'serverString').detail).toContain('Huvudkassan 192.168.99.60\\PCKASSA svarar inte i tid');
    expect(byId(p, 'clientId').detail).toBe('Kräver anslutning till huvudkassan.');
    expect(preflightExitCode(p)).toBe(3);
    expect(renderPreflight(p, 'sv')).toContain('Kassavakt når inte huvudkassan.');
    expect(p).toMatchObject({ serverString: null, clientId: null, updateFile: null });
  });

  it('explains the doctor verdict instead of the poll error when the doctor ran', () => {
    const p = buildPreflight(
      {
        connection: {
          reached: false,
          server: '192.168.99.60\\PCKASSA',
          reason: 'INSTANCE_NOT_FOUND',
          detail: 'x',
          verdict: { code: 'PORT_FILTERED', host: '192.168.99.60', instance: 'PCKASSA', port: 1433 },
        },
        restart: NO_RESTART,
      },
      'sv',
    );
    const detail = byId(p, 'serverString').detail;
    expect(detail).toContain('1433');
    expect(detail).not.toContain('hittas inte');
    expect(detail).toContain('IP-adress\\PCKASSA eller datornamn\\PCKASSA');
  });

  it('lists the two backoffice settings after the install, with where to find them', () => {
    const p = buildPreflight(reached(SAME), 'sv');
    expect(byId(p, 'backofficeSetting').title).toContain('"Använd datorn som backoffice"');
    expect(byId(p, 'cashFloatSetting').title).toContain('"Använd inte växelkassa/betalterminal på denna dator"');
    expect(byId(p, 'cashFloatSetting').detail).toContain('Arkiv – Inställningar – Företagsuppgifter');
    const text = renderPreflight(p, 'sv');
    expect(text).toContain('[EFTER INSTALLATIONEN] Efter installationen: kryssa i "Använd datorn som backoffice"');
    expect(text).toContain('[KLART] Serveradress');
  });

  const CASES: [string, PreflightInput][] = [
    ['all same', reached(SAME)],
    ['mixed', reached(MIXED, {}, { status: 'pending', reasons: ['componentServicing', 'windowsUpdate', 'fileRename', 'rebootRequiredFile'] })],
    ['disagree', reached([till('K1', 1, '38,5', 'main'), till('K2', 2, '38,5 NORSK')], { serverStrings: [{ ...BY_NAME, works: null }] })],
    ['unknown', reached([till('K1', 1, 'x', 'main'), till('K2', 2, 'y')], { serverStrings: [] }, { status: 'unknown', detail: 'x' })],
    ['unreadable', reached(SAME, { tillsReadable: false }, { status: 'notApplicable' })],
    ['unreachable', { connection: { reached: false, server: 'KASSA1\\PCKASSA', reason: 'OTHER', detail: 'boom' }, restart: NO_RESTART }],
  ];

  it.each(LANGS.flatMap((lang) => CASES.map(([name, input]) => [lang, name, input] as const)))(
    '%s, %s: every text is filled in',
    (lang, _name, input) => {
      const p = buildPreflight(input, lang);
      const text = renderPreflight(p, lang);
      expect(text).not.toMatch(/\{\w+\}/);
      for (const entry of p.items) {
        expect(entry.title.trim()).not.toBe('');
        expect(entry.detail.trim()).not.toBe('');
      }
    },
  );

  it('speaks Norwegian and English too', () => {
    expect(byId(buildPreflight(reached(MIXED), 'nb'), 'sameVersion').detail).toContain('Hjelp – Versjonshåndtering – Søk etter nyere versjon');
    expect(byId(buildPreflight(reached(MIXED), 'en'), 'updateFile').detail).toContain('for version 38,6 (with control box)');
  });
});
