// The history: records each poll's changes (and only those) plus its count, keeps the current state so a
// restart announces nothing twice, and keeps polling going when the disk refuses to store.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { diffPoll, emptyState, type Change, type KnownState, type KnownTill, type OpenFinding, type PendingPolls } from '../core/changes.js';
import { defaultConfig, type Config } from '../core/config.js';
import type { Edition } from '../core/version.js';
import type { Role } from '../core/fleet.js';
import type { Finding, FindingCode, Severity } from '../core/findings.js';
import { t, type Lang } from '../core/i18n.js';
import type { MainTillHealth } from '../core/mainTill.js';
import type { PollResult, UnreachableReason } from '../core/poll.js';
import type { SqliteDatabase, SqliteStatement } from '../platform/sqlite/index.js';
import { openHistoryFile, type Durability } from './historyFile.js';
import { HistoryQueries, VERSION_TYPES } from './historyQueries.js';
import { toEventRow } from './eventRow.js';
import { hourOf, localDay, PollCounter } from './pollCounts.js';
import { storageProblem, storageProblemText, type StorageProblem } from './storageProblem.js';

export const HISTORY_FILE = 'history.db';
const DAY_MS = 86_400_000;

export interface HistoryStoreOptions {
  /** The data folder (`dataDir()`); the file is `<dir>/history.db`. */
  dir: string;
  lang: Lang;
  /**
   * The user's settings (default: the defaults): `retention` (hourly counts rolled up per day, events
   * and closed episodes removed) and `notifications` (how many polls confirm an outage and its end).
   */
  config?: Pick<Config, 'retention' | 'notifications'>;
  durability?: Durability;
  /** Called once when storing starts failing (disk full, read-only folder), with a localized message that names no code. */
  onStorageProblem?: (problem: StorageProblem, message: string) => void;
  /** Called when storing works again after a problem. */
  onStorageRecovered?: (message: string) => void;
}

export class HistoryStore {
  readonly path: string;
  private quarantined: string | null = null;
  private db: SqliteDatabase | null = null;
  private writer: Writer | null = null;
  private reader: HistoryQueries | null = null;
  private known: KnownState = emptyState();
  private problem: StorageProblem | null = null;
  /** Set when the file may not hold the current state (a failed open or write): the next successful write rewrites all of it. */
  private stale = false;
  /** Whether an open was tried yet; only the first one loads the state from the file. */
  private openTried = false;
  private lastHour = -1;
  private readonly config: Pick<Config, 'retention' | 'notifications'>;

  constructor(private readonly options: HistoryStoreOptions) {
    this.path = join(options.dir, HISTORY_FILE);
    this.config = options.config ?? defaultConfig();
    this.open();
  }

  /** Where a damaged history file was moved to while opening, if that happened. */
  get quarantinedTo(): string | null {
    return this.quarantined;
  }

  /** The localized line telling the user a damaged file was moved aside, or null. */
  quarantineNotice(): string | null {
    return this.quarantinedTo === null ? null : t(this.options.lang, 'store.quarantined', { path: this.quarantinedTo });
  }

  /** The current storage problem (disk full, read-only), or null when the history is being saved. */
  storageProblem(): StorageProblem | null {
    return this.problem;
  }

  state(): KnownState {
    return this.known;
  }

