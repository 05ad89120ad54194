import { mkdirSync, writeFileSync } from 'node:fs';
import { appendFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FleetSnapshot } from '../../src/core/fleet.js';
import { watchDownloads, type DownloadVerdict, type DownloadWatcher } from '../../src/update/downloadWatcher.js';
import { defaultDownloadFolder } from '../../src/update/downloadsFolder.js';
import { BUILT_INSPECTION_WORKER } from '../support/inspectionWorker.js';
import { STRINGS, fixtureDir, makePe, withZeroLengthString } from '../support/peFixtures.js';
import { waitUntil } from '../support/wait.js';

const fleet: FleetSnapshot = {
  tills: [
    { name: 'KASSA1', role: 'main', version: '38,5' },
    { name: 'BACKOFFICE', role: 'backoffice', version: '38,5' },
  ],
};
const fiscal = makePe({ strings: STRINGS.fiscal, payloadBytes: 256 * 1024 });
const nonfiscal = makePe({ strings: STRINGS.nonfiscal, payloadBytes: 256 * 1024 });
const installer = makePe({ strings: STRINGS.installer, payloadBytes: 256 * 1024 });
const chunks = (data: Buffer, n: number) => Array.from({ length: n }, (_, i) => data.subarray((i * data.length) / n, ((i + 1) * data.length) / n));

let watcher: DownloadWatcher | undefined;
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
});

async function start(options: { giveUpMs?: number } = {}) {
  const folder = fixtureDir('kassavakt-dl-');
  const verdicts: DownloadVerdict[] = [];
  watcher = watchDownloads({ inspectionWorker: BUILT_INSPECTION_WORKER, folders: [folder], settleMs: 150, fleet: () => fleet, lang: 'sv', onVerdict: (v) => verdicts.push(v), ...options });
  return { folder, verdicts, names: () => verdicts.map((v) => v.path.slice(folder.length + 1)) };
}

/** A complete file whose verdict proves the watcher has looked at everything written before it. */
async function sentinel(folder: string, verdicts: DownloadVerdict[], name: string) {
  await writeFile(join(folder, name), installer);
  await waitUntil(() => verdicts.some((v) => v.path.endsWith(name)), 10_000, name, 20);
}

