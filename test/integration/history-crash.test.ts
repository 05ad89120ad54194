// A process killed with SIGKILL in the middle of writing polls leaves a history that passes
// PRAGMA integrity_check, opens fine, and has lost at most the poll in flight. Run many times.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/platform/sqlite/index.js';
import { openHistoryStore } from '../../src/store/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRITER = join(ROOT, 'test-artifacts', 'history-writer.mjs');
const RUNS = 30;
let dir: string;

beforeAll(async () => {
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  await build({ entryPoints: [join(ROOT, 'test/support/historyWriter.ts')], outfile: WRITER, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-crash-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the writer, lets it commit a few polls, kills it at a random moment; returns the last committed poll. */
function writeAndKill(seed: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    let killAt: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (killAt === null) {
        killAt = 1 + ((seed * 7919) % 60);
        setTimeout(() => child.kill('SIGKILL'), killAt);
      }
    });
    child.once('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (${signal ?? _code})`));
      const complete = text.split('\n').slice(0, -1);
      resolve(Number(complete[complete.length - 1] ?? 0));
    });
  });
}

describe('history after kill -9', () => {
  it(`stays intact and loses at most the poll in flight (${RUNS} kills)`, async () => {
    for (let run = 1; run <= RUNS; run += 1) {
      const committed = await writeAndKill(run);
      const db = openSqlite(join(dir, 'history.db'), 'en');
      try {
        expect(db.pragma('integrity_check', { simple: true }), `run ${run}`).toBe('ok');
        const stored = (db.prepare('SELECT sum(ok) AS n FROM poll_hour').get() as { n: number }).n;
        expect(stored - committed, `run ${run}: stored ${stored}, committed ${committed}`).toBeGreaterThanOrEqual(0);
        expect(stored - committed, `run ${run}`).toBeLessThanOrEqual(1);
        // The current state and the change log were written in the same transaction: they agree.
        const tills = db.prepare('SELECT key, version FROM till').all() as { key: string; version: string }[];
        for (const till of tills) {
          const last = db
            .prepare("SELECT type, data FROM event WHERE till_key = ? AND type IN ('till.seen', 'till.version') ORDER BY id DESC LIMIT 1")
            .get(till.key) as { type: string; data: string };
          const data = JSON.parse(last.data) as { version?: string; to?: string };
          expect(last.type === 'till.seen' ? data.version : data.to, `run ${run} ${till.key}`).toBe(till.version);
        }
        const open = db.prepare('SELECT count(*) AS n FROM finding_episode WHERE ended IS NULL').get() as { n: number };
        expect(open.n).toBeLessThanOrEqual(1);
      } finally {
        db.close();
      }
    }
    const store = openHistoryStore({ dir, lang: 'en' });
    expect(store.quarantinedTo).toBeNull();
    expect(store.queries()!.events().length).toBeGreaterThan(RUNS);
    store.close();
  });
});
