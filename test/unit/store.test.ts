import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/core/config.js';
import { LANGS } from '../../src/core/i18n.js';
import { UserError } from '../../src/core/errors.js';
import type { Till } from '../../src/core/fleet.js';
import type { Finding } from '../../src/core/findings.js';
import type { PollResult } from '../../src/core/poll.js';
import { openSqlite } from '../../src/platform/sqlite/index.js';
import { openHistoryStore, type HistoryStore } from '../../src/store/index.js';
import { openHistoryFile } from '../../src/store/historyFile.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { storageProblem, storageProblemText } from '../../src/store/storageProblem.js';

let dir: string;
const stores: HistoryStore[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-store-'));
});
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  rmSync(dir, { recursive: true, force: true });
});

type StoreSettings = { retention?: Partial<Config['retention']>; notifications?: Partial<Config['notifications']> };

/** The user's settings with some keys changed, as the config file would give them. */
function settings(changed: StoreSettings): Config {
  const config = defaultConfig();
  return { ...config, retention: { ...config.retention, ...changed.retention }, notifications: { ...config.notifications, ...changed.notifications } };
}

function open(options: { config?: StoreSettings; dataDir?: string; problems?: string[]; recovered?: string[] } = {}): HistoryStore {
  const store = openHistoryStore({
    dir: options.dataDir ?? dir,
    lang: 'en',
    ...(options.config ? { config: settings(options.config) } : {}),
    onStorageProblem: (_problem, message) => options.problems?.push(message),
    onStorageRecovered: (message) => options.recovered?.push(message),
  });
  stores.push(store);
  return store;
}

