// Reading the version strings of a 200 MB installer: our partial read against the straightforward
// way (read the whole file, parse it with resedit), measured in the same run. And what the time limit
// costs: a whole inspection in its worker thread against the same inspection in this thread.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ResEdit from 'resedit';
import { inspectInThisThread } from '../src/update/inspectInThisThread.js';
import { inspectUpdateFile } from '../src/update/inspectUpdateFile.js';
import { readVersionInfo } from '../src/update/peVersionReader.js';
import { BUILT_INSPECTION_WORKER } from '../test/support/inspectionWorker.js';
import { STRINGS, makePe } from '../test/support/peFixtures.js';

const SIZE = 200 * 1024 * 1024;
const ROUNDS = 5;
const INSPECTION_ROUNDS = 41;
const dir = mkdtempSync(join(tmpdir(), 'kassavakt-bench-'));
const file = join(dir, 'pckassaclient_nocc.exe');
writeFileSync(file, makePe({ strings: STRINGS.installer }));
truncateSync(file, SIZE);
const update = join(dir, 'pckassaupp32.exe');
writeFileSync(update, makePe({ strings: STRINGS.fiscal, payloadBytes: 4 * 1024 * 1024 }));
const fleet = { tills: [{ name: 'KASSA1', role: 'main' as const, version: '38,5' }] };

async function wholeFile(): Promise<void> {
  const exe = ResEdit.NtExecutable.from(await readFile(file), { ignoreCert: true });
  const infos = ResEdit.Resource.VersionInfo.fromEntries(ResEdit.NtExecutableResource.from(exe).entries);
  if (infos.length !== 1) throw new Error('baseline found no version resource');
}

async function partial(): Promise<number> {
  const read = await readVersionInfo(file);
  if (read.reading.status !== 'ok') throw new Error(`partial read: ${read.reading.status}`);
  return read.bytesRead;
}

async function inThisThread(): Promise<void> {
  const verdict = await inspectInThisThread({ path: update, tills: fleet.tills, lang: 'sv' });
  if (verdict.outcome !== 'right') throw new Error(`in this thread: ${verdict.outcome}`);
}

async function inWorker(): Promise<void> {
  const verdict = await inspectUpdateFile(update, { fleet, lang: 'sv', worker: BUILT_INSPECTION_WORKER });
  if (verdict.outcome !== 'right') throw new Error(`in the worker: ${verdict.outcome}`);
}

async function median(run: () => Promise<unknown>, rounds = ROUNDS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

const emit = (metric: string, value: number, unit: string) =>
  console.log(JSON.stringify({ bench: 'inspectUpdate', metric, value: Number(value.toFixed(3)), unit }));

try {
  const baseline = await median(wholeFile);
  const ours = await median(partial);
  const bytesRead = await partial();
  emit('baseline_whole_file_ms', baseline, 'ms');
  emit('partial_read_ms', ours, 'ms');
  emit('speedup_ratio', baseline / ours, 'x');
  emit('partial_bytes_read', bytesRead, 'bytes');
  emit('bytes_read_ratio', SIZE / bytesRead, 'x');
  await inThisThread(); // warm: the first call loads the modules
  const here = await median(inThisThread, INSPECTION_ROUNDS);
  const worker = await median(inWorker, INSPECTION_ROUNDS);
  emit('baseline_inspection_in_this_thread_ms', here, 'ms');
  emit('inspection_in_worker_ms', worker, 'ms');
  emit('worker_overhead_per_file_ms', worker - here, 'ms');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
