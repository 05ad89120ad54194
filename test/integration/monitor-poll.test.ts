// The monitor against the simulated main till over real sockets: every query it sends, the named
// instance through the Browser, the read-only session, and the merge of profile and sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/core/config.js';
import { checkReadOnly } from '../../src/core/readOnlySql.js';
import { DISCOVER_QUERY } from '../../src/core/pollQueries.js';
import { Monitor, pollOnce } from '../../src/monitor/poll.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { waitUntil } from '../support/wait.js';

const HOST = '127.0.41.1';
let sim: RunningSim;

beforeAll(async () => {
  sim = await startSim({ host: HOST, user: 'kassavakt', password: 'hemligt' });
});
afterAll(async () => {
  await sim?.stop();
});

function config(overrides: Partial<Config> = {}): Config {
  return { ...defaultConfig(), server: `${HOST}\\PCKASSA`, browserPort: sim.browserPort!, user: 'kassavakt', password: 'hemligt', database: 'PCKassa', ...overrides };
}

describe('monitor poll against the sim', () => {
  it('resolves the named instance through the Browser and reads the fleet', async () => {
    const result = await pollOnce(config(), { localMachine: 'KONTORET' });
    if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
    expect(result.server).toEqual({ machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa', login: 'kassavakt' });
    expect(result.profileError).toBeUndefined();
    expect(result.snapshot.server).toBe(`${HOST}\\PCKASSA`);
    const tills = result.snapshot.tills.map((t) => [t.name, t.role, t.clientId, t.version, t.connected]);
    expect(tills).toEqual([
      ['KASSA1', 'main', 1, '38,5', true],
      ['KASSA2', 'sales', 2, '38,5', true],
      ['KASSA3', 'sales', 3, '38,5', true],
      ['KONTORET', 'backoffice', 3, '38,05', true],
      ['LAGRET', 'backoffice', 5, '38,5', false],
    ]);
    expect(result.snapshot.tills[1]!.address).toBe('192.168.99.61');
    const own = result.sessions!.filter((s) => s.programName === 'Kassavakt');
    expect(own).toHaveLength(1);
    expect(result.snapshot.tills.some((t) => t.name === own[0]!.hostName && t.connected && t.clientId === undefined)).toBe(false);
  });

  it('sends nothing but SELECT and SET, in a read-uncommitted session with a lock timeout', async () => {
    const monitor = new Monitor(config());
    try {
      const result = await monitor.poll();
      expect(result.ok).toBe(true);
      const ours = sim.sessions().find((s) => s.appName === 'Kassavakt');
      expect(ours?.isolationLevel.toUpperCase().replace(/_/g, ' ')).toContain('READ UNCOMMITTED');
      expect(ours?.lockTimeout).toBe(2000);
      const sent = sim.statements().filter((s) => s.session === ours!.id);
      // tedious' own SETs after login, then the poll: one request that opens with the read-only preamble.
      const pollRequests = new Set(sent.filter((s) => /^SELECT/i.test(s.sql)).map((s) => s.request));
      expect(pollRequests.size).toBe(1);
      expect(sent.length).toBeGreaterThanOrEqual(2);
      for (const statement of sent) expect(checkReadOnly(statement.sql), statement.sql).toEqual({ ok: true });
      const texts = sent.map((s) => s.sql.trim());
      for (const text of texts) expect(text).toMatch(/^(SELECT|SET)\b/i);
      // The poll's batch opens with the read-only preamble before its SELECTs.
      texts.forEach((text, i) => {
        if (/^SELECT/i.test(text) && !/^SELECT/i.test(texts[i - 1]!)) {
          expect(texts.slice(i - 2, i)).toEqual(['SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED', 'SET LOCK_TIMEOUT 2000']);
        }
      });
      expect(texts.filter((text) => text === 'SET LOCK_TIMEOUT 2000')).toHaveLength(1);
    } finally {
      await monitor.close();
    }
  });

  it('keeps one connection open between polls', async () => {
    const monitor = new Monitor(config());
    try {
      const first = await monitor.poll();
      const second = await monitor.poll();
      expect(first.ok && second.ok).toBe(true);
      expect(sim.sessions().filter((s) => s.appName === 'Kassavakt')).toHaveLength(1);
    } finally {
      await monitor.close();
    }
    await waitUntil(() => sim.sessions().every((s) => s.appName !== 'Kassavakt'), 5000, 'the Kassavakt session to end', 20);
  });

  it('runs the discover query', async () => {
    const monitor = new Monitor(config());
    try {
      const result = await monitor.query(DISCOVER_QUERY);
      const rows = result.recordsets.at(-1) as unknown as Record<string, unknown>[];
      expect(rows).toContainEqual(expect.objectContaining({ tableSchema: 'dbo', tableName: 'Kassor', columnName: 'KlientID' }));
    } finally {
      await monitor.close();
    }
  });
});