  /**
   * Diffs the poll against the known state, stores the changes and the poll count in one transaction;
   * once an hour also the retention pass (roll-up of old hours, removal of old events and episodes).
   */
  recordPoll(poll: PollResult, findings: readonly Finding[]): Change[] {
    const previous = this.known;
    const { changes, next } = diffPoll(previous, poll, findings, this.config.notifications);
    this.known = next;
    if (this.db === null) this.open();
    if (this.writer === null) {
      this.stale = true;
      return changes;
    }
    const writer = this.writer;
    try {
      writer.transaction(() => {
        if (this.stale) writer.replaceState(next, poll.at);
        else writer.writeState(previous, next, changes);
        for (const change of changes) writer.insertEvent(change);
        const atMs = Date.parse(poll.at);
        // A fresh health reading is the day's size sample (the latest of the day wins).
        const database = poll.ok && poll.mainTill?.readAt === poll.at ? poll.mainTill.database : undefined;
        if (database !== undefined) writer.putSize(localDay(atMs), atMs, database);
        writer.counter.count(atMs, poll.ok, poll.latencyMs);
        if (hourOf(atMs) !== this.lastHour) {
          writer.counter.rollUp(atMs - this.config.retention.hourlyDays * DAY_MS);
          writer.removeBefore(atMs - this.config.retention.eventDays * DAY_MS);
          this.lastHour = hourOf(atMs);
        }
      });
      this.stale = false;
      if (this.problem !== null) {
        this.problem = null;
        this.options.onStorageRecovered?.(t(this.options.lang, 'store.diskRecovered', { dir: this.options.dir }));
      }
    } catch (error) {
      this.stale = true;
      this.failed(error);
    }
    return changes;
  }

  /** Read access (events, timelines, open findings, uptime); null while the file cannot be opened. */
  queries(): HistoryQueries | null {
    return this.reader;
  }

  close(): void {
    this.db?.close();
    this.db = null;
    this.writer = null;
    this.reader = null;
  }

  private attach(db: SqliteDatabase): void {
    this.db = db;
    this.writer = new Writer(db);
    this.reader = new HistoryQueries(db, () => this.known);
  }

  /**
   * The one way the file gets attached, at start and whenever it is not open. The first open loads the
   * current state from the file. Memory holds the current state after that, so any other attach (after a
   * failed open, or after close) marks the file stale: the next write replaces its state with memory's
   * instead of diffing against it (which would see every till as new and reopen open findings).
   */
  private open(): void {
    const first = !this.openTried;
    this.openTried = true;
    try {
      mkdirSync(this.options.dir, { recursive: true });
      const opened = openHistoryFile(this.path, this.options.lang, this.options.durability);
      if (opened.quarantinedTo !== null) this.quarantined = opened.quarantinedTo;
      this.attach(opened.db);
      if (first) this.known = this.writer!.loadState();
      else this.stale = true;
    } catch (error) {
      this.stale = true;
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    const problem = storageProblem(error);
    if (problem === null) throw error;
    if (this.problem === null) {
      this.problem = problem;
      const reason = storageProblemText(problem, this.options.lang);
      this.options.onStorageProblem?.(problem, t(this.options.lang, 'store.diskProblem', { dir: this.options.dir, reason }));
    }
  }
}

interface TillRow {
  key: string;
  name: string;
  version: string | null;
  edition: Edition | null;
  client_id: string | null;
  role: Role;
  connected: number;
}

interface EpisodeRow {
  key: string;
  code: FindingCode;
  severity: Severity;
  tills: string;
  message: string;
  started: number;
}

/** The prepared writes of one open file. */
class Writer {
  readonly counter: PollCounter;
  readonly transaction: (fn: () => void) => void;
  private readonly upsertTill: SqliteStatement;
  private readonly deleteTills: SqliteStatement;
  private readonly insertEventRow: SqliteStatement;
  private readonly openEpisode: SqliteStatement;
  private readonly closeEpisode: SqliteStatement;
  private readonly upsertServer: SqliteStatement;
  private readonly upsertPending: SqliteStatement;
  private readonly deletePending: SqliteStatement;
  private readonly deleteOldEvents: SqliteStatement<[number]>;
  private readonly deleteOldEpisodes: SqliteStatement<[number]>;
  private readonly upsertStarted: SqliteStatement<[number]>;
  private readonly upsertSize: SqliteStatement<[string, number, number, number, number | null]>;
  private readonly deleteOldSizes: SqliteStatement<[number]>;

