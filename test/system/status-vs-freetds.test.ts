// An independent TDS client (FreeTDS tsql) runs the monitor's default profile SELECT against the sim
// and gets the same tills (names, Client IDs, versions) that `kassavakt status --json` reports.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../src/core/pollQueries.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';
import { statusJson } from '../support/statusJson.js';

const HOST = '127.0.46.1';
let sim: SimProcess;

beforeAll(async () => {
  sim = await startSimProcess(['--host', HOST, '--user', 'kassavakt', '--password', 'hemligt']);
});
afterAll(async () => {
  await sim?.stop();
});

type Row = [name: string, clientId: string, version: string];

function tsqlRows(): Row[] {
  const run = spawnSync('tsql', ['-H', HOST, '-p', String(sim.port), '-U', 'kassavakt', '-P', 'hemligt', '-D', 'PCKassa', '-o', 'q'], {
    input: `${DEFAULT_PROFILE}\ngo\nexit\n`,
    env: { ...process.env, TDSVER: '7.4' },
    encoding: 'utf8',
    timeout: 15_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const lines = run.stdout.split('\n').filter((line) => line.includes('\t'));
  const header = lines[0]!.split('\t');
  const at = (name: string) => header.indexOf(name);
  expect(at('name')).toBeGreaterThanOrEqual(0);
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return [cells[at('name')]!, cells[at('clientId')]!, cells[at('version')]!];
  });
}

async function statusRows(): Promise<Row[]> {
  // The demo fleet has findings: exit 1 is the expected outcome.
  const json = await statusJson<{ tills: { name: string; clientId?: number | string; version: { raw: string } | null }[] }>(HOST, sim.port, 'hemligt');
  return json.tills.map((t) => [t.name, String(t.clientId ?? 'NULL'), t.version?.raw ?? 'NULL']);
}

describe('status vs FreeTDS', () => {
  it('tsql and status --json see the same tills', async () => {
    const sort = (rows: Row[]) => [...rows].sort((a, b) => a[0].localeCompare(b[0]));
    const fromTsql = sort(tsqlRows());
    expect(fromTsql.length).toBeGreaterThanOrEqual(4);
    expect(sort(await statusRows())).toEqual(fromTsql);
  });
});
