// A year of history: 50 tills polled every minute for 365 simulated days (rollouts every ~2 months over a
// few days, tills switched off at night, occasional outages, one wrong update file, one duplicate ID),
// fed straight into the store. Baseline: a naive one-row-per-till-per-poll table for the same polls.
// Then the same year over a link that drops every other minute (it flaps every 2 minutes). Baseline:
// the store recording every failed poll as an outage (a debounce of one poll, as before it had one).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultConfig } from '../src/core/config.js';
import type { Till } from '../src/core/fleet.js';
import type { Finding } from '../src/core/findings.js';
import type { PollResult, UnreachableReason } from '../src/core/poll.js';
import { assessFleet } from '../src/core/rules.js';
import { openSqlite } from '../src/platform/sqlite/index.js';
import { openHistoryStore, type Durability, type HistoryStoreOptions } from '../src/store/index.js';

const TILLS = 50;
const DAYS = 365;
const NAIVE_SAMPLE_DAYS = 3;
const MINUTE = 60_000;
const START = Date.parse('2026-01-01T00:00:00Z');

function emit(metric: string, value: number, unit: string, extra: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ bench: 'history', metric, value: Number(value.toFixed(3)), unit, ...extra }));
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

interface SimTill extends Till {
  onMinute: number;
  offMinute: number;
}

/** Generates the year's polls one by one; the fleet changes the way a real shop's does. */
function* year(days: number, seed = 42): Generator<PollResult> {
  const rand = mulberry32(seed);
  const tills: SimTill[] = Array.from({ length: TILLS }, (_, i) => ({
    name: `KASSA${String(i + 1).padStart(2, '0')}`,
    role: i === 0 ? 'main' : i < 3 ? 'backoffice' : 'sales',
    clientId: i + 1,
    version: '38,5',
    onMinute: 0,
    offMinute: 0,
  }));
  let release = 5;
  const updates = new Map<number, { till: number; version: string }[]>();
  const schedule = (minute: number, till: number, version: string) => {
    const list = updates.get(minute) ?? [];
    list.push({ till, version });
    updates.set(minute, list);
  };
  let outageUntil = -1;
  let reason: UnreachableReason = 'PORT_CLOSED';
  for (let day = 0; day < days; day += 1) {
    for (const till of tills) {
      till.onMinute = till.role === 'main' ? 0 : 7 * 60 + Math.floor(rand() * 60) - 30;
      till.offMinute = till.role === 'main' ? 1440 : 22 * 60 + Math.floor(rand() * 60) - 30;
    }
    if (day % 61 === 30) {
      // A new release, rolled out over three days: the main till first, the others when someone gets to it.
      release += 1;
      const base = day * 1440 + 22 * 60 + 30;
      schedule(base, 0, `38,${release}`);
      for (let i = 1; i < TILLS; i += 1) schedule(base + 1 + Math.floor(rand() * 3 * 1440), i, `38,${release}`);
      if (day === 152) {
        // Someone ran the update file without control box on one till, and fixed it a day later.
        schedule(base + 600, 7, `38,0${release}`);
        schedule(base + 600 + 1440, 7, `38,${release}`);
      }
    }
    if (day === 200) {
      // A backoffice installed with the ID of a selling till, changed two days later.
      schedule(day * 1440 + 600, 2, '=id:4');
      schedule(day * 1440 + 600 + 2 * 1440, 2, '=id:3');
    }
    const outageStart = rand() < 1 / 30 ? day * 1440 + Math.floor(rand() * 1440) : -1;
    for (let minute = 0; minute < 1440; minute += 1) {
      const absolute = day * 1440 + minute;
      for (const update of updates.get(absolute) ?? []) {
        if (update.version.startsWith('=id:')) tills[update.till]!.clientId = Number(update.version.slice(4));
        else tills[update.till]!.version = update.version;
      }
      updates.delete(absolute);
      if (absolute === outageStart) {
        outageUntil = absolute + 5 + Math.floor(rand() * 85);
        reason = rand() < 0.5 ? 'PORT_CLOSED' : 'TIMEOUT';
      }
      const at = new Date(START + absolute * MINUTE).toISOString();
      const latencyMs = 8 + Math.floor(rand() * 30);
      if (absolute < outageUntil) {
        yield { ok: false, at, latencyMs: 5000, reason, detail: 'simulated outage' };
        continue;
      }
      for (const till of tills) till.connected = minute >= till.onMinute && minute < till.offMinute;
      yield {
        ok: true,
        at,
        latencyMs,
        server: { machineName: 'KASSA01', productVersion: '15.0.2000.5', database: 'PCKassa' },
        sessions: [],
        snapshot: { tills },
      };
    }
  }
}

/** The same polls over a link that is down every other minute. */
function* flapping(polls: Iterable<PollResult>): Generator<PollResult> {
  let minute = 0;
  for (const poll of polls) {
    yield minute % 2 === 1 ? { ok: false, at: poll.at, latencyMs: 5000, reason: 'TIMEOUT', detail: 'simulated flapping link' } : poll;
    minute += 1;
  }
}

/** Findings depend only on versions, IDs and roles: computed once per distinct fleet, like a cache would. */
function findingsFor(poll: PollResult, cache: Map<string, Finding[]>): Finding[] {
  if (!poll.ok) return [];
  const key = poll.snapshot.tills.map((x) => `${x.version}|${x.clientId}|${x.role}`).join(';');
  let findings = cache.get(key);
  if (!findings) {
    findings = assessFleet(poll.snapshot.tills, 'en').findings;
    cache.set(key, findings);
  }
  return findings;
}

