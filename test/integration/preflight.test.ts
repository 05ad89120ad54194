// `preflight` and `inspect-update` with a live fleet, against the simulated main till (its own
// process, since the CLI runs synchronously) on 127.0.171.1, and a stopped one on 127.0.172.1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { STRINGS, fixtureDir, writePe } from '../support/peFixtures.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';

const PASSWORD = 'hemligt-kassavakt';
const dir = mkdtempSync(join(tmpdir(), 'kassavakt-preflight-'));
const fleetFile = join(dir, 'mixed.json');
writeFileSync(
  fleetFile,
  JSON.stringify({
    tills: [
      { name: 'KASSA1', role: 'main', clientId: 1, version: '38,6' },
      { name: 'KASSA2', role: 'sales', clientId: 2, version: '38,5' },
      { name: 'BACKOFFICE', role: 'backoffice', clientId: 2, version: '38,05' },
    ],
  }),
);

let sim: SimProcess;
const connection = (s: Pick<SimProcess, 'host' | 'browserPort'>) => [
  '--server', `${s.host}\\PCKASSA`,
  '--browser-port', String(s.browserPort),
  '--user', 'kassavakt',
  '--password', PASSWORD,
  '--database', 'PCKassa',
  '--data', dir,
];

beforeAll(async () => {
  sim = await startSimProcess(['--host', '127.0.171.1', '--fleet', fleetFile, '--password', PASSWORD]);
});
afterAll(async () => {
  await sim?.stop();
});

interface Item {
  id: string;
  status: string;
  when: string;
  title: string;
  detail: string;
}

