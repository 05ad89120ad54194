// prom-client is loaded only when metrics are on: `watch` runs with a module hook that writes down every
// module Node loads, once without and once with a metrics option.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';

let dir: string;
let sim: SimProcess;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kv-metrics-lazy-'));
  writeFileSync(
    join(dir, 'hooks.mjs'),
    "import { appendFileSync } from 'node:fs';\nlet file;\nexport function initialize(data) { file = data.file; }\nexport async function load(url, context, next) { appendFileSync(file, url + '\\n'); return next(url, context); }\n",
  );
  writeFileSync(
    join(dir, 'register.mjs'),
    "import { register } from 'node:module';\nregister(new URL('./hooks.mjs', import.meta.url), { data: { file: process.env.KV_LOADED } });\n",
  );
  sim = await startSimProcess(['--host', '127.0.79.1', '--user', 'kassavakt', '--password', 'hemligt']);
});
afterAll(async () => sim?.stop());

function modulesLoadedByWatch(name: string, extra: string[]): string[] {
  const loaded = join(dir, `${name}.txt`);
  writeFileSync(loaded, '');
  const run = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(join(dir, 'register.mjs')).href, CLI, 'watch', '--server', `127.0.79.1,${sim.port}`, '--user', 'kassavakt', '--password', 'hemligt', '--count', '1', '--data', join(dir, name), ...extra],
    { env: { ...process.env, KV_LOADED: loaded }, encoding: 'utf8', timeout: 30_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(loaded, 'utf8').split('\n').filter(Boolean);
}

describe('the metrics export', () => {
  it('is not loaded by a watch without metrics, and is loaded with them', () => {
    const without = modulesLoadedByWatch('off', []);
    // The hook sees the bundle's chunks: the watch command's chunk proves it works at all.
    expect(without.some((url) => /\/dist\/watch-[\w-]+\.js$/.test(url))).toBe(true);
    expect(without.filter((url) => /metricsExport|prom-client/.test(url))).toEqual([]);

    const folder = mkdtempSync(join(dir, 'textfile-'));
    const withMetrics = modulesLoadedByWatch('on', ['--metrics-textfile', folder]);
    expect(withMetrics.some((url) => /\/dist\/metricsExport-[\w-]+\.js$/.test(url))).toBe(true);
  });
});
