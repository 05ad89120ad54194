// Logs in to one instance on a known port exactly as the monitor does (its pool settings), but with
// the doctor's short timeouts and no retries, then runs SELECT 1. SQL Server's error numbers (18456
// login failed, 4060 database missing) come from the server's own error messages.
import sql from 'mssql';
import type { Config } from '../../core/config.js';
import type { LoginState, QueryState } from '../../core/verdict.js';
import { poolConfig } from '../connection.js';
import { CANNOT_OPEN_DATABASE } from '../unreachable.js';

export interface LoginProbeResult {
  login: LoginState;
  loginMs: number;
  query?: QueryState;
  queryMs?: number;
}

export async function probeLogin(
  address: string,
  port: number,
  config: Config,
  timeouts: { loginMs: number; queryMs: number },
): Promise<LoginProbeResult> {
  const errorNumbers: number[] = [];
  const base = poolConfig(config, { host: address, port }, { onLoginError: (number) => errorNumbers.push(number) });
  const pool = new sql.ConnectionPool({
    ...base,
    connectionTimeout: timeouts.loginMs,
    requestTimeout: timeouts.queryMs,
    pool: { min: 0, max: 1 },
  });
  pool.on('error', () => undefined);
  const loginStarted = performance.now();
  try {
    await pool.connect();
  } catch (error) {
    const loginMs = Math.round(performance.now() - loginStarted);
    await pool.close().catch(() => undefined);
    return { login: loginFailure(error, errorNumbers, config.database), loginMs };
  }
  const loginMs = Math.round(performance.now() - loginStarted);
  const queryStarted = performance.now();
  let query: QueryState;
  try {
    await pool.request().query('SELECT 1 AS ok');
    query = { state: 'ok' };
  } catch (error) {
    query = { state: 'failed', detail: (error as Error).message };
  }
  const queryMs = Math.round(performance.now() - queryStarted);
  await pool.close().catch(() => undefined);
  return { login: { state: 'ok' }, loginMs, query, queryMs };
}

function loginFailure(error: unknown, errorNumbers: readonly number[], database: string | undefined): LoginState {
  if (errorNumbers.includes(CANNOT_OPEN_DATABASE)) return { state: 'databaseMissing', database: database ?? '' };
  const code = (error as { code?: string }).code;
  if (errorNumbers.length) return { state: 'failed', number: errorNumbers[0] };
  if (code === 'ELOGIN') return { state: 'failed' };
  if (code === 'ETIMEOUT') return { state: 'timeout' };
  return { state: 'error', detail: (error as Error).message };
}