  constructor(private readonly db: SqliteDatabase) {
    this.counter = new PollCounter(db);
    this.transaction = (fn) => db.transaction(fn);
    this.upsertTill = db.prepare(
      `INSERT INTO till (key, name, version, edition, client_id, role, connected)
       VALUES (@key, @name, @version, @edition, @client_id, @role, @connected)
       ON CONFLICT (key) DO UPDATE SET name = excluded.name, version = excluded.version, edition = excluded.edition,
         client_id = excluded.client_id, role = excluded.role, connected = excluded.connected`,
    );
    this.deleteTills = db.prepare('DELETE FROM till');
    this.insertEventRow = db.prepare('INSERT INTO event (at, type, till_key, data) VALUES (@at, @type, @till_key, @data)');
    this.openEpisode = db.prepare(
      'INSERT INTO finding_episode (key, code, severity, tills, message, started) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.closeEpisode = db.prepare('UPDATE finding_episode SET ended = ? WHERE key = ? AND ended IS NULL');
    this.upsertServer = db.prepare(
      `INSERT INTO server_state (id, reachable, since, reason, detail) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET reachable = excluded.reachable, since = excluded.since,
         reason = excluded.reason, detail = excluded.detail`,
    );
    this.upsertPending = db.prepare(
      `INSERT INTO server_pending (id, ok, count, since, reason, detail) VALUES (1, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET ok = excluded.ok, count = excluded.count, since = excluded.since,
         reason = excluded.reason, detail = excluded.detail`,
    );
    this.deletePending = db.prepare('DELETE FROM server_pending');
    // Each till's latest version event (the highest id: polls come in time order) stays, however old:
    // it says since when the till runs what it runs.
    this.deleteOldEvents = db.prepare(
      `DELETE FROM event WHERE at < ? AND id NOT IN (SELECT max(id) FROM event WHERE type IN ${VERSION_TYPES} GROUP BY till_key)`,
    );
    this.deleteOldEpisodes = db.prepare('DELETE FROM finding_episode WHERE ended < ?');
    this.upsertStarted = db.prepare('INSERT INTO main_till (id, started) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET started = excluded.started');
    this.upsertSize = db.prepare(
      `INSERT INTO main_till_size (day, at, data_mb, log_mb, used_mb) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (day) DO UPDATE SET at = excluded.at, data_mb = excluded.data_mb, log_mb = excluded.log_mb, used_mb = excluded.used_mb`,
    );
    this.deleteOldSizes = db.prepare('DELETE FROM main_till_size WHERE at < ?');
  }

  loadState(): KnownState {
    const state = emptyState();
    for (const row of this.db.prepare<[], TillRow>('SELECT * FROM till').iterate()) {
      state.tills.set(row.key, {
        name: row.name,
        version: row.version,
        edition: row.edition,
        clientId: row.client_id,
        role: row.role,
        connected: row.connected === 1,
      });
    }
    const episodes = this.db.prepare<[], EpisodeRow>('SELECT * FROM finding_episode WHERE ended IS NULL ORDER BY id').all();
    for (const row of episodes) {
      state.findings.set(row.key, {
        key: row.key,
        code: row.code,
        severity: row.severity,
        tills: JSON.parse(row.tills) as string[],
        message: row.message,
        since: new Date(row.started).toISOString(),
      });
    }
    const server = this.db
      .prepare<[], { reachable: number; since: number; reason: UnreachableReason | null; detail: string | null }>('SELECT * FROM server_state')
      .get();
    if (server) {
      state.server = {
        reachable: server.reachable === 1,
        since: new Date(server.since).toISOString(),
        ...(server.reason ? { reason: server.reason } : {}),
        ...(server.detail ? { detail: server.detail } : {}),
      };
    }
    const pending = this.db
      .prepare<[], { ok: number; count: number; since: number; reason: UnreachableReason | null; detail: string | null }>('SELECT * FROM server_pending')
      .get();
    if (pending) {
      state.pending = {
        ok: pending.ok === 1,
        count: pending.count,
        since: new Date(pending.since).toISOString(),
        ...(pending.reason ? { reason: pending.reason } : {}),
        ...(pending.detail ? { detail: pending.detail } : {}),
      };
    }
    const started = this.db.prepare<[], { started: number }>('SELECT started FROM main_till').get();
    if (started) state.mainTillStartedAt = new Date(started.started).toISOString();
    return state;
  }

  /** Writes what changed between two states (diffPoll replaces only the objects that changed). */
  writeState(previous: KnownState, next: KnownState, changes: readonly Change[]): void {
    for (const [key, till] of next.tills) if (previous.tills.get(key) !== till) this.putTill(key, till);
    for (const change of changes) {
      if (change.type === 'finding.raised') this.putEpisode(next.findings.get(change.key)!);
      if (change.type === 'finding.cleared') this.closeEpisode.run(Date.parse(change.at), change.key);
    }
    if (next.server !== previous.server && next.server !== null) this.putServer(next);
    if (next.pending !== previous.pending) this.putPending(next.pending);
    if (next.mainTillStartedAt !== previous.mainTillStartedAt && next.mainTillStartedAt !== null) this.upsertStarted.run(Date.parse(next.mainTillStartedAt));
  }

  /** Rewrites the whole current state, after writes were lost to a storage problem. */
  replaceState(state: KnownState, at: string): void {
    this.deleteTills.run();
    for (const [key, till] of state.tills) this.putTill(key, till);
    const openInFile = this.db.prepare<[], { key: string }>('SELECT key FROM finding_episode WHERE ended IS NULL').all();
    for (const { key } of openInFile) if (!state.findings.has(key)) this.closeEpisode.run(Date.parse(at), key);
    const open = new Set(openInFile.map((row) => row.key));
    for (const episode of state.findings.values()) if (!open.has(episode.key)) this.putEpisode(episode);
    if (state.server !== null) this.putServer(state);
    this.putPending(state.pending);
    if (state.mainTillStartedAt !== null) this.upsertStarted.run(Date.parse(state.mainTillStartedAt));
  }

  /** Events, closed finding episodes and size samples from before `ms` (epoch milliseconds). */
  removeBefore(ms: number): void {
    this.deleteOldEvents.run(ms);
    this.deleteOldEpisodes.run(ms);
    this.deleteOldSizes.run(ms);
  }

  /** The day's sample of the main till's database size. */
  putSize(day: string, atMs: number, database: NonNullable<MainTillHealth['database']>): void {
    this.upsertSize.run(day, atMs, database.dataMB, database.logMB, database.usedDataMB ?? null);
  }

  insertEvent(change: Change): void {
    this.insertEventRow.run(toEventRow(change));
  }

  private putTill(key: string, till: KnownTill): void {
    this.upsertTill.run({
      key,
      name: till.name,
      version: till.version,
      edition: till.edition,
      client_id: till.clientId,
      role: till.role,
      connected: till.connected ? 1 : 0,
    });
  }

  private putEpisode(episode: OpenFinding): void {
    this.openEpisode.run(episode.key, episode.code, episode.severity, JSON.stringify(episode.tills), episode.message, Date.parse(episode.since));
  }

  private putPending(pending: PendingPolls | null): void {
    if (pending === null) this.deletePending.run();
    else this.upsertPending.run(pending.ok ? 1 : 0, pending.count, Date.parse(pending.since), pending.reason ?? null, pending.detail ?? null);
  }

  private putServer(state: KnownState): void {
    const server = state.server!;
    this.upsertServer.run(server.reachable ? 1 : 0, Date.parse(server.since), server.reason ?? null, server.detail ?? null);
  }
}

export function openHistoryStore(options: HistoryStoreOptions): HistoryStore {
  return new HistoryStore(options);
}
