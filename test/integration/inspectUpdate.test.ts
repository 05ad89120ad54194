import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FleetSnapshot } from '../../src/core/fleet.js';
import * as ResEdit from 'resedit';
import { readVersionInfo } from '../../src/update/peVersionReader.js';
import { parseVersionResource } from '../../src/update/versionResource.js';
import { inspectUpdateFile } from '../../src/update/inspectUpdateFile.js';
import { runCli } from '../support/cli.js';
import { BUILT_INSPECTION_WORKER } from '../support/inspectionWorker.js';
import { REAL_EXECUTABLES, STRINGS, fixtureDir, makePe, withCertificatePastEnd, withZeroLengthString, writePe } from '../support/peFixtures.js';

const dir = fixtureDir();
const fleet = (version: string) => {
  const path = join(dir, `fleet-${version.replace(/\W/g, '_')}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      tills: [
        { name: 'KASSA1', role: 'main', clientId: 1, version },
        { name: 'KASSA2', role: 'sales', clientId: 2, version },
        { name: 'BACKOFFICE', role: 'backoffice', clientId: 3, version: '38,05' },
      ],
    }),
  );
  return path;
};

const fiscalFleet: FleetSnapshot = { tills: [{ name: 'KASSA1', role: 'main', version: '38,5' }] };
const files: Record<string, string> = {};
beforeAll(() => {
  for (const edition of ['fiscal', 'nonfiscal', 'norway'] as const) {
    files[edition] = writePe(fixtureDir(), 'pckassaupp32.exe', { strings: STRINGS[edition], payloadBytes: 64 * 1024 });
  }
  files.installer = writePe(dir, 'pckassaclient_nocc.exe', { strings: STRINGS.installer });
  files.notPcKassa = writePe(dir, 'photoviewer.exe', { strings: STRINGS.notPcKassa });
  files.noVersion = writePe(dir, 'pckassaupp32 (1).exe', { strings: null });
  const whole = makePe({ strings: STRINGS.fiscal, payloadBytes: 64 * 1024 });
  files.truncated = join(dir, 'pckassaupp32 (2).exe');
  writeFileSync(files.truncated, whole.subarray(0, whole.length / 2));
  files.headerOnly = join(dir, 'pckassaupp32 (3).exe');
  writeFileSync(files.headerOnly, whole.subarray(0, 100));
  files.signatureCut = join(dir, 'pckassaupp32 (4).exe');
  writeFileSync(files.signatureCut, withCertificatePastEnd(whole));
  files.notPe = join(dir, 'pckassaupp32 (5).exe');
  writeFileSync(files.notPe, '<html><body>404 Not Found</body></html>');
  files.dosStub = join(dir, 'pckassaupp32 (6).exe');
  writeFileSync(files.dosStub, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]));
  files.empty = join(dir, 'pckassaupp32 (7).exe');
  writeFileSync(files.empty, '');
});

function inspect(file: string, ...args: string[]) {
  const run = runCli(['inspect-update', file, '--json', ...args]);
  expect(run.stderr).toBe('');
  return { code: run.code, json: JSON.parse(run.stdout) };
}

describe('inspect-update on generated update files', () => {
  it('accepts the update file of the fleet’s edition', () => {
    const { code, json } = inspect(files.fiscal!, '--fleet', fleet('38,5'));
    expect(code).toBe(0);
    expect(json).toEqual({
      file: files.fiscal,
      kind: 'update',
      productName: 'PC-Kassa 38,5',
      fileVersion: '38.5.0.0',
      version: { raw: '38,5', major: 38, release: 5, edition: 'fiscal' },
      fleetEdition: 'fiscal',
      matches: true,
      outcome: 'right',
      message: 'Rätt fil: 38,5 (med kontrollbox).',
      advice: 'Samma utgåva och version som era säljande kassor. Kör den utanför öppettid.',
    });
  });

  it.each([
    ['nonfiscal', '38,05', 'nonfiscal'],
    ['norway', '38,5 NORSK', 'norway'],
  ] as const)('accepts the %s file for a %s fleet', (file, fleetVersion, edition) => {
    const { code, json } = inspect(files[file]!, '--fleet', fleet(fleetVersion));
    expect(code).toBe(0);
    expect(json).toMatchObject({ kind: 'update', version: { edition }, fleetEdition: edition, matches: true });
  });

  it('rejects the wrong edition: same four numbers, different file', () => {
    const { code, json } = inspect(files.nonfiscal!, '--fleet', fleet('38,5'));
    expect(code).toBe(1);
    expect(json).toMatchObject({ fileVersion: '38.5.0.0', version: { raw: '38,05', edition: 'nonfiscal' }, matches: false });
    expect(json.message).toBe('Fel fil: detta är 38,05 (utan kontrollbox) men era säljande kassor kör 38,5 (med kontrollbox).');
    const norsk = inspect(files.norway!, '--fleet', fleet('38,05'));
    expect(norsk.code).toBe(1);
    expect(norsk.json.matches).toBe(false);
  });

  it('reports kind and version without a fleet, and cannot tell', () => {
    const { code, json } = inspect(files.norway!);
    expect(code).toBe(2);
    expect(json).toMatchObject({ kind: 'update', version: { raw: '38,5 NORSK', edition: 'norway' }, fleetEdition: null, matches: null });
  });

  it('recognises the installer and names the update file to run after it', () => {
    const { code, json } = inspect(files.installer!, '--fleet', fleet('38,05'), '--lang', 'en');
    expect(code).toBe(0);
    expect(json).toMatchObject({ kind: 'installer', productName: 'Nutid - PC Kassa', fleetEdition: 'nonfiscal', matches: true });
    expect(json.advice).toContain('the update file for 38,05 (without control box)');
  });

  it.each([
    ['notPcKassa', 'notPcKassa', 'Contoso Photo Viewer'],
    ['noVersion', 'noVersionResource', null],
    ['truncated', 'truncated', null],
    ['headerOnly', 'truncated', null],
    ['signatureCut', 'truncated', null],
    ['notPe', 'notPe', null],
    ['dosStub', 'notPe', null],
    ['empty', 'empty', null],
  ])('gives a clear answer for %s', async (name, outcome, productName) => {
    const verdict = await inspectUpdateFile(files[name]!, { fleet: fiscalFleet, lang: 'sv', worker: BUILT_INSPECTION_WORKER });
    expect(verdict).toMatchObject({ kind: 'other', outcome, productName, version: null, fleetEdition: 'fiscal', matches: null });
    expect(verdict.message).not.toBe('');
  });

  it('exits 2 for a broken file', () => {
    const { code, json } = inspect(files.truncated!, '--fleet', fleet('38,5'));
    expect(code).toBe(2);
    expect(json).toMatchObject({ outcome: 'truncated', matches: null, message: 'Filen är inte komplett: nedladdningen blev troligen avbruten.' });
  });

  it('prints a short text verdict by default, in the chosen language', () => {
    const run = runCli(['inspect-update', files.nonfiscal!, '--fleet', fleet('38,5'), '--lang', 'nb']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Feil fil: dette er 38,05 (uten kontrollenhet)');
    expect(run.stdout).toContain('oppdateringsfil · produkt: PC-Kassa 38,05 · filversjon: 38.5.0.0');
  });

  it('turns a missing file or a bad snapshot into one line and exit 2', () => {
    const missing = runCli(['inspect-update', join(dir, 'nope.exe')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr.trim()).toBe(`${join(dir, 'nope.exe')}: Filen finns inte.`);
    const badFleet = join(dir, 'bad.json');
    writeFileSync(badFleet, '{"tills": 3}');
    const bad = runCli(['inspect-update', files.fiscal!, '--fleet', badFleet]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(`${badFleet}: tills: ska vara en lista`);
  });
});

describe('inspect-update on real executables from npm packages', () => {
  it.each(REAL_EXECUTABLES)('%s is "other"', async (path) => {
    const verdict = await inspectUpdateFile(path, { fleet: fiscalFleet, worker: BUILT_INSPECTION_WORKER });
    expect(verdict).toMatchObject({ kind: 'other', version: null, matches: null });
    expect(['notPcKassa', 'noVersionResource']).toContain(verdict.outcome);
  });

  it('reads notifu’s real version strings', () => {
    const { json } = inspect('node_modules/node-notifier/vendor/notifu/notifu.exe');
    expect(json).toMatchObject({ outcome: 'notPcKassa', productName: 'Notifu', fileVersion: '1.7' });
  });
});

describe('the bounded version-resource parser', () => {
  it('reads the same strings and file version as resedit from valid files', () => {
    const samples = [
      ...REAL_EXECUTABLES.map((path) => ({ name: path, bytes: readFileSync(path) })),
      ...Object.entries(STRINGS).map(([name, strings]) => ({ name, bytes: makePe({ strings, lang: 1044, codepage: 1252 }) })),
    ];
    let compared = 0;
    for (const { name, bytes } of samples) {
      const exe = ResEdit.NtExecutable.from(bytes, { ignoreCert: true });
      for (const entry of ResEdit.NtExecutableResource.from(exe).entries.filter((e) => e.type === 16)) {
        const [info] = ResEdit.Resource.VersionInfo.fromEntries([entry]);
        const ours = parseVersionResource(entry.bin);
        const theirs = info!.getAllLanguagesForStringValues().map((language) => ({
          lang: language.lang,
          codepage: language.codepage,
          strings: Object.fromEntries(Object.entries(info!.getStringValues(language)).map(([k, v]) => [k, v.replace(/\0+$/, '')])),
        }));
        expect(ours.tables.map((t) => ({ ...t, strings: Object.fromEntries(t.strings) })), name).toEqual(theirs);
        const fixed = info!.fixedInfo;
        const numbers = [fixed.fileVersionMS >>> 16, fixed.fileVersionMS & 0xffff, fixed.fileVersionLS >>> 16, fixed.fileVersionLS & 0xffff];
        expect(ours.fileVersion, name).toEqual(numbers);
        compared++;
      }
    }
    // notifu.exe and notifu64.exe carry one each, and so does every fixture.
    expect(compared).toBe(2 + Object.keys(STRINGS).length);
  });

  it('calls none of the programs Wine ships damaged (real files from another resource compiler)', async () => {
    // CI installs wine (.ci/packages.txt); resedit refuses most of these files, so there is no oracle.
    const folder = '/usr/lib/x86_64-linux-gnu/wine/x86_64-windows';
    const statuses = new Map<string, string[]>();
    for (const name of readdirSync(folder)) {
      const { reading } = await readVersionInfo(join(folder, name));
      statuses.set(reading.status, [...(statuses.get(reading.status) ?? []), name]);
      if (reading.status === 'ok') expect(reading.strings.FileVersion, name).toMatch(/\d/);
    }
    expect([...statuses.keys()].sort()).toEqual(['noVersionResource', 'ok']);
    expect(statuses.get('ok')!.length).toBeGreaterThan(100);
  });
});

describe('reading only what is needed', () => {
  it('reads a few KB of a large installer and refuses a huge file unread', async () => {
    const large = writePe(dir, 'pckassaclient_nocc (1).exe', { strings: STRINGS.installer });
    truncateSync(large, 300 * 1024 * 1024); // sparse overlay, like an installer's packed payload
    const read = await readVersionInfo(large);
    expect(read.reading.status).toBe('ok');
    expect(read.bytesRead).toBeLessThan(16 * 1024);

    const huge = writePe(dir, 'pckassaupp32 (8).exe', { strings: STRINGS.fiscal });
    truncateSync(huge, 600 * 1024 * 1024);
    expect(await readVersionInfo(huge)).toEqual({
      reading: { status: 'tooLarge', size: 600 * 1024 * 1024, limit: 512 * 1024 * 1024 },
      size: 600 * 1024 * 1024,
      bytesRead: 0,
    });
    const verdict = await inspectUpdateFile(huge, { lang: 'sv', worker: BUILT_INSPECTION_WORKER });
    expect(verdict.message).toBe('Filen är för stor (600 MB, gränsen är 512 MB) för att vara en uppdateringsfil för PC-Kassa.');
  });

  it('answers for a folder instead of a file', async () => {
    expect((await readVersionInfo(dir)).reading).toEqual({ status: 'notAFile' });
  });
});

describe('inspect-update on crafted and odd input (issue 13)', () => {
  it('answers "damaged" for a String entry of length 0, which made resedit loop forever', () => {
    const crafted = join(fixtureDir(), 'pckassaupp32.exe');
    writeFileSync(crafted, withZeroLengthString(makePe({ strings: STRINGS.fiscal })));
    // Before the bounded reader, this run never ended (spawnSync's timeout stops it: code null).
    const { code, json } = inspect(crafted, '--fleet', fleet('38,5'));
    expect(code).toBe(2);
    expect(json).toMatchObject({ outcome: 'damaged', matches: null, message: 'Filen är skadad: versionsuppgifterna går inte att läsa.' });
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(fixtureDir(), 'pckassaupp32.exe');
    execFileSync('mkfifo', [fifo]);
    // The reader too, for a path that became a FIFO after it was looked at: its open does not wait.
    expect((await readVersionInfo(fifo)).reading).toEqual({ status: 'notAFile' });
    const text = runCli(['inspect-update', fifo, '--fleet', fleet('38,5'), '--lang', 'en']);
    expect(text).toMatchObject({ code: 2, stdout: '' });
    expect(text.stderr.trim()).toBe(`${fifo}: This is not a regular file (but, for example, a folder or a pipe), so it is not an update file.`);
    const { code, json } = inspect(fifo, '--fleet', fleet('38,5'));
    expect(code).toBe(2);
    expect(json).toMatchObject({ file: fifo, outcome: 'notAFile', matches: null });
  });

  it('answers JSON with --json for a missing file and for a bad snapshot', () => {
    const missing = join(dir, 'nope.exe');
    const { code, json } = inspect(missing, '--lang', 'en', '--fleet', fleet('38,5'));
    expect(code).toBe(2);
    expect(json).toEqual({
      file: missing,
      kind: 'other',
      productName: null,
      fileVersion: null,
      version: null,
      fleetEdition: null,
      matches: null,
      outcome: 'missing',
      message: 'The file does not exist.',
      advice: 'Check the file’s name and folder. The update file is called pckassaupp32.exe.',
    });
    const badFleet = join(dir, 'bad-fleet.json');
    writeFileSync(badFleet, '{"tills": 3}');
    const bad = inspect(files.fiscal!, '--fleet', badFleet);
    expect(bad.code).toBe(2);
    expect(bad.json).toEqual({ file: files.fiscal, error: `${badFleet}: tills: ska vara en lista` });
  });
});
