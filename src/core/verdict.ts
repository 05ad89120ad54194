// The connection doctor's judgement, pure: the states its probes saw for one server string → one
// verdict code, and the code → a plain explanation and a fix in the user's language.
import { joinList, t, type Lang } from './i18n.js';
import { DEFAULT_SQL_PORT } from './serverString.js';

/** Name resolution: a name resolved (or not); an IPv4 address needs none. */
export type DnsState = { state: 'resolved'; addresses: string[] } | { state: 'failed'; code: string } | { state: 'notNeeded' };

/** PortQry's words: listening, not listening (refused), filtered (no answer); plus "no route to it". */
export type TcpState =
  | { state: 'listening'; port: number }
  | { state: 'refused'; port: number }
  | { state: 'filtered'; port: number }
  | { state: 'unreachable'; port: number; code: string };

export type BrowserState =
  | { state: 'found'; port: number; instances: string[] }
  | { state: 'foundWithoutTcp'; instances: string[] }
  | { state: 'notFound'; instances: string[] }
  | { state: 'silent'; refused: boolean };

/** Whether the computer answers at all (any TCP answer on a port every Windows PC has). */
export type HostState = { state: 'answers' } | { state: 'silent' } | { state: 'unreachable'; code: string };

export type LoginState =
  | { state: 'ok' }
  | { state: 'failed'; number?: number }
  | { state: 'databaseMissing'; database: string }
  | { state: 'timeout' }
  | { state: 'error'; detail: string };

export type QueryState = { state: 'ok' } | { state: 'failed'; detail: string };

/** What was seen for one server string; a probe that did not run (not needed, or an earlier one failed) is absent. */
export interface TargetStates {
  host: string;
  instance?: string;
  dns: DnsState;
  browser?: BrowserState;
  tcp?: TcpState;
  hostAlive?: HostState;
  login?: LoginState;
  query?: QueryState;
}

export const VERDICT_CODES = [
  'OK',
  'DNS_FAILED',
  'HOST_UNREACHABLE',
  'NOTHING_LISTENING',
  'PORT_CLOSED',
  'PORT_FILTERED',
  'BROWSER_SILENT',
  'INSTANCE_NOT_FOUND',
  'TCP_DISABLED',
  'LOGIN_FAILED',
  'DATABASE_MISSING',
  'LOGIN_TIMEOUT',
  'CONNECTION_FAILED',
  'QUERY_FAILED',
] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];

export interface Verdict {
  code: VerdictCode;
  host: string;
  instance?: string;
  port?: number;
  /** Instances the Browser listed, for INSTANCE_NOT_FOUND. */
  instances?: string[];
  /** SQL Server's error number, for LOGIN_FAILED. */
  errorNumber?: number;
  database?: string;
}

/** The first thing that stands between this PC and the database, in the order a connection meets them. */
export function judgeTarget(s: TargetStates): Verdict {
  const base = { host: s.host, ...(s.instance ? { instance: s.instance } : {}) };
  if (s.dns.state === 'failed') return { ...base, code: 'DNS_FAILED' };
  const port = s.tcp?.port;
  const silentHost = s.hostAlive?.state === 'silent' || s.hostAlive?.state === 'unreachable';
  if (s.tcp?.state === 'unreachable' || (silentHost && s.tcp?.state !== 'listening' && s.tcp?.state !== 'refused')) {
    return { ...base, code: 'HOST_UNREACHABLE' };
  }
  if (s.browser?.state === 'notFound') return { ...base, code: 'INSTANCE_NOT_FOUND', instances: s.browser.instances };
  if (s.browser?.state === 'foundWithoutTcp') return { ...base, code: 'TCP_DISABLED' };
  if (s.browser?.state === 'silent') {
    // Without the Browser the instance's port is unknown; the standard port 1433 tells the rest.
    if (s.tcp?.state === 'refused') return { ...base, code: 'NOTHING_LISTENING', port };
    if (s.tcp?.state === 'filtered') return { ...base, code: 'PORT_FILTERED', port };
    return { ...base, code: 'BROWSER_SILENT' };
  }
  if (s.tcp?.state === 'refused') return { ...base, code: 'PORT_CLOSED', port };
  if (s.tcp?.state === 'filtered') return { ...base, code: 'PORT_FILTERED', port };
  const login = s.login;
  if (!login || login.state === 'error') {
    return { ...base, code: 'CONNECTION_FAILED', port };
  }
  if (login.state === 'timeout') return { ...base, code: 'LOGIN_TIMEOUT', port };
  if (login.state === 'databaseMissing') return { ...base, code: 'DATABASE_MISSING', database: login.database };
  if (login.state === 'failed') return { ...base, code: 'LOGIN_FAILED', ...(login.number ? { errorNumber: login.number } : {}) };
  if (s.query?.state !== 'ok') return { ...base, code: 'QUERY_FAILED' };
  return { ...base, code: 'OK', port };
}

/** The SQL Server answered for this instance (the address is right, whatever the login said). */
export function reachedServer(verdict: Verdict): boolean {
  return ['OK', 'LOGIN_FAILED', 'DATABASE_MISSING', 'QUERY_FAILED'].includes(verdict.code);
}

export interface VerdictText {
  explanation: string;
  fix: string;
}

/** The verdict in words a store manager understands; `working` is a server string that did work. */
export function describeVerdict(lang: Lang, verdict: Verdict, working?: string): VerdictText {
  const params = {
    host: verdict.host,
    instance: verdict.instance ?? 'PCKASSA',
    port: verdict.port ?? DEFAULT_SQL_PORT,
    instances: joinList(lang, verdict.instances ?? []),
    number: verdict.errorNumber ?? '?',
    database: verdict.database ?? '',
  };
  const key = verdict.code;
  const explanation = t(lang, `doctor.verdict.${key}`, params);
  const fix = working && key !== 'OK' ? t(lang, 'doctor.fix.useWorking', { server: working }) : t(lang, `doctor.fix.${key}`, params);
  return { explanation, fix };
}
