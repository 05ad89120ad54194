// The main till's health in the history: a restart of SQL Server is one event (not again after
// Kassavakt restarts), the database's size is one sample per local day (bounded by retention), and a
// week of samples gives the growth forecast the live finding and `history` show.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import { describeChange } from '../../src/core/changeText.js';
import type { MainTillReading } from '../../src/core/mainTill.js';
import { sizeTrendLine } from '../../src/core/mainTillText.js';
import type { PollSuccess } from '../../src/core/poll.js';
import { assessPoll } from '../../src/core/pollAssessment.js';
import { currentGrowth } from '../../src/core/sizeGrowth.js';
import { openSqlite } from '../../src/platform/sqlite/index.js';
import { openHistoryStore, type HistoryStore } from '../../src/store/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse('2026-11-01T10:00:00Z');
let dir: string;
const stores: HistoryStore[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-maintill-history-'));
});
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(eventDays = 730): HistoryStore {
  const config = defaultConfig();
  const store = openHistoryStore({ dir, lang: 'sv', config: { ...config, retention: { ...config.retention, eventDays } } });
  stores.push(store);
  return store;
}

/** A poll at `at`; `reading` is the health reading it carries (read now unless `readAt` says earlier). */
function poll(at: number, health: Partial<MainTillReading> & { dataMB?: number; usedDataMB?: number } = {}): PollSuccess {
  const { dataMB = 8000, usedDataMB, ...rest } = health;
  const mainTill: MainTillReading = {
    edition: 'Express Edition (64-bit)',
    engineEdition: 4,
    startedAt: new Date(START - 5 * DAY).toISOString(),
    database: { name: 'PCKassa', dataMB, ...(usedDataMB !== undefined ? { usedDataMB } : {}), logMB: 300 },
    backups: [{ type: 'full', finishedAt: new Date(at - 2 * HOUR).toISOString() }],
    readAt: new Date(at).toISOString(),
    unreadable: [],
    ...rest,
  };
  return {
    ok: true,
    at: new Date(at).toISOString(),
    latencyMs: 5,
    server: { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa', login: 'kassavakt' },
    sessions: [],
    snapshot: { tills: [{ name: 'KASSA1', role: 'main', clientId: 1, version: '38,5', connected: true }] },
    mainTill,
  };
}

describe('a restart of the main till’s SQL Server', () => {
  it('is one history event when the start time moves, none for the first reading, none again after reopening', () => {
    const store = open();
    expect(store.recordPoll(poll(START), []).map((c) => c.type)).not.toContain('server.restarted');
    expect(store.recordPoll(poll(START + HOUR), []).map((c) => c.type)).not.toContain('server.restarted');
    const restartedAt = new Date(START + 90 * 60_000).toISOString();
    const changes = store.recordPoll(poll(START + 2 * HOUR, { startedAt: restartedAt }), []);
    const restart = changes.filter((c) => c.type === 'server.restarted');
    expect(restart).toEqual([{ type: 'server.restarted', at: restartedAt, previous: new Date(START - 5 * DAY).toISOString() }]);
    expect(describeChange(restart[0]!, 'sv')).toBe('SQL Server på huvudkassan startade om (hade varit igång 5 d 1 tim)');
    store.close();
    const again = open();
    expect(again.recordPoll(poll(START + 3 * HOUR, { startedAt: restartedAt }), []).map((c) => c.type)).not.toContain('server.restarted');
    expect(again.queries()!.events().filter((e) => e.type === 'server.restarted').map((e) => e.at)).toEqual([restartedAt]);
  });

  it('is not a notification: the alert policy never sees it, and it is no finding', () => {
    const findings = assessPoll(poll(START + HOUR, { startedAt: new Date(START).toISOString() }), 'sv').findings;
    expect(findings.map((f) => f.code)).toEqual([]);
  });
});

describe('the database’s size in the history', () => {
  it('keeps one sample per local day, the day’s latest reading, and only fresh readings', () => {
    const store = open();
    store.recordPoll(poll(START, { dataMB: 8000 }), []);
    store.recordPoll(poll(START + HOUR, { dataMB: 8010 }), []);
    // A poll between readings carries the last reading: not a new sample.
    store.recordPoll(poll(START + HOUR + 60_000, { dataMB: 9999, readAt: new Date(START + HOUR).toISOString() }), []);
    store.recordPoll(poll(START + DAY, { dataMB: 8020 }), []);
    expect(store.queries()!.sizeSamples().map((s) => [s.at, s.dataMB])).toEqual([
      [new Date(START + HOUR).toISOString(), 8010],
      [new Date(START + DAY).toISOString(), 8020],
    ]);
  });

  it('forgets samples older than retention.eventDays', () => {
    const store = open(30);
    for (let day = 0; day < 40; day++) store.recordPoll(poll(START + day * DAY, { dataMB: 8000 + day }), []);
    const samples = store.queries()!.sizeSamples();
    expect(samples.length).toBeLessThanOrEqual(31);
    expect(samples[0]!.dataMB).toBeGreaterThanOrEqual(8000 + 9);
  });

  it('gives the growth forecast from a week of samples, to the live finding and to `history`', () => {
    const store = open();
    for (let day = 0; day <= 7; day++) store.recordPoll(poll(START + day * DAY, { dataMB: 8700 + 10 * day }), []);
    const samples = store.queries()!.sizeSamples();
    expect(sizeTrendLine(samples.slice(0, 3), 'sv')).toBe('8,5 GB; för få dagar (3) för en trend, det behövs en vecka');
    expect(sizeTrendLine(samples, 'sv')).toBe('8,6 GB, växer 0,3 GB i månaden (de senaste 7 dygnen)');
    const growth = currentGrowth(samples);
    const now = poll(START + 7 * DAY + HOUR, { dataMB: 8770 });
    const [nearLimit] = assessPoll(now, 'sv', { growth: () => growth }).findings;
    // (10240 − 8770) MB at 10 MB a day: 147 days after 8 November 2026, in April 2027.
    expect(nearLimit!.message).toBe(
      'Kassadatabasen är 8,6 av 10 GB (85,6\u00a0%) och har vuxit 0,3 GB i månaden de senaste 7 dygnen: full omkring april 2027.',
    );
  });

  it('keeps the used space of each sample, and the trend goes by it and by the last 90 days', () => {
    const store = open();
    // A file made 9.5 GB in advance; the data inside grows 2 MB a day, then 20 MB a day for 90 days.
    for (let day = 0; day <= 200; day++) {
      const used = 6000 + 2 * Math.min(day, 110) + 20 * Math.max(0, day - 110);
      store.recordPoll(poll(START + day * DAY, { dataMB: 9728, usedDataMB: used }), []);
    }
    const samples = store.queries()!.sizeSamples();
    expect(samples.at(-1)).toMatchObject({ dataMB: 9728, usedDataMB: 8020 });
    expect(sizeTrendLine(samples, 'sv')).toBe('7,8 GB, växer 0,6 GB i månaden (de senaste 90 dygnen)');
    expect(currentGrowth(samples)!.mbPerDay).toBeCloseTo(20, 6);
  });

  it('reads a history from before the used space was kept: those samples have none', () => {
    const path = join(dir, 'history.db');
    const store = open();
    store.recordPoll(poll(START, { dataMB: 8000, usedDataMB: 7000 }), []);
    store.close();
    // As a Kassavakt of schema 3 left it: no used_mb column.
    const db = openSqlite(path, 'sv');
    db.exec('ALTER TABLE main_till_size DROP COLUMN used_mb');
    db.pragma('user_version = 3');
    db.close();
    const reopened = open();
    reopened.recordPoll(poll(START + DAY, { dataMB: 8000, usedDataMB: 7010 }), []);
    expect(reopened.queries()!.sizeSamples().map((s) => [s.dataMB, s.usedDataMB])).toEqual([
      [8000, undefined],
      [8000, 7010],
    ]);
  });
});
