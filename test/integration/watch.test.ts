// `watch` against the simulated main till (both as child processes): the fleet file changes under a
// running watch, the simulator goes away and comes back, and `history --json` must show exactly what
// happened, in order, nothing repeated.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Till } from '../../src/core/fleet.js';
import { openSqlite } from '../../src/platform/sqlite/index.js';
import { openHistoryStore } from '../../src/store/index.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';
import { waitUntil } from '../support/wait.js';
import { runHistory, startWatch } from '../support/watchProcess.js';

const HOST = '127.0.61.1';
const PORT = 14361;
let dir: string;
let fleetFile: string;
let sim: SimProcess | undefined;

const tills: Till[] = [
  { name: 'KASSA1', role: 'main', clientId: 1, version: '38,5', connected: true },
  { name: 'KASSA2', role: 'sales', clientId: 2, version: '38,5', connected: true },
  { name: 'KASSA3', role: 'sales', clientId: 3, version: '38,5', connected: true },
];

function writeFleet(edit: (fleet: Till[]) => void = () => {}): void {
  edit(tills);
  writeFileSync(fleetFile, JSON.stringify({ tills }, null, 2));
}

function pollsRecorded(data: string): number {
  const db = openSqlite(join(data, 'history.db'), 'en', { readonly: true });
  try {
    return (db.prepare('SELECT coalesce(sum(ok + failed), 0) AS n FROM poll_hour').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const startSim = () => startSimProcess(['--host', HOST, '--port', String(PORT), '--fleet', fleetFile, '--user', 'kassavakt', '--password', 'hemligt']);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-watch-'));
  fleetFile = join(dir, 'fleet.json');
  writeFleet();
  sim = await startSim();
});
afterAll(async () => {
  await sim?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('watch records the changes of a live fleet', () => {
  it('shows exactly the changes that happened, in order, with one episode per finding and one event pair per outage', async () => {
    const data = join(dir, 'data');
    const watch = startWatch([
      '--server', `${HOST},${PORT}`, '--user', 'kassavakt', '--password', 'hemligt', '--database', 'PCKassa',
      '--interval', '0.2', '--data', data, '--lang', 'en',
    ]);
    await watch.waitForLines(/KASSA3: new till/);

    writeFleet((f) => (f[2]!.version = '38,6'));
    await watch.waitForLines(/Problem: /);
    expect(watch.stdout().filter((l) => /KASSA3: version 38,5 → 38,6/.test(l))).toHaveLength(1);

    writeFleet((f) => (f[1]!.connected = false));
    await watch.waitForLines(/KASSA2: no longer connected/);

    writeFleet((f) => {
      f[0]!.version = '38,6';
      f[1]!.version = '38,6';
      f[1]!.connected = true;
    });
    await watch.waitForLines(/Solved: different versions/);

    await sim!.stop();
    sim = undefined;
    const [down] = await watch.waitForLines(/The main till cannot be reached/);
    sim = await startSim();
    await watch.waitForLines(/The main till can be reached again/);

    writeFleet((f) => (f[2]!.clientId = 2));
    await watch.waitForLines(/Problem: .*same Client ID|Problem: .*Client ID/);
    // More polls with nothing new must add nothing.
    const lines = watch.stdout().length;
    const before = pollsRecorded(data);
    await waitUntil(() => pollsRecorded(data) >= before + 5, 10_000, 'five more polls in the history');
    watch.signal('SIGINT');
    expect(await watch.exited).toEqual({ code: 0, signal: null });
    expect(watch.stdout()).toHaveLength(lines);

    const history = runHistory(['--data', data, '--json']);
    expect(history.code).toBe(0);
    const report = JSON.parse(history.stdout) as {
      events: { type: string; till?: string; from?: string; to?: string; reason?: string; code?: string }[];
      episodes: { code: string; tills: string[]; started: string; ended: string | null }[];
      timelines: { till: string; intervals: { version: string; to: string | null }[] }[];
      openFindings: { code: string }[];
    };
    const summary = report.events.map((e) => [e.type, e.till ?? e.code ?? e.reason ?? null, e.to ?? null]);
    expect(summary).toEqual([
      ['till.seen', 'KASSA1', null],
      ['till.seen', 'KASSA2', null],
      ['till.seen', 'KASSA3', null],
      ['till.version', 'KASSA3', '38,6'],
      ['finding.raised', 'VERSION_MISMATCH', null],
      ['till.disconnected', 'KASSA2', null],
      ['till.version', 'KASSA1', '38,6'],
      ['till.version', 'KASSA2', '38,6'],
      ['till.connected', 'KASSA2', null],
      ['finding.cleared', 'VERSION_MISMATCH', null],
      ['server.unreachable', report.events[10]!.reason!, null],
      ['server.reachable', report.events[11]!.reason!, null],
      ['till.clientId', 'KASSA3', '2'],
      ['finding.raised', 'DUPLICATE_CLIENT_ID', null],
    ]);
    expect(report.events[10]!.reason).toMatch(/^(CONNECTION_LOST|PORT_CLOSED|TIMEOUT)$/);
    expect(report.events[11]!.reason).toBe(report.events[10]!.reason);
    expect(down).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d The main till cannot be reached: /);

    expect(report.episodes.map((e) => [e.code, e.tills, e.ended === null])).toEqual([
      ['VERSION_MISMATCH', ['KASSA1', 'KASSA2'], false],
      ['DUPLICATE_CLIENT_ID', ['KASSA2', 'KASSA3'], true],
    ]);
    expect(report.openFindings.map((f) => f.code)).toEqual(['DUPLICATE_CLIENT_ID']);
    expect(report.timelines.find((x) => x.till === 'KASSA3')!.intervals.map((i) => [i.version, i.to === null])).toEqual([
      ['38,5', false],
      ['38,6', true],
    ]);

    const kassa2 = runHistory(['--data', data, '--till', 'kassa2', '--lang', 'en']);
    expect(kassa2.code).toBe(0);
    expect(kassa2.stdout).toContain('KASSA2: version 38,5 → 38,6');
    expect(kassa2.stdout).not.toContain('KASSA3: version');
    expect(kassa2.stdout).toMatch(/Open problems\n {2}.*Client ID/);
  });
});

describe('watch when a step after the poll fails', () => {
  it('says so in one line in the user’s language and goes on polling', async () => {
    const data = join(dir, 'data-refused');
    openHistoryStore({ dir: data, lang: 'en' }).close();
    // A history that refuses every new till: not a disk problem (the store would handle that itself)
    // but an error the poll cycle has to report.
    const db = openSqlite(join(data, 'history.db'), 'en');
    db.exec("CREATE TRIGGER refuse_tills BEFORE INSERT ON till BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END;");
    db.close();
    const watch = startWatch([
      '--server', `${HOST},${PORT}`, '--user', 'kassavakt', '--password', 'hemligt', '--interval', '0.2', '--count', '2', '--data', data, '--lang', 'en',
    ]);
    expect(await watch.exited).toEqual({ code: 0, signal: null });
    expect(watch.stderr()).toEqual([
      'The poll could not be saved in the history (refused by a trigger); watching goes on.',
      'The poll could not be saved in the history (refused by a trigger); watching goes on.',
    ]);
  });
});
