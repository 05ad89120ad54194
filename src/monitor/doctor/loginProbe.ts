// Logs in to one instance on a known port with the driver (mssql/tedious), with short timeouts and
// no retries, then runs SELECT 1. SQL Server's error numbers (18456 login failed, 4060 database
// missing) are caught from the server's own error messages, which the driver otherwise drops.
import sql from 'mssql';
import type { LoginState, QueryState } from '../../core/verdict.js';

export interface LoginSettings {
  user?: string;
  password?: string;
  /** Windows (NTLM) login when set. */
  domain?: string;
  database?: string;
}

export interface LoginProbeResult {
  login: LoginState;
  loginMs: number;
  query?: QueryState;
  queryMs?: number;
}

const DATABASE_MISSING = 4060;

export async function probeLogin(
  address: string,
  port: number,
  settings: LoginSettings,
  timeouts: { loginMs: number; queryMs: number },
): Promise<LoginProbeResult> {
  const errorNumbers: number[] = [];
  const pool = new sql.ConnectionPool({
    server: address,
    port,
    user: settings.user,
    password: settings.password,
    domain: settings.domain,
    database: settings.database,
    connectionTimeout: timeouts.loginMs,
    requestTimeout: timeouts.queryMs,
    pool: { min: 0, max: 1 },
    options: {
      encrypt: false,
      trustServerCertificate: true,
      appName: 'Kassavakt doctor',
      // tedious counts 4060 as transient and would retry; the doctor wants the first answer.
      maxRetriesOnTransientErrors: 0,
    },
    beforeConnect: (connection) => {
      connection.on('errorMessage', (token: { number: number }) => errorNumbers.push(token.number));
    },
  });
  pool.on('error', () => undefined);
  const loginStarted = performance.now();
  try {
    await pool.connect();
  } catch (error) {
    const loginMs = Math.round(performance.now() - loginStarted);
    await pool.close().catch(() => undefined);
    return { login: loginFailure(error, errorNumbers, settings.database), loginMs };
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
  if (errorNumbers.includes(DATABASE_MISSING)) return { state: 'databaseMissing', database: database ?? '' };
  const code = (error as { code?: string }).code;
  if (errorNumbers.length) return { state: 'failed', number: errorNumbers[0] };
  if (code === 'ELOGIN') return { state: 'failed' };
  if (code === 'ETIMEOUT') return { state: 'timeout' };
  return { state: 'error', detail: (error as Error).message };
}