const server = { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa' };
const ok = (at: string, tills: Till[], latencyMs = 10): PollResult => ({ ok: true, at, latencyMs, server, sessions: [], snapshot: { tills } });
const down = (at: string): PollResult => ({ ok: false, at, latencyMs: 5000, reason: 'TIMEOUT', detail: 'timeout' });
const fleet = (kassa2 = '38,5'): Till[] => [
  { name: 'KASSA1', role: 'main', version: '38,5', clientId: 1 },
  { name: 'KASSA2', role: 'sales', version: kassa2, clientId: 2 },
];
const behind: Finding = { code: 'VERSION_MISMATCH', severity: 'warning', tills: ['KASSA1'], message: 'KASSA1 is behind', advice: '' };

describe('history store', () => {
  it('stores changes only, in order, and a restart announces nothing again', () => {
    const store = open();
    store.recordPoll(ok('2026-11-25T07:00:00.000Z', fleet()), []);
    store.recordPoll(ok('2026-11-25T07:01:00.000Z', fleet()), []);
    expect(store.recordPoll(ok('2026-11-25T08:01:00.000Z', fleet('38,6')), [behind]).map((c) => c.type)).toEqual(['till.version', 'finding.raised']);
    store.close();

    const again = open();
    expect(again.recordPoll(ok('2026-11-25T08:02:00.000Z', fleet('38,6')), [behind])).toEqual([]);
    const events = again.queries()!.events();
    expect(events.map((e) => [e.type, 'till' in e ? e.till : null])).toEqual([
      ['till.seen', 'KASSA1'],
      ['till.seen', 'KASSA2'],
      ['till.version', 'KASSA2'],
      ['finding.raised', null],
    ]);
    expect(events[2]).toMatchObject({ at: '2026-11-25T08:01:00.000Z', from: '38,5', to: '38,6' });
    expect(again.queries()!.events({ till: 'kassa2' }).map((e) => e.type)).toEqual(['till.seen', 'till.version']);
    expect(again.queries()!.events({ till: 'KASSA1', since: '2026-11-25T08:00:00Z' }).map((e) => e.type)).toEqual(['finding.raised']);
  });

  it('gives each till its version timeline and the open findings with their age', () => {
    const store = open();
    store.recordPoll(ok('2026-11-25T07:00:00.000Z', fleet()), []);
    store.recordPoll(ok('2026-11-25T08:00:00.000Z', fleet('38,6')), [behind]);
    store.recordPoll(ok('2026-11-26T08:00:00.000Z', fleet('38,6 NORSK')), [behind]);
    const q = store.queries()!;
    expect(q.versionTimeline('KASSA2')).toEqual([
      {
        till: 'KASSA2',
        intervals: [
          { version: '38,5', edition: 'fiscal', from: '2026-11-25T07:00:00.000Z', to: '2026-11-25T08:00:00.000Z' },
          { version: '38,6', edition: 'fiscal', from: '2026-11-25T08:00:00.000Z', to: '2026-11-26T08:00:00.000Z' },
          { version: '38,6 NORSK', edition: 'norway', from: '2026-11-26T08:00:00.000Z', to: null },
        ],
      },
    ]);
    expect(q.versionTimeline().map((x) => x.till)).toEqual(['KASSA1', 'KASSA2']);
    expect(q.openFindings(new Date('2026-11-25T10:30:00.000Z'))).toMatchObject([{ key: 'VERSION_MISMATCH', openForMs: 2.5 * 3_600_000 }]);
  });

  it('keeps a finding raised and cleared as one episode, and an outage as one event pair', () => {
    const store = open();
    store.recordPoll(ok('2026-11-25T07:00:00.000Z', fleet()), []);
    store.recordPoll(ok('2026-11-25T07:01:00.000Z', fleet()), [behind]);
    store.recordPoll(ok('2026-11-25T07:02:00.000Z', fleet()), [behind]);
    for (const minute of [3, 4, 5]) store.recordPoll(down(`2026-11-25T07:0${minute}:00.000Z`), []);
    store.recordPoll(ok('2026-11-25T07:06:00.000Z', fleet()), []);
    store.recordPoll(ok('2026-11-25T07:07:00.000Z', fleet()), []);
    const q = store.queries()!;
    expect(q.findingEpisodes()).toEqual([
      { key: 'VERSION_MISMATCH', code: 'VERSION_MISMATCH', severity: 'warning', tills: ['KASSA1'], message: 'KASSA1 is behind', started: '2026-11-25T07:01:00.000Z', ended: '2026-11-25T07:06:00.000Z' },
    ]);
    expect(q.events({ since: '2026-11-25T07:02:00Z' }).map((e) => e.type)).toEqual(['server.unreachable', 'finding.cleared', 'server.reachable']);
    expect(q.openFindings()).toEqual([]);
  });

  it('records an outage once the alert policy confirms it, from its first failed poll to its first good one', () => {
    const store = open();
    const minute = (m: number) => `2026-11-25T07:${String(m).padStart(2, '0')}:00.000Z`;
    const fail = (m: number, reason: 'TIMEOUT' | 'PORT_CLOSED' = 'TIMEOUT'): PollResult => ({ ok: false, at: minute(m), latencyMs: 5000, reason, detail: `${reason} at ${m}` });
    const seen = (m: number) => store.recordPoll(ok(minute(m), fleet()), []);
    seen(0);
    // A failed poll or two between good ones is no outage (unreachableAfterPolls: 3).
    expect([store.recordPoll(fail(1), []), seen(2), store.recordPoll(fail(3), []), store.recordPoll(fail(4), []), seen(5)].flat()).toEqual([]);
    expect(store.recordPoll(fail(10, 'PORT_CLOSED'), [])).toEqual([]);
    expect(store.recordPoll(fail(11), [])).toEqual([]);
    store.close();
    // A restart in the middle of the streak forgets nothing.
    const again = open();
    expect(again.recordPoll(fail(12), [])).toEqual([
      { type: 'server.unreachable', at: minute(10), reason: 'PORT_CLOSED', detail: 'PORT_CLOSED at 10' },
    ]);
    expect(again.recordPoll(fail(13), [])).toEqual([]);
    // Back for one poll, then gone again: still the same outage (reachableAfterPolls: 2).
    expect(again.recordPoll(ok(minute(14), fleet()), [])).toEqual([]);
    expect(again.recordPoll(fail(15), [])).toEqual([]);
    expect(again.recordPoll(ok(minute(16), fleet()), [])).toEqual([]);
    expect(again.recordPoll(ok(minute(17), fleet()), [])).toEqual([
      { type: 'server.reachable', at: minute(16), since: minute(10), reason: 'PORT_CLOSED' },
    ]);
    expect(again.queries()!.events().filter((e) => e.type.startsWith('server.')).map((e) => [e.type, e.at])).toEqual([
      ['server.unreachable', minute(10)],
      ['server.reachable', minute(16)],
    ]);
    expect(again.queries()!.uptimeByDay()).toMatchObject([{ pollsOk: 6, pollsFailed: 8 }]);
  });

  it('confirms an outage after as many failed polls as notifications.unreachableAfterPolls says', () => {
    const store = open({ config: { notifications: { unreachableAfterPolls: 1, reachableAfterPolls: 1 } } });
    store.recordPoll(ok('2026-11-25T07:00:00.000Z', fleet()), []);
    expect(store.recordPoll(down('2026-11-25T07:01:00.000Z'), []).map((c) => [c.type, c.at])).toEqual([['server.unreachable', '2026-11-25T07:01:00.000Z']]);
    expect(store.recordPoll(ok('2026-11-25T07:02:00.000Z', fleet()), []).map((c) => [c.type, c.at])).toEqual([['server.reachable', '2026-11-25T07:02:00.000Z']]);
  });

  it('removes events and closed episodes older than retention.eventDays, keeping what each till runs now and the open problems', () => {
    expect(defaultConfig().retention.eventDays).toBe(730);
    const store = open({ config: { retention: { eventDays: 30 } } });
    const day = (d: number, hour = 8) => new Date(Date.parse('2026-01-01T00:00:00.000Z') + d * 86_400_000 + hour * 3_600_000).toISOString();
    const other: Finding = { code: 'UNKNOWN_VERSION', severity: 'warning', tills: ['KASSA2'], message: 'KASSA2 has no version', advice: '' };
    store.recordPoll(ok(day(0), fleet()), [other]);
    store.recordPoll(ok(day(1), fleet()), [behind]);
    store.recordPoll(ok(day(2), fleet('38,6')), [behind]);
    for (const hour of [9, 10, 11]) store.recordPoll(down(day(3, hour)), []);
    store.recordPoll(ok(day(3, 12), fleet('38,6')), [behind]);
    store.recordPoll(ok(day(3, 13), fleet('38,6')), [behind]);
    store.recordPoll(ok(day(31, 9), fleet('38,6')), [behind]);
    const q = store.queries()!;
    // 30 days before is day 1, 09:00: days 0 and 1 are gone, but for KASSA1's "seen" (still its version);
    // the problem raised on day 1 is still open, so its episode stays.
    expect(q.events().map((e) => [e.type, 'till' in e ? e.till : null, e.at])).toEqual([
      ['till.seen', 'KASSA1', day(0)],
      ['till.version', 'KASSA2', day(2)],
      ['server.unreachable', null, day(3, 9)],
      ['server.reachable', null, day(3, 12)],
    ]);
    expect(q.findingEpisodes().map((e) => [e.code, e.started, e.ended])).toEqual([['VERSION_MISMATCH', day(1), null]]);
    expect(q.versionTimeline().map((x) => [x.till, x.intervals.map((i) => [i.version, i.from])])).toEqual([
      ['KASSA1', [['38,5', day(0)]]],
      ['KASSA2', [['38,6', day(2)]]],
    ]);

    store.recordPoll(ok(day(40), fleet('38,6')), []);
    expect(q.events().map((e) => [e.type, e.at])).toEqual([
      ['till.seen', day(0)],
      ['till.version', day(2)],
      ['finding.cleared', day(40)],
    ]);
    expect(q.findingEpisodes()).toMatchObject([{ code: 'VERSION_MISMATCH', started: day(1), ended: day(40) }]);
    expect(q.uptimeByDay().reduce((n, d) => n + d.pollsOk + d.pollsFailed, 0)).toBe(10);
  });

  it('counts polls per hour and rolls hours older than the horizon up per day, keeping the totals', () => {
    const store = open({ config: { retention: { hourlyDays: 1 } } });
    const start = Date.parse('2026-11-20T00:00:00.000Z');
    let failed = 0;
    for (let minute = 0; minute < 4 * 24 * 60; minute += 10) {
      const at = new Date(start + minute * 60_000).toISOString();
      const isDown = minute % 1440 === 600;
      if (isDown) failed += 1;
      store.recordPoll(isDown ? down(at) : ok(at, fleet()), []);
    }
    const days = store.queries()!.uptimeByDay();
    expect(days.reduce((n, d) => n + d.pollsOk + d.pollsFailed, 0)).toBe(4 * 24 * 6);
    expect(days.reduce((n, d) => n + d.pollsFailed, 0)).toBe(failed);
    expect(Math.max(...days.map((d) => d.latencyMaxMs ?? 0))).toBe(5000);
    store.close();
    const db = openSqlite(join(dir, 'history.db'), 'en', { readonly: true });
    const hours = db.prepare('SELECT count(*) AS n FROM poll_hour').get() as { n: number };
    const rolled = db.prepare('SELECT count(*) AS n FROM poll_day').get() as { n: number };
    db.close();
    expect(hours.n).toBeLessThanOrEqual(25);
    expect(rolled.n).toBeGreaterThanOrEqual(2);
  });

  it('migrates an empty file to the current schema in WAL mode', () => {
    writeFileSync(join(dir, 'history.db'), '');
    const store = open();
    store.recordPoll(ok('2026-11-25T07:00:00.000Z', fleet()), []);
    store.close();
    const db = openSqlite(join(dir, 'history.db'), 'en', { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('opens the file with synchronous=FULL unless told otherwise, on either driver (a power cut loses at most the poll in flight)', () => {
    const path = join(dir, 'history.db');
    const settings = (db: ReturnType<typeof openSqlite>) => [db.pragma('synchronous', { simple: true }), db.pragma('journal_mode', { simple: true })];
    // SQLite's numbers: 1 NORMAL, 2 FULL.
    const full = openHistoryFile(path, 'en').db;
    expect(settings(full)).toEqual([2, 'wal']);
    full.close();
    const normal = openHistoryFile(path, 'en', 'normal').db;
    expect(settings(normal)).toEqual([1, 'wal']);
    normal.close();
  });

  it('refuses a file from a newer Kassavakt and leaves its bytes untouched', () => {
    const path = join(dir, 'history.db');
    const db = openSqlite(path, 'en');
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${SCHEMA_VERSION + 7}`);
    db.close();
    const before = readFileSync(path);
    expect(() => open()).toThrow(UserError);
    expect(() => open()).toThrow(/newer Kassavakt.*not changed/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['history.db']);
  });

  it.each([
    ['random bytes', (path: string) => writeFileSync(path, Buffer.from(Array.from({ length: 16384 }, (_, i) => (i * 7919) % 251)))],
    ['a truncated file', (path: string) => {
      const db = openSqlite(path, 'en');
      db.exec('CREATE TABLE filler (x); ');
      const insert = db.prepare('INSERT INTO filler VALUES (?)');
      db.transaction(() => {
        for (let i = 0; i < 500; i += 1) insert.run('x'.repeat(200));
      });
      db.close();
      truncateSync(path, 6000);
    }],
  ])('moves a damaged file (%s) aside, never deletes it, and starts a fresh history', (_name, damage) => {
    const path = join(dir, 'history.db');
    damage(path);
    const damaged = readFileSync(path);
    const store = open();
    expect(store.quarantinedTo).toMatch(/history\.db\.corrupt-\d{4}-\d\d-\d\dT/);
    expect(readFileSync(store.quarantinedTo!).equals(damaged)).toBe(true);
    expect(store.quarantineNotice()).toContain(store.quarantinedTo!);
    expect(store.recordPoll(ok('2026-11-25T07:00:00.000Z', fleet()), []).length).toBe(2);
    expect(store.queries()!.events().length).toBe(2);
  });

  it('keeps going when the folder cannot be written, warns once, and catches up when it can', () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where the data folder should be');
    const problems: string[] = [];
    const recovered: string[] = [];
    const store = open({ dataDir: join(blocker, 'data'), problems, recovered });
    expect(store.recordPoll(ok('2026-11-25T07:00:00.000Z', fleet()), []).length).toBe(2);
    expect(store.recordPoll(ok('2026-11-25T07:01:00.000Z', fleet('38,6')), [behind]).length).toBe(2);
    expect(store.recordPoll(ok('2026-11-25T07:02:00.000Z', fleet('38,6')), [behind])).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('cannot be saved');
    // The reason in words; the code is left to the log.
    expect(problems[0]).toBe(
      `The history cannot be saved in ${join(blocker, 'data')}: part of the path is a file, not a folder. Watching goes on, but changes are not saved until this is fixed.`,
    );
    expect(store.storageProblem()?.code).toMatch(/^E/);

    rmSync(blocker);
    store.recordPoll(ok('2026-11-25T07:03:00.000Z', fleet('38,6')), [behind]);
    expect(recovered).toHaveLength(1);
    expect(store.storageProblem()).toBeNull();
    store.close();
    const reopened = open({ dataDir: join(blocker, 'data') });
    expect(reopened.state().tills.get('KASSA2')?.version).toBe('38,6');
    expect(reopened.queries()!.openFindings().map((f) => f.key)).toEqual(['VERSION_MISMATCH']);
    expect(existsSync(join(blocker, 'data', 'history.db'))).toBe(true);
  });

  it('words every code that stops the history from being saved, in each language, and leaves the code out', () => {
    const codes = ['SQLITE_FULL', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_PERM', 'SQLITE_IOERR_FSYNC', 'SQLITE_CANTOPEN', 'SQLITE_CORRUPT', 'SQLITE_NOTADB',
      'SQLITE_BUSY', 'SQLITE_LOCKED', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EIO', 'EBUSY', 'ENOENT', 'ENOTDIR'];
    for (const code of codes) {
      const problem = storageProblem(Object.assign(new Error(`${code}: the driver's words`), { code }));
      expect(problem, code).toEqual({ code, detail: `${code}: the driver's words` });
      for (const lang of LANGS) expect(storageProblemText(problem!, lang), `${code} ${lang}`).not.toMatch(/SQLITE|\bE[A-Z]{2,}\b|driver/);
    }
    // A bug is not a storage problem: it is thrown, not reported as one.
    expect(storageProblem(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBeNull();
    expect(storageProblem(new TypeError('x is undefined'))).toBeNull();
  });

  it('replaces the file state from memory when the file opens only after a failed first open', () => {
    // The history exists with an open finding, but its folder is not there when the store starts
    // (e.g. a network drive not yet mounted); it appears before the next poll.
    const parent = join(dir, 'drive');
    const dataDir = join(parent, 'data');
    mkdirSync(parent);
    const before = open({ dataDir });
    before.recordPoll(ok('2026-11-25T07:00:00.000Z', fleet('38,6')), [behind]);
    before.close();
    renameSync(parent, join(dir, 'unmounted'));
    writeFileSync(parent, 'not a folder yet');

    const problems: string[] = [];
    const recovered: string[] = [];
    const store = open({ dataDir, problems, recovered });
    expect(store.queries()).toBeNull();
    expect(problems).toHaveLength(1);

    rmSync(parent);
    renameSync(join(dir, 'unmounted'), parent);
    expect(() => store.recordPoll(ok('2026-11-25T07:01:00.000Z', fleet('38,7')), [behind])).not.toThrow();
    expect(recovered).toHaveLength(1);
    expect(store.storageProblem()).toBeNull();
    expect(store.queries()!.openFindings().map((f) => f.key)).toEqual(['VERSION_MISMATCH']);
    store.close();

    const reopened = open({ dataDir });
    expect(reopened.state().tills.get('KASSA2')?.version).toBe('38,7');
    expect([...reopened.state().findings.keys()]).toEqual(['VERSION_MISMATCH']);
    expect(reopened.recordPoll(ok('2026-11-25T07:02:00.000Z', fleet('38,7')), [behind])).toEqual([]);
  });
});
