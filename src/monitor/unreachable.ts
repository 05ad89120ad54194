// Why the main till could not be read: driver and socket errors mapped to UnreachableReason codes,
// so the user sees a verdict from the catalog and the driver's own words go to the log only.
import type { UnreachableReason } from '../core/poll.js';

/** An error we raise ourselves (Browser lookup, DNS) with the verdict already decided. */
export class UnreachableError extends Error {
  constructor(
    readonly reason: UnreachableReason,
    message: string,
  ) {
    super(message);
    this.name = 'UnreachableError';
  }
}

/**
 * SQL Server's "Cannot open database requested by the login" (sent before the generic 18456): the login
 * worked but the database is missing. The one place this number is known (the poll and the doctor).
 */
export const CANNOT_OPEN_DATABASE = 4060;

const SOCKET_CODES: Record<string, UnreachableReason> = {
  ENOTFOUND: 'DNS_FAILED',
  EAI_AGAIN: 'DNS_FAILED',
  EAI_NONAME: 'DNS_FAILED',
  ECONNREFUSED: 'PORT_CLOSED',
  ECONNRESET: 'CONNECTION_LOST',
  EPIPE: 'CONNECTION_LOST',
  ECONNABORTED: 'CONNECTION_LOST',
  ETIMEDOUT: 'TIMEOUT',
  EHOSTUNREACH: 'TIMEOUT',
  ENETUNREACH: 'TIMEOUT',
  EHOSTDOWN: 'TIMEOUT',
};

/**
 * Classifies an error from connecting or querying. `loginErrorNumbers` are the SQL error numbers the
 * server sent during login (the driver keeps only the text).
 */
export function unreachableReason(error: unknown, loginErrorNumbers: readonly number[] = []): UnreachableReason {
  if (error instanceof UnreachableError) return error.reason;
  const codes = errorCodes(error);
  for (const code of codes) if (code in SOCKET_CODES) return SOCKET_CODES[code]!;
  if (codes.includes('ELOGIN')) return loginErrorNumbers.includes(CANNOT_OPEN_DATABASE) ? 'DATABASE_MISSING' : 'LOGIN_FAILED';
  if (codes.includes('EINSTLOOKUP')) return 'INSTANCE_NOT_FOUND';
  if (codes.includes('ETIMEOUT')) return 'TIMEOUT';
  if (codes.some((c) => c === 'ESOCKET' || c === 'ECONNCLOSED' || c === 'ECLOSE' || c === 'ENOCONN')) return 'CONNECTION_LOST';
  return 'OTHER';
}

/** True when the connection itself is in doubt (as opposed to one statement failing on the server). */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof UnreachableError) return true;
  return errorCodes(error).some((c) => c in SOCKET_CODES || ['ELOGIN', 'EINSTLOOKUP', 'ETIMEOUT', 'ESOCKET', 'ECONNCLOSED', 'ECLOSE', 'ENOCONN', 'ECANCEL'].includes(c));
}

/** Codes along the error's chain: mssql wraps tedious (originalError), tedious wraps the socket (cause). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, originalError, cause, errors } = current as { code?: unknown; originalError?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    // AggregateError from a multi-address connect: the first attempt's reason stands for all.
    if (Array.isArray(errors) && errors.length > 0) codes.push(...errorCodes(errors[0]));
    current = originalError ?? cause;
  }
  return codes;
}

/** The driver's words for the log: message plus codes, never a password (drivers do not echo one). */
export function errorDetail(error: unknown): string {
  if (error instanceof Error) {
    const codes = errorCodes(error);
    return codes.length ? `${error.message} [${[...new Set(codes)].join(',')}]` : error.message;
  }
  return String(error);
}
