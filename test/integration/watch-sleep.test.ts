// `watch` on a cron schedule through a pause like a sleep of the PC: the process is stopped (SIGSTOP)
// for longer than several scheduled runs and then continued, as after a wake-up or a clock jump.
// node-cron calls the runs it could not make "missed" and, unless told otherwise, writes an English
// warning for each to the console; nothing of that may reach the user, and polling goes on.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetSnapshot } from '../../src/core/fleet.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { startWatch } from '../support/watchProcess.js';

const HOST = '127.0.62.1';
const fleet = (version: string): FleetSnapshot => ({
  tills: [
    { name: 'KASSA1', clientId: 1, version: '38,5', role: 'main' },
    { name: 'KASSA2', clientId: 2, version, role: 'sales' },
  ],
});

let sim: RunningSim;
const dir = mkdtempSync(join(tmpdir(), 'kassavakt-watch-sleep-'));

beforeAll(async () => {
  sim = await startSim({ host: HOST, browserPort: null, user: 'kassavakt', password: 'hemligt', fleet: fleet('38,5') });
});
afterAll(() => sim?.stop());

describe('watch after a sleep', () => {
  it('prints nothing about the runs it missed, and polls on', async () => {
    const configFile = join(dir, 'config.json');
    // Every second, so that a pause of a few seconds misses several runs (node-cron's seconds field).
    writeFileSync(configFile, JSON.stringify({ server: `${HOST},${sim.port}`, user: 'kassavakt', database: 'PCKassa', pollSchedule: '* * * * * *' }));
    const watch = startWatch(['--config', configFile, '--data', join(dir, 'data'), '--password', 'hemligt', '--lang', 'en']);
    try {
      await watch.waitForLines(/KASSA2: new till/);
      watch.signal('SIGSTOP');
      await new Promise((resolve) => setTimeout(resolve, 4000));
      watch.signal('SIGCONT');
      sim.setFleet(fleet('38,6'));
      await watch.waitForLines(/KASSA2: version 38,5 → 38,6/);
    } finally {
      watch.signal('SIGINT');
    }
    expect(await watch.exited).toEqual({ code: 0, signal: null });
    expect(watch.stderr()).toEqual([]);
    expect(watch.stdout().filter((line) => !/ KASSA[12]: |Problem: |Solved: /.test(line))).toEqual([]);
  });
});
