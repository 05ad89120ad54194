// Logs in to one instance on a known port exactly as the monitor does (its pool settings), but with
// the doctor's short timeouts and no retries, then runs SELECT 1 through the read-only guard. SQL
// Server's error numbers (18456 login failed, 4060 database missing) come from its own error messages.
import sql from 'mssql';
import type { Config } from '../../core/config.js';
import { PING_QUERY } from '../../core/pollQueries.js';
import type { LoginState, QueryState } from '../../core/verdict.js';
import { poolConfig } from '../connection.js';
import { guardBatch } from '../readOnlyGuard.js';
import { CANNOT_OPEN_DATABASE } from '../unreachable.js';
import type { Probe } from './probe.js';
import type { ProbeRecord } from './probeRecord.js';

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
    await pool.request().query(guardBatch(PING_QUERY, config.lang));
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

/** Login and SELECT 1 on the instance's port; without the Browser, 1433 is not known to be that instance. */
export const loginProbe: Probe = {
  applies: (seen) => seen.states.tcp?.state === 'listening' && seen.states.browser?.state !== 'silent',
  async check(seen, ctx) {
    const port = seen.states.tcp!.port;
    const result = await probeLogin(seen.address!, port, ctx.config, ctx.timeouts);
    const records: ProbeRecord[] = [{ probe: 'login', state: result.login.state, ms: result.loginMs, port, ...loginDetail(result.login) }];
    if (result.query) {
      const detail = result.query.state === 'failed' ? { detail: result.query.detail } : {};
      records.push({ probe: 'query', state: result.query.state, ms: result.queryMs ?? 0, ...detail });
    }
    return { records, states: { login: result.login, ...(result.query ? { query: result.query } : {}) } };
  },
};

function loginDetail(login: LoginState): { detail?: string } {
  if (login.state === 'failed') return { detail: login.number ? `SQL ${login.number}` : 'ELOGIN' };
  if (login.state === 'databaseMissing') return { detail: login.database };
  if (login.state === 'error') return { detail: login.detail };
  return {};
}