describe('preflight against the simulated main till', () => {
  it('names exactly what to do for a mixed fleet', () => {
    const run = runCli(['preflight', '--json', ...connection(sim)]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as {
      reached: boolean;
      items: Item[];
      serverString: string;
      serverStrings: unknown[];
      clientId: number;
      updateFile: unknown;
    };
    const item = (id: string) => out.items.find((i) => i.id === id)!;
    expect(out.items.map((i) => [i.id, i.status, i.when])).toEqual([
      ['serverString', 'ok', 'beforeInstall'],
      ['clientId', 'ok', 'beforeInstall'],
      ['updateFile', 'ok', 'beforeInstall'],
      ['sameVersion', 'todo', 'beforeInstall'],
      ['restart', expect.stringMatching(/^(ok|todo|unknown)$/), 'beforeInstall'],
      ['backofficeSetting', 'todo', 'afterInstall'],
      ['cashFloatSetting', 'todo', 'afterInstall'],
    ]);

    // The server string that works from here first; the computer name does not resolve here.
    expect(out.serverString).toBe('127.0.171.1\\PCKASSA');
    expect(out.serverStrings).toEqual([
      { server: '127.0.171.1\\PCKASSA', kind: 'address', works: true },
      { server: 'KASSA1\\PCKASSA', kind: 'computerName', works: false },
    ]);
    expect(item('serverString').detail).toContain('Skriv 127.0.171.1\\PCKASSA');

    // Which tills to update first, and how.
    const versions = item('sameVersion').detail;
    expect(versions).toContain('till 38,6 (med kontrollbox), som KASSA1 kör');
    expect(versions).toContain('Ligger efter: KASSA2 kör 38,5. Uppdatera KASSA2 med Hjälp – Versionshantering – Sök efter nyare version.');
    expect(versions).toContain('Fel utgåva: BACKOFFICE kör 38,05. Kör uppdateringsfilen (pckassaupp32.exe) för 38,6 (med kontrollbox) på BACKOFFICE.');
    expect(versions).toContain('utanför öppettid');

    // The update file of the selling tills' edition.
    expect(out.updateFile).toEqual({ status: 'known', version: '38,6', edition: 'fiscal', label: 'med kontrollbox', fileName: 'pckassaupp32.exe' });

    // A free ID past the duplicate (BACKOFFICE is told to take 3 by `check`).
    expect(out.clientId).toBe(4);
    expect(item('clientId').detail).toContain('Ange Klient ID 4');
    expect(item('clientId').detail).toContain('KASSA2 och BACKOFFICE har samma Klient ID (2).');
    expect(item('clientId').detail).toContain('Ändra aldrig Klient ID på en säljande kassa');

    expect(run.stdout).not.toContain(PASSWORD);
  });

  it('uses the server string the doctor finds when the configured one does not work', () => {
    const args = connection(sim);
    args[1] = `${sim.host}\\PCKASSA2`;
    const run = runCli(['preflight', '--json', ...args]);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { reached: boolean; serverString: string; serverStrings: unknown[] };
    expect(out.reached).toBe(true);
    expect(out.serverString).toBe('127.0.171.1\\PCKASSA');
    expect(out.serverStrings).toContainEqual({ server: '127.0.171.1\\PCKASSA2', kind: 'address', works: false });
  });

  it('prints the checklist as text in the chosen language', () => {
    const run = runCli(['preflight', '--lang', 'en', ...connection(sim)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Checklist before installing a backoffice');
    expect(run.stdout).toContain('[TO DO] Every till on the same version before the install');
    expect(run.stdout).toContain('[AFTER INSTALLING] After installing: tick "Använd datorn som backoffice"');
    expect(run.stdout).not.toContain(PASSWORD);
  });

  it('still lists this PC and the settings when the main till is stopped, and exits 3', async () => {
    const stopped = await startSimProcess(['--host', '127.0.172.1', '--fleet', fleetFile, '--password', PASSWORD]);
    const address = { host: stopped.host, browserPort: stopped.browserPort };
    await stopped.stop();
    const run = runCli(['preflight', '--json', ...connection(address)]);
    expect(run.code).toBe(3);
    const out = JSON.parse(run.stdout) as { reached: boolean; items: Item[]; serverString: null; clientId: null };
    expect(out).toMatchObject({ reached: false, serverString: null, clientId: null });
    expect(out.items.map((i) => [i.id, i.status])).toEqual([
      ['serverString', 'todo'],
      ['clientId', 'unknown'],
      ['updateFile', 'unknown'],
      ['sameVersion', 'unknown'],
      ['restart', expect.stringMatching(/^(ok|todo|unknown)$/)],
      ['backofficeSetting', 'todo'],
      ['cashFloatSetting', 'todo'],
    ]);
    expect(out.items[0]!.detail).toContain('127.0.172.1');
    expect(out.items[1]!.detail).toBe('Kräver anslutning till huvudkassan.');

    const text = runCli(['preflight', ...connection(address)]);
    expect(text.code).toBe(3);
    expect(text.stdout).toContain('Kassavakt når inte huvudkassan.');
    expect(text.stdout).toContain('"Använd inte växelkassa/betalterminal på denna dator"');
  });
});

describe('inspect-update with the live fleet', () => {
  const peDir = fixtureDir('kassavakt-preflight-pe-');
  const newest = writePe(peDir, 'pckassaupp32.exe', {
    strings: { ...STRINGS.fiscal, ProductName: 'PC-Kassa 38,6', FileDescription: 'Uppdatering PC-Kassa 38,6', ProductVersion: '38,6', FileVersion: '38.6.0.0' },
  });
  const withoutControlBox = writePe(peDir, 'pckassaupp32 (1).exe', { strings: STRINGS.nonfiscal });

  it('says the file of the selling tills’ edition and version is right', () => {
    const run = runCli(['inspect-update', newest, '--json', ...connection(sim)]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'update', fleetEdition: 'fiscal', matches: true, outcome: 'right' });
  });

  it('says a file without control box is wrong for these tills', () => {
    const run = runCli(['inspect-update', withoutControlBox, ...connection(sim)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Fel fil: detta är 38,05 (utan kontrollbox) men era säljande kassor kör 38,6 (med kontrollbox).');
  });

  it('judges the file without the fleet and exits 3 when the main till cannot be reached', () => {
    const run = runCli(['inspect-update', withoutControlBox, '--json', ...connection({ host: '127.0.172.1', browserPort: sim.browserPort })]);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'update', fleetEdition: null, matches: null });
    expect(run.stderr).toContain('127.0.172.1\\PCKASSA');
  });
});
