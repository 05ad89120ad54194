// The monitor: one open connection to the main till, polled again and again. A poll is ONE read-only
// request (core/pollQueries: identity, sessions, the health statements when due, the tills through
// the profile), always, and always ends in a PollResult, never an exception; after a failed connection
// the next poll logs in afresh. The batch is streamed, so the result sets before a failed statement
// and every statement's error are kept (mssql's plain query() drops them all at the first error).
import { hostname } from 'node:os';
import sql from 'mssql';
import { pieceOutcomes, statementErrorText, type BatchParts, type BatchRecordset, type PieceOutcome, type StatementError } from '../core/batchOutcome.js';
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n.js';
import { fleetFromPoll, tillsFromProfileRows, type ProfileTill } from '../core/fleetFromPoll.js';
import { backupsFromRows, databaseFromIdentity, editionFromIdentity, startedAtFromRows, volumeFromRows } from '../core/healthRows.js';
import type { HealthPiece, MainTillReading } from '../core/mainTill.js';
import type { PollResult, ServerIdentity, SessionInfo, UnreachableReason } from '../core/poll.js';
import { DEFAULT_PROFILE, POLL_SESSION_PREAMBLE, pollBatch, type BatchPiece, type PollBatch } from '../core/pollQueries.js';
import { formatServerString, requireServerString, type ServerAddress } from '../core/serverString.js';
import { poolConfig, resolveTarget } from './connection.js';
import { guardBatch, ReadOnlyRefusal } from './readOnlyGuard.js';
import { errorDetail, isConnectionFailure, unreachableReason } from './unreachable.js';

export interface MonitorOptions {
  /** The computer Kassavakt runs on; default os.hostname() without a domain. */
  localMachine?: string;
  now?: () => Date;
}

export { ReadOnlyRefusal } from './readOnlyGuard.js';

/** How many accepted batch texts a monitor remembers (the few it sends again and again). */
const ACCEPTED_BATCHES = 8;

export class Monitor {
  readonly server: ServerAddress;
  private pool: sql.ConnectionPool | null = null;
  private connecting: Promise<sql.ConnectionPool> | null = null;
  private inFlight: Promise<PollResult> | null = null;
  private loginErrorNumbers: number[] = [];
  private readonly localMachine: string;
  private readonly now: () => Date;
  private readonly tillProgram: RegExp;
  private readonly healthIntervalMs: number;
  /** The latest health reading: every poll carries it, a new one is read when it is due. */
  private health: MainTillReading | null = null;
  /** The guard's refusal of the configured profile alone ('' when it passes): the rest of the poll goes. */
  private profileRefusal: string | null = null;
  /** Batches the read-only guard accepted: a monitor sends a handful (plain poll, poll with health, ping). */
  private readonly accepted = new Set<string>();
  /** When the profile made the whole batch fail to compile, and the server's words. */
  private profileNotCompiling: { at: number; detail: string } | null = null;
  private readonly plans = new Map<string, PollBatch>();
  /** The server's identity as the last poll that read it gave it. */
  private identity: ServerIdentity | null = null;

  /** Throws a UserError when the config names no valid server. */
  constructor(
    private readonly config: Config,
    options: MonitorOptions = {},
  ) {
    if (config.server === undefined) throw new UserError(t(config.lang, 'connection.noServer'));
    this.server = requireServerString(config.server, config.lang);
    this.localMachine = options.localMachine ?? hostname().split('.')[0]!;
    this.now = options.now ?? (() => new Date());
    this.tillProgram = new RegExp(config.tillProgramPattern, 'i');
    this.healthIntervalMs = config.health.intervalMinutes * 60_000;
  }