describe('watchDownloads', () => {
  it('ignores files that were there before it started', async () => {
    const folder = fixtureDir('kassavakt-dl-');
    writeFileSync(join(folder, 'pckassaupp32.exe'), nonfiscal);
    const verdicts: DownloadVerdict[] = [];
    watcher = watchDownloads({ inspectionWorker: BUILT_INSPECTION_WORKER, folders: [folder], settleMs: 150, fleet: () => fleet, onVerdict: (v) => verdicts.push(v) });
    await watcher.ready;
    await sentinel(folder, verdicts, 'pckassaclient_nocc.exe');
    expect(verdicts.map((v) => v.verdict.outcome)).toEqual(['rightInstaller']);
  });

  it('judges a Chrome-style download once, after the rename, never the .crdownload', async () => {
    const { folder, verdicts, names } = await start();
    await watcher!.ready;
    const partial = join(folder, 'pckassaupp32.exe.crdownload');
    for (const chunk of chunks(nonfiscal, 4)) await appendFile(partial, chunk);
    await sentinel(folder, verdicts, 'pckassa-sentinel-1.exe');
    expect(names()).toEqual(['pckassa-sentinel-1.exe']);

    await rename(partial, join(folder, 'pckassaupp32.exe'));
    await waitUntil(() => names().includes('pckassaupp32.exe'), 10_000, 'the renamed download', 20);
    await sentinel(folder, verdicts, 'pckassa-sentinel-2.exe');
    expect(names()).toEqual(['pckassa-sentinel-1.exe', 'pckassaupp32.exe', 'pckassa-sentinel-2.exe']);
    const [, download] = verdicts;
    expect(download!.size).toBe(nonfiscal.length);
    expect(download!.verdict).toMatchObject({ kind: 'update', outcome: 'wrongEdition', matches: false });
    expect(download!.verdict.message).toContain('Fel fil: detta är 38,05 (utan kontrollbox) men era säljande kassor kör 38,5');
  });

  it('waits while Firefox keeps an empty placeholder beside the .part file', async () => {
    const { folder, verdicts, names } = await start();
    await watcher!.ready;
    const target = join(folder, 'PCKassaUpp32(1).EXE');
    await writeFile(target, '');
    for (const chunk of chunks(fiscal, 3)) await appendFile(`${target}.part`, chunk);
    await sentinel(folder, verdicts, 'pckassa-sentinel-1.exe');
    expect(names()).toEqual(['pckassa-sentinel-1.exe']);

    await rename(`${target}.part`, target);
    await waitUntil(() => names().includes('PCKassaUpp32(1).EXE'), 10_000, 'the finished download', 20);
    await sentinel(folder, verdicts, 'pckassa-sentinel-2.exe');
    expect(names()).toEqual(['pckassa-sentinel-1.exe', 'PCKassaUpp32(1).EXE', 'pckassa-sentinel-2.exe']);
    expect(verdicts[1]!.verdict).toMatchObject({ outcome: 'right', matches: true, message: 'Rätt fil: 38,5 (med kontrollbox).' });
  });

  it('waits through a slow direct write until the file is a whole PE', async () => {
    const { folder, verdicts, names } = await start();
    await watcher!.ready;
    const target = join(folder, 'pckassaupp32.exe');
    const [first, second, third] = chunks(fiscal, 3);
    await writeFile(target, first!);
    await sentinel(folder, verdicts, 'pckassa-sentinel-1.exe');
    await appendFile(target, second!);
    await sentinel(folder, verdicts, 'pckassa-sentinel-2.exe');
    expect(names()).toEqual(['pckassa-sentinel-1.exe', 'pckassa-sentinel-2.exe']);

    await appendFile(target, third!);
    await waitUntil(() => names().includes('pckassaupp32.exe'), 10_000, 'the completed file', 20);
    await sentinel(folder, verdicts, 'pckassa-sentinel-3.exe');
    expect(names()).toEqual(['pckassa-sentinel-1.exe', 'pckassa-sentinel-2.exe', 'pckassaupp32.exe', 'pckassa-sentinel-3.exe']);
    expect(verdicts[2]).toMatchObject({ size: fiscal.length, verdict: { outcome: 'right', matches: true } });
  });

  it('reports a file that stays cut, once, and a new download of the same name again', async () => {
    const { folder, verdicts, names } = await start({ giveUpMs: 300 });
    await watcher!.ready;
    const target = join(folder, 'pckassaupp32.exe');
    await writeFile(target, fiscal.subarray(0, 5000));
    await waitUntil(() => names().includes('pckassaupp32.exe'), 10_000, 'the cut file', 20);
    expect(verdicts[0]!.verdict).toMatchObject({ outcome: 'truncated', matches: null });

    await writeFile(`${target}.crdownload`, fiscal);
    await rename(`${target}.crdownload`, target);
    await waitUntil(() => verdicts.length === 2, 10_000, 'the new download', 20);
    await sentinel(folder, verdicts, 'pckassa-sentinel.exe');
    expect(verdicts.map((v) => v.verdict.outcome)).toEqual(['truncated', 'right', 'rightInstaller']);
  });

  it('judges a crafted download that once hung the tray, and goes on watching (issue 13)', async () => {
    const { folder, verdicts, names } = await start();
    await watcher!.ready;
    await writeFile(join(folder, 'pckassaupp32.exe'), withZeroLengthString(fiscal));
    await waitUntil(() => names().includes('pckassaupp32.exe'), 10_000, 'the crafted download', 20);
    expect(verdicts[0]!.verdict).toMatchObject({ outcome: 'damaged', matches: null });
    await sentinel(folder, verdicts, 'pckassa-sentinel.exe');
    expect(names()).toEqual(['pckassaupp32.exe', 'pckassa-sentinel.exe']);
  });

  it('leaves other files alone and copes with a folder that does not exist yet', async () => {
    const base = fixtureDir('kassavakt-dl-');
    const later = join(base, 'later');
    const verdicts: DownloadVerdict[] = [];
    watcher = watchDownloads({ inspectionWorker: BUILT_INSPECTION_WORKER, folders: [later, base], settleMs: 150, onVerdict: (v) => verdicts.push(v) });
    await watcher.ready;
    writeFileSync(join(base, 'setup.exe'), fiscal);
    writeFileSync(join(base, 'pckassaupp32.exe.txt'), fiscal);
    mkdirSync(later);
    writeFileSync(join(later, 'pckassaupp32.exe'), fiscal);
    await sentinel(base, verdicts, 'pckassa-sentinel.exe');
    await waitUntil(() => verdicts.length === 2, 10_000, 'the file in the new folder', 20);
    expect(verdicts.map((v) => v.path).sort()).toEqual([join(base, 'pckassa-sentinel.exe'), join(later, 'pckassaupp32.exe')].sort());
    // Without a fleet it cannot tell, but still says what the file is.
    expect(verdicts.find((v) => v.path.startsWith(later))!.verdict).toMatchObject({ outcome: 'noFleet', version: { edition: 'fiscal' } });
  });
});

describe('watchDownloads without folder events', () => {
  it('still finds a file in a folder created later, by looking now and then', async () => {
    const base = fixtureDir('kassavakt-dl-');
    const later = join(base, 'later');
    const verdicts: DownloadVerdict[] = [];
    // Only the missing folder is watched: no folder watcher can tell about it, only the slow look.
    watcher = watchDownloads({ inspectionWorker: BUILT_INSPECTION_WORKER, folders: [later], settleMs: 100, idlePollMs: 150, fleet: () => fleet, onVerdict: (v) => verdicts.push(v) });
    await watcher.ready;
    mkdirSync(later);
    writeFileSync(join(later, 'pckassaupp32.exe'), fiscal);
    await waitUntil(() => verdicts.length === 1, 10_000, 'the file in the new folder', 20);
    expect(verdicts[0]!.verdict).toMatchObject({ outcome: 'right', matches: true });
  });
});

describe('defaultDownloadFolder', () => {
  it('uses the XDG download directory, or ~/Downloads when none is set', () => {
    const home = fixtureDir('kassavakt-home-');
    const config = join(home, '.config');
    mkdirSync(config);
    expect(defaultDownloadFolder({ HOME: home, XDG_CONFIG_HOME: config, PATH: process.env.PATH }, 'linux')).toBe(join(home, 'Downloads'));
    writeFileSync(join(config, 'user-dirs.dirs'), 'XDG_DOWNLOAD_DIR="$HOME/Hämtade filer"\n');
    expect(defaultDownloadFolder({ HOME: home, XDG_CONFIG_HOME: config, PATH: process.env.PATH }, 'linux')).toBe(join(home, 'Hämtade filer'));
  });

  it('uses %USERPROFILE%\\Downloads on Windows', () => {
    expect(defaultDownloadFolder({ USERPROFILE: 'C:\\Users\\Butik' }, 'win32')).toBe('C:\\Users\\Butik\\Downloads');
  });
});
