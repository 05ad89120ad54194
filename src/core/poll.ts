// The result of one poll of the main till: what the monitor produces and everything else consumes.
import type { FleetSnapshot } from './fleet.js';
import type { MainTillReading } from './mainTill.js';

export interface ServerIdentity {
  machineName: string;
  productVersion: string;
  database: string;
  /** The login Kassavakt reads with, as the server names it (SUSER_SNAME()). */
  login?: string;
}

/** A connected session as SQL Server lists it (sys.dm_exec_sessions + dm_exec_connections). */
export interface SessionInfo {
  sessionId: number;
  hostName: string;
  programName: string;
  loginName?: string;
  address?: string;
  loginTime?: string;
}

/** Why the main till could not be read, as a code; the wording comes from the catalog. */
export type UnreachableReason =
  | 'DNS_FAILED'
  | 'PORT_CLOSED'
  | 'TIMEOUT'
  | 'INSTANCE_NOT_FOUND'
  | 'LOGIN_FAILED'
  | 'DATABASE_MISSING'
  | 'CONNECTION_LOST'
  | 'OTHER';

export interface PollSuccess {
  ok: true;
  /** ISO time the poll started. */
  at: string;
  latencyMs: number;
  /** As the server names itself; '' for what it did not say (a batch that did not compile says nothing). */
  server: ServerIdentity;
  /** Null when not known this poll: not allowed (sessionsError) or not run (the batch did not compile). */
  sessions: SessionInfo[] | null;
  /**
   * Tills merged from the profile query and the sessions; roles resolved. `connected` is left out
   * while the sessions are not known; no tills at all when neither is known (see tillsKnown).
   */
  snapshot: FleetSnapshot;
  /**
   * Set when the tills query (the profile) failed, or was left out since it kept the batch from
   * compiling: sessions are still reported when they could be read.
   */
  profileError?: string;
  /** Set when the login may not read the connected sessions (no VIEW SERVER STATE): `sessions` is null. */
  sessionsError?: string;
  /**
   * The main till's own health: read on the first poll and then every `health.intervalMinutes`, in
   * the poll's one request; between readings the latest one (see `readAt`). Judged at `at`.
   */
  mainTill?: MainTillReading;
}

export interface PollFailure {
  ok: false;
  at: string;
  latencyMs: number;
  reason: UnreachableReason;
  /** The driver's own words, for the log; never shown alone to a store manager. */
  detail: string;
}

export type PollResult = PollSuccess | PollFailure;

/** Whether the poll could list the tills: from the profile, or from the sessions when the profile failed. */
export function tillsKnown(poll: Pick<PollSuccess, 'sessions' | 'profileError'>): boolean {
  return poll.profileError === undefined || poll.sessions !== null;
}
