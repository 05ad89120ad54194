// A data folder that cannot be written: `watch` keeps polling and printing changes, and warns once.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';
import { startWatch } from '../support/watchProcess.js';

const HOST = '127.0.62.1';
let dir: string;
let sim: SimProcess;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-readonly-'));
  chmodSync(dir, 0o755);
  sim = await startSimProcess(['--host', HOST, '--user', 'kassavakt', '--password', 'hemligt']);
});
afterAll(async () => {
  await sim?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('watch with a read-only data folder', () => {
  it('goes on polling, prints the changes, and warns exactly once', async () => {
    const data = join(dir, 'data');
    mkdirSync(data, { mode: 0o555 });
    chmodSync(data, 0o555);
    // root ignores file modes: run the watch as an ordinary user then, as a shop's PC would.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const watch = startWatch(
      ['--server', `${HOST},${sim.port}`, '--user', 'kassavakt', '--password', 'hemligt', '--database', 'PCKassa', '--interval', '0.1', '--count', '6', '--data', data, '--lang', 'en'],
      asUser,
    );
    expect(await watch.exited).toEqual({ code: 0, signal: null });
    expect(watch.stdout().filter((l) => / new till /.test(l))).toHaveLength(5);
    expect(watch.stdout().filter((l) => /Problem: /.test(l)).length).toBeGreaterThan(0);
    const warnings = watch.stderr().filter((l) => /cannot be saved/.test(l));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(data);
    // Why, in words, with SQLite's code kept for the log.
    expect(warnings[0]).toContain(': the history file cannot be created or opened (most often, writing in the folder is not allowed). Watching goes on');
    expect(warnings[0]).toMatch(/ \[SQLITE_CANTOPEN\]$/);
    expect(watch.stderr()).toHaveLength(1);
    expect(readdirSync(data)).toEqual([]);
  });
});
