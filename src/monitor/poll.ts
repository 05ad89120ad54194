// The monitor: one open connection to the main till, polled again and again. A poll is two
// read-only requests (identity + sessions, then the tills through the profile) and always ends in a
// PollResult, never an exception; after a failed connection the next poll logs in afresh.
import { hostname } from 'node:os';
import sql from 'mssql';
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n.js';
import { fleetFromPoll, tillsFromProfileRows, type ProfileTill } from '../core/fleetFromPoll.js';
import type { PollResult, ServerIdentity, SessionInfo, UnreachableReason } from '../core/poll.js';
import { DEFAULT_PROFILE, IDENTITY_AND_SESSIONS_QUERY, profileBatch } from '../core/pollQueries.js';
import { formatServerString, requireServerString, type ServerAddress } from '../core/serverString.js';
import { poolConfig, resolveTarget } from './connection.js';
import { guardBatch } from './readOnlyGuard.js';
import { errorDetail, isConnectionFailure, unreachableReason } from './unreachable.js';

export interface MonitorOptions {
  /** The computer Kassavakt runs on; default os.hostname() without a domain. */
  localMachine?: string;
  now?: () => Date;
}

export { ReadOnlyRefusal } from './readOnlyGuard.js';

export class Monitor {
  readonly server: ServerAddress;
  private pool: sql.ConnectionPool | null = null;
  private connecting: Promise<sql.ConnectionPool> | null = null;
  private inFlight: Promise<PollResult> | null = null;
  private loginErrorNumbers: number[] = [];
  private readonly localMachine: string;
  private readonly now: () => Date;
  private readonly tillProgram: RegExp;

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
   * result sets. The guard refuses anything but SELECT/SET after the session preamble before it reaches the wire.
   */
  async query(batch: string): Promise<sql.IResult<Record<string, unknown>>> {
    guardBatch(batch, this.config.lang);
    const reused = this.pool?.connected === true;
    try {
      return await this.send(batch);
    } catch (error) {
      // An idle connection the server or network has closed since the last poll says nothing about
      // the main till now: log in again once and retry.
      if (reused && unreachableReason(error) === 'CONNECTION_LOST') return this.send(batch);
      throw error;
    }
  }

  private async send(batch: string): Promise<sql.IResult<Record<string, unknown>>> {
    const pool = await this.connect();
    try {
      return await pool.request().query<Record<string, unknown>>(batch);
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
    let server: ServerIdentity;
    let sessions: SessionInfo[];
    let ownSessionId: number | undefined;
    try {
      const identity = await this.query(IDENTITY_AND_SESSIONS_QUERY);
      ({ server, ownSessionId } = readIdentity(identity.recordsets));
      sessions = readSessions(identity.recordsets);
    } catch (error) {
      await this.dropPool();
      return { ok: false, at, latencyMs: elapsed(), ...this.failureOf(error) };
    }

    let profileTills: ProfileTill[] | null = null;
    let profileError: string | undefined;
    try {
      const result = await this.query(profileBatch(this.config.profile ?? DEFAULT_PROFILE));
      const recordset = result.recordsets.at(-1) as sql.IRecordSet<Record<string, unknown>> | undefined;
      const rows = tillsFromProfileRows(recordset ?? [], Object.keys(recordset?.columns ?? {}));
      if (rows.ok) profileTills = rows.tills;
      else profileError = t(this.config.lang, 'profile.noNameColumn');
    } catch (error) {
      if (isConnectionFailure(error)) {
        return { ok: false, at, latencyMs: elapsed(), ...this.failureOf(error) };
      }
      // The driver's own words (or the refusal), for the log and `status --json`; what a store
      // manager reads is the PROFILE_FAILED finding (assessPoll).
      profileError = errorDetail(error);
    }

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
    return { ok: true, at, latencyMs: elapsed(), server, sessions, snapshot, ...(profileError !== undefined ? { profileError } : {}) };
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

function readIdentity(recordsets: unknown): { server: ServerIdentity; ownSessionId?: number } {
  const row = (recordsets as Record<string, unknown>[][])[0]?.[0] ?? {};
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());
  const server = { machineName: text(row.machineName), productVersion: text(row.productVersion), database: text(row.databaseName) };
  return typeof row.ownSessionId === 'number' ? { server, ownSessionId: row.ownSessionId } : { server };
}

function readSessions(recordsets: unknown): SessionInfo[] {
  const rows = (recordsets as Record<string, unknown>[][])[1] ?? [];
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