  /** Polls once; a call while a poll is running shares that poll. */
  poll(): Promise<PollResult> {
    this.inFlight ??= this.pollNow().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /**
   * Runs one read-only batch on the open connection (connecting first if needed) and returns its
   * result sets. The guard refuses anything but SELECT/SET after the session preamble before it
   * reaches the wire. Sent as a plain SQL batch (no parameters, so no sp_executesql around it).
   */
  query(batch: string): Promise<sql.IResult<Record<string, unknown>>> {
    return this.guarded(batch, (pool) => pool.request().batch<Record<string, unknown>>(batch));
  }

  /**
   * Like `query`, but keeps every result set and every statement's error, in the order they came:
   * rejects only when the request itself failed (connection, timeout).
   */
  queryParts(batch: string): Promise<BatchParts> {
    return this.guarded(batch, (pool) => streamBatch(pool, batch));
  }

  private async guarded<T>(batch: string, send: (pool: sql.ConnectionPool) => Promise<T>): Promise<T> {
    // The guard is a pure function of the text: a poll's batch, the same every minute, is checked once.
    if (!this.accepted.has(batch)) {
      guardBatch(batch, this.config.lang);
      if (this.accepted.size >= ACCEPTED_BATCHES) this.accepted.clear();
      this.accepted.add(batch);
    }
    const reused = this.pool?.connected === true;
    try {
      return await this.send(send);
    } catch (error) {
      // An idle connection the server or network has closed since the last poll says nothing about
      // the main till now: log in again once and retry.
      if (reused && unreachableReason(error) === 'CONNECTION_LOST') return this.send(send);
      throw error;
    }
  }

  private async send<T>(send: (pool: sql.ConnectionPool) => Promise<T>): Promise<T> {
    const pool = await this.connect();
    try {
      return await send(pool);
    } catch (error) {
      if (isConnectionFailure(error)) await this.dropPool();
      throw error;
    }
  }

  /** The verdict on an error from `query`, using what the server said while logging in. */
  failureOf(error: unknown): { reason: UnreachableReason; detail: string } {
    return { reason: unreachableReason(error, this.loginErrorNumbers), detail: errorDetail(error) };
  }

  async close(): Promise<void> {
    await this.inFlight?.catch(() => undefined);
    await this.dropPool();
  }

  private async pollNow(): Promise<PollResult> {
    const startedAt = this.now();
    const started = performance.now();
    const at = startedAt.toISOString();
    const elapsed = () => Math.round(performance.now() - started);
    const healthDue = this.health === null || startedAt.getTime() - Date.parse(this.health.readAt) >= this.healthIntervalMs;
    const profile = this.profileForPoll(startedAt.getTime());

    const plan = this.plan(healthDue, profile.sql);
    let parts: BatchParts;
    try {
      parts = await this.queryParts(plan.sql);
    } catch (error) {
      await this.dropPool();
      return { ok: false, at, latencyMs: elapsed(), ...this.failureOf(error) };
    }
    const outcomes = pieceOutcomes(plan.statements, parts);
    const identity = outcomes.get('identity')!;
    if (identity.kind !== 'rows') {
      if (!profileKeptBatchFromCompiling(plan, parts)) return { ok: false, at, latencyMs: elapsed(), reason: 'OTHER', detail: statementErrorText(parts.errors) };
      // SQL Server compiles a batch whole: a profile with a syntax error or an unknown column of an
      // existing table fails every statement. Nothing was read; the next polls go without the profile
      // (and read the health, still due) until it is due to be tried again.
      const detail = statementErrorText(parts.errors);
      this.profileNotCompiling = { at: startedAt.getTime(), detail };
      return this.success(at, elapsed(), this.identity ?? { machineName: '', productVersion: '', database: '' }, { sessions: null, profileTills: null, profileError: detail });
    }
    const identityRow = identity.recordset.rows[0] ?? {};
    const { server, ownSessionId } = readIdentity(identityRow);
    this.identity = server;

    const sessionsOutcome = outcomes.get('sessions')!;
    const sessions = sessionsOutcome.kind === 'rows' ? readSessions(sessionsOutcome.recordset.rows) : null;
    const sessionsError = sessionsOutcome.kind === 'rows' ? undefined : outcomeText(sessionsOutcome, parts.errors);

    if (healthDue) this.health = readHealth(outcomes, parts.errors, server, identityRow, at);

    let profileTills: ProfileTill[] | null = null;
    let profileError = profile.error;
    if (profile.sql !== null) {
      const outcome = outcomes.get('profile')!;
      if (outcome.kind === 'rows') {
        const rows = tillsFromProfileRows(outcome.recordset.rows, outcome.recordset.columns);
        if (rows.ok) profileTills = rows.tills;
        else profileError = t(this.config.lang, 'profile.noNameColumn');
      } else {
        // The driver's own words (or the refusal), for the log and `status --json`; what a store
        // manager reads is the PROFILE_FAILED finding (assessPoll).
        profileError = outcomeText(outcome, parts.errors) || t(this.config.lang, 'profile.noNameColumn');
      }
    }
    return this.success(at, elapsed(), server, {
      sessions,
      ...(ownSessionId !== undefined ? { ownSessionId } : {}),
      profileTills,
      ...(profileError !== undefined ? { profileError } : {}),
      ...(sessionsError !== undefined ? { sessionsError } : {}),
    });
  }

  /** A poll that reached the main till, with the latest health reading. */
  private success(
    at: string,
    latencyMs: number,
    server: ServerIdentity,
    read: { sessions: SessionInfo[] | null; ownSessionId?: number; profileTills: ProfileTill[] | null; profileError?: string; sessionsError?: string },
  ): PollResult {
    const { sessions, ownSessionId, profileTills, profileError, sessionsError } = read;
    const snapshot = fleetFromPoll({
      at,
      server,
      serverString: formatServerString(this.server),
      sessions,
      ...(ownSessionId !== undefined ? { ownSessionId } : {}),
      profileTills,
      localMachine: this.localMachine,
      tillProgram: this.tillProgram,
    });
    return {
      ok: true,
      at,
      latencyMs,
      server,
      sessions,
      snapshot,
      ...(profileError !== undefined ? { profileError } : {}),
      ...(sessionsError !== undefined ? { sessionsError } : {}),
      ...(this.health !== null ? { mainTill: this.health } : {}),
    };
  }

  /** The poll's batch: the same few texts every time (the profile is the settings', or left out). */
  private plan(health: boolean, profile: string | null): PollBatch {
    const key = `${health ? 'health' : 'plain'}${profile === null ? '' : '+profile'}`;
    let plan = this.plans.get(key);
    if (plan === undefined) this.plans.set(key, (plan = pollBatch({ health, profile })));
    return plan;
  }

  /** The profile to send this poll, or null with the reason it is left out. */
  private profileForPoll(now: number): { sql: string | null; error?: string } {
    const profile = this.config.profile ?? DEFAULT_PROFILE;
    this.profileRefusal ??= refusalOf(profile, this.config.lang);
    if (this.profileRefusal !== '') return { sql: null, error: this.profileRefusal };
    const broken = this.profileNotCompiling;
    if (broken !== null && now - broken.at < this.healthIntervalMs) return { sql: null, error: broken.detail };
    return { sql: profile };
  }

  private connect(): Promise<sql.ConnectionPool> {
    if (this.pool?.connected) return Promise.resolve(this.pool);
    this.connecting ??= this.openPool().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async openPool(): Promise<sql.ConnectionPool> {
    await this.dropPool();
    this.loginErrorNumbers = [];
    const target = await resolveTarget(this.server, this.config);
    const pool = new sql.ConnectionPool(
      poolConfig(this.config, target, { onLoginError: (number) => this.loginErrorNumbers.push(number) }),
    );
    // A pool-level error (e.g. the idle connection dropped) must not crash the process; the next
    // request finds the pool unusable and reconnects.
    pool.on('error', () => undefined);
    try {
      await pool.connect();
    } catch (error) {
      await pool.close().catch(() => undefined);
      throw error;
    }
    this.pool = pool;
    return pool;
  }

  private async dropPool(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close().catch(() => undefined);
  }
}

/** One poll with a fresh connection, closed afterwards: for `status` and other one-shot commands. */
export async function pollOnce(config: Config, options: MonitorOptions = {}): Promise<PollResult> {
  const monitor = new Monitor(config, options);
  try {
    return await monitor.poll();
  } finally {
    await monitor.close();
  }
}

function readIdentity(row: Record<string, unknown>): { server: ServerIdentity; ownSessionId?: number } {
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());
  const server: ServerIdentity = { machineName: text(row.machineName), productVersion: text(row.productVersion), database: text(row.databaseName) };
  if (text(row.loginName) !== '') server.login = text(row.loginName);
  return typeof row.ownSessionId === 'number' ? { server, ownSessionId: row.ownSessionId } : { server };
}

function readSessions(rows: readonly Record<string, unknown>[]): SessionInfo[] {
  const byId = new Map<number, SessionInfo>();
  for (const row of rows) {
    const sessionId = Number(row.sessionId);
    if (!Number.isInteger(sessionId) || byId.has(sessionId)) continue;
    const session: SessionInfo = {
      sessionId,
      hostName: typeof row.hostName === 'string' ? row.hostName.trim() : '',
      programName: typeof row.programName === 'string' ? row.programName.trim() : '',
    };
    if (typeof row.loginName === 'string' && row.loginName) session.loginName = row.loginName;
    if (typeof row.address === 'string' && row.address) session.address = row.address.trim();
    if (row.loginTime instanceof Date && !Number.isNaN(row.loginTime.getTime())) session.loginTime = row.loginTime.toISOString();
    byId.set(sessionId, session);
  }
  return [...byId.values()];
}

/** Why the guard refuses the profile, in the user's language; '' when it passes. */
function refusalOf(profile: string, lang: Config['lang']): string {
  try {
    guardBatch(POLL_SESSION_PREAMBLE + profile, lang);
    return '';
  } catch (error) {
    if (error instanceof ReadOnlyRefusal) return error.message;
    throw error;
  }
}

/**
 * Whether the batch failed to compile because of the profile: SQL Server names a line of the profile
 * (the last statement), not one of Kassavakt's own statements, which would be a failure of its own.
 */
function profileKeptBatchFromCompiling(plan: PollBatch, parts: BatchParts): boolean {
  const profile = plan.statements.find((statement) => statement.piece === 'profile');
  return profile !== undefined && parts.errors.length > 0 && parts.errors.every((e) => e.lineNumber >= profile.firstLine);
}

/** The server's words for a statement that gave no rows: its own errors, or what ended the batch. */
function outcomeText(outcome: PieceOutcome, all: readonly StatementError[]): string {
  if (outcome.kind === 'failed') return statementErrorText(outcome.errors);
  return all.length > 0 ? statementErrorText([all.at(-1)!]) : '';
}

/** The pieces each health statement reads, for HEALTH_UNKNOWN when the login may not read it. */
const HEALTH_PIECES_OF: ReadonlyArray<[BatchPiece, HealthPiece[]]> = [
  ['serverState', ['volume', 'serverStart']],
  ['backups', ['backups']],
];

/** Built field by field (in the order status --json shows them): only the pieces that could be read. */
function readHealth(
  outcomes: Map<BatchPiece, PieceOutcome>,
  errors: readonly StatementError[],
  server: ServerIdentity,
  identityRow: Record<string, unknown>,
  readAt: string,
): MainTillReading {
  const unreadable: MainTillReading['unreadable'] = [];
  for (const [statement, pieces] of HEALTH_PIECES_OF) {
    const outcome = outcomes.get(statement)!;
    if (outcome.kind !== 'rows') for (const piece of pieces) unreadable.push({ piece, detail: outcomeText(outcome, errors) });
  }
  const state = outcomes.get('serverState');
  const stateRows = state?.kind === 'rows' ? state.recordset.rows : undefined;
  const backups = outcomes.get('backups');
  const reading = editionFromIdentity(identityRow) as MainTillReading;
  const startedAt = stateRows && startedAtFromRows(stateRows);
  if (startedAt !== undefined) reading.startedAt = startedAt;
  const database = databaseFromIdentity(server.database, identityRow);
  if (database !== undefined) reading.database = database;
  if (backups?.kind === 'rows') reading.backups = backupsFromRows(backups.recordset.rows);
  const volume = stateRows && volumeFromRows(stateRows);
  if (volume !== undefined) reading.volume = volume;
  reading.readAt = readAt;
  reading.unreadable = unreadable;
  return reading;
}

/** Streams one batch: every result set with its rows, and every statement's error, in order. */
function streamBatch(pool: sql.ConnectionPool, batch: string): Promise<BatchParts> {
  const request = pool.request();
  request.stream = true;
  const parts: BatchParts = { recordsets: [], errors: [] };
  const seen = new Set<string>();
  let current: BatchRecordset | null = null;
  let failure: unknown;
  request.on('recordset', (columns: Record<string, { index: number; name: string }>) => {
    current = { columns: Object.values(columns).sort((a, b) => a.index - b.index).map((c) => c.name), rows: [] };
    parts.recordsets.push(current);
  });
  request.on('row', (row: Record<string, unknown>) => current?.rows.push(row));
  request.on('error', (error: unknown) => {
    const statement = statementError(error);
    if (statement === null) {
      failure ??= error;
      return;
    }
    // mssql reports a server error twice (as it arrives and again from tedious' summary at the end).
    const key = `${statement.number}:${statement.lineNumber}:${statement.message}`;
    if (!seen.has(key)) parts.errors.push(statement);
    seen.add(key);
  });
  return request.batch(batch).then(() => {
    if (failure !== undefined) throw failure;
    return parts;
  });
}

/** A statement's error as SQL Server sent it; null for anything else (socket, timeout, cancel). */
function statementError(error: unknown): StatementError | null {
  const e = error as { code?: unknown; message?: unknown; number?: unknown; lineNumber?: unknown; originalError?: { number?: unknown; info?: { number?: unknown } } };
  if (e.code !== 'EREQUEST') return null;
  const number = [e.number, e.originalError?.info?.number, e.originalError?.number].find((n): n is number => typeof n === 'number');
  if (number === undefined) return null;
  return { number, message: String(e.message ?? ''), lineNumber: typeof e.lineNumber === 'number' ? e.lineNumber : 0 };
}
