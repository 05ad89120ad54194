// Reading the version strings of a 200 MB installer: our partial read against the straightforward
// way (read the whole file, parse it with resedit), measured in the same run.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ResEdit from 'resedit';
import { readVersionInfo } from '../src/update/peVersionReader.js';
import { STRINGS, makePe } from '../test/support/peFixtures.js';

const SIZE = 200 * 1024 * 1024;
const ROUNDS = 5;
const dir = mkdtempSync(join(tmpdir(), 'kassavakt-bench-'));
const file = join(dir, 'pckassaclient_nocc.exe');
writeFileSync(file, makePe({ strings: STRINGS.installer }));
truncateSync(file, SIZE);

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

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