function fileMb(path: string): number {
  let bytes = statSync(path).size;
  try {
    bytes += statSync(`${path}-wal`).size;
  } catch {
    // no write-ahead log left after the checkpoint
  }
  return bytes / 1_048_576;
}

function ingestStore(
  dir: string,
  source: Iterable<PollResult>,
  durability: Durability,
  config?: HistoryStoreOptions['config'],
): { polls: number; seconds: number; events: number } {
  const store = openHistoryStore({ dir, lang: 'en', durability, ...(config ? { config } : {}) });
  const cache = new Map<string, Finding[]>();
  let polls = 0;
  let events = 0;
  let spent = 0;
  for (const poll of source) {
    const findings = findingsFor(poll, cache);
    const t0 = performance.now();
    events += store.recordPoll(poll, findings).length;
    spent += performance.now() - t0;
    polls += 1;
  }
  store.close();
  return { polls, seconds: spent / 1000, events };
}

function ingestNaive(path: string, days: number): { polls: number; seconds: number } {
  const db = openSqlite(path, 'en');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE poll_till (at INTEGER NOT NULL, till TEXT NOT NULL, version TEXT, edition TEXT, client_id TEXT,
    role TEXT NOT NULL, connected INTEGER NOT NULL, ok INTEGER NOT NULL, latency_ms INTEGER NOT NULL);
    CREATE INDEX poll_till_by_till ON poll_till (till, at);
    CREATE TABLE poll_failure (at INTEGER PRIMARY KEY, reason TEXT NOT NULL, latency_ms INTEGER NOT NULL);`);
  const insert = db.prepare('INSERT INTO poll_till VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)');
  const failure = db.prepare('INSERT INTO poll_failure VALUES (?, ?, ?)');
  const write = (poll: PollResult) =>
    db.transaction(() => {
      const at = Date.parse(poll.at);
      if (!poll.ok) {
        failure.run(at, poll.reason, poll.latencyMs);
        return;
      }
      for (const till of poll.snapshot.tills) {
        insert.run(at, till.name, till.version ?? null, till.edition ?? null, String(till.clientId), till.role, till.connected ? 1 : 0, poll.latencyMs);
      }
    });
  let polls = 0;
  let spent = 0;
  for (const poll of year(days)) {
    const t0 = performance.now();
    write(poll);
    spent += performance.now() - t0;
    polls += 1;
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { polls, seconds: spent / 1000 };
}

function timelineP95(dir: string): number {
  const store = openHistoryStore({ dir, lang: 'en' });
  const queries = store.queries()!;
  const rand = mulberry32(7);
  const times: number[] = [];
  for (let i = 0; i < 500; i += 1) {
    const till = `KASSA${String(1 + Math.floor(rand() * TILLS)).padStart(2, '0')}`;
    const t0 = performance.now();
    queries.versionTimeline(till);
    times.push(performance.now() - t0);
  }
  store.close();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length * 0.95)]!;
}

const root = mkdtempSync(join(tmpdir(), 'kassavakt-bench-'));
try {
  const storeDir = join(root, 'store');
  const stored = ingestStore(storeDir, year(DAYS), 'normal');
  const storeMb = fileMb(join(storeDir, 'history.db'));
  emit('db_size_year', storeMb, 'MB', { tills: TILLS, days: DAYS, polls: stored.polls, target: '< 10 MB' });
  emit('events_year', stored.events, 'rows');
  const rate = stored.polls / stored.seconds;
  emit('ingest_rate', rate, 'polls/s', { synchronous: 'NORMAL' });

  const fullDir = join(root, 'full');
  const full = ingestStore(fullDir, year(1), 'full');
  emit('ingest_rate_full_sync', full.polls / full.seconds, 'polls/s', { synchronous: 'FULL', note: 'the shipped setting, measured on 1 simulated day' });

  const naive = ingestNaive(join(root, 'naive.db'), NAIVE_SAMPLE_DAYS);
  const naiveMb = (fileMb(join(root, 'naive.db')) * DAYS) / NAIVE_SAMPLE_DAYS;
  emit('naive_size_year', naiveMb, 'MB', { note: `one row per till per poll, measured on the first ${NAIVE_SAMPLE_DAYS} days and extrapolated ×${DAYS}/${NAIVE_SAMPLE_DAYS}` });
  emit('size_ratio_naive_over_store', naiveMb / storeMb, 'x');
  const naiveRate = naive.polls / naive.seconds;
  emit('naive_ingest_rate', naiveRate, 'polls/s', { synchronous: 'NORMAL' });
  emit('ingest_ratio_store_over_naive', rate / naiveRate, 'x');

  emit('timeline_query_p95', timelineP95(storeDir), 'ms', { note: "one till's version timeline over the year" });

  const flapDir = join(root, 'flapping');
  const flap = ingestStore(flapDir, flapping(year(DAYS)), 'normal');
  const flapMb = fileMb(join(flapDir, 'history.db'));
  emit('db_size_year_flapping', flapMb, 'MB', { note: 'the same year over a link down every other minute (flaps every 2 minutes)', events: flap.events, target: '<= 10 MB' });
  const everyDir = join(root, 'every-failure');
  const config = defaultConfig();
  const every = ingestStore(everyDir, flapping(year(DAYS)), 'normal', { ...config, notifications: { ...config.notifications, unreachableAfterPolls: 1, reachableAfterPolls: 1 } });
  const everyMb = fileMb(join(everyDir, 'history.db'));
  emit('db_size_year_flapping_every_failure', everyMb, 'MB', { note: 'baseline: every failed poll recorded as an outage and its end', events: every.events });
  emit('size_ratio_every_failure_over_flapping', everyMb / flapMb, 'x');
} finally {
  rmSync(root, { recursive: true, force: true });
}
