// How Kassavakt connects to the main till's SQL Server: where (server string → host and TCP port,
// through our own Browser lookup for a named instance) and how (mssql pool settings for a LAN SQL
// Express: no TLS demanded, self-signed certificates accepted, short explicit timeouts).
import sql from 'mssql';
import type { Config } from '../core/config.js';
import { DEFAULT_SQL_PORT, type ServerAddress } from '../core/serverString.js';
import { lookupInstancePort } from './browser.js';

export interface ConnectionTarget {
  host: string;
  port: number;
}

/** The name SQL Server lists as our session's program_name, so tills and tools can tell us apart. */
export const APP_NAME = 'Kassavakt';

/** Keeps the one connection open between polls (a poll a minute) instead of logging in each time. */
const IDLE_CONNECTION_MS = 10 * 60_000;

const CANCEL_TIMEOUT_MS = 1000;

export async function resolveTarget(server: ServerAddress, config: Pick<Config, 'browserPort' | 'connectTimeoutSeconds'>): Promise<ConnectionTarget> {
  if (server.port !== undefined) return { host: server.host, port: server.port };
  if (server.instance === undefined) return { host: server.host, port: DEFAULT_SQL_PORT };
  const port = await lookupInstancePort({
    host: server.host,
    instance: server.instance,
    browserPort: config.browserPort,
    timeoutMs: config.connectTimeoutSeconds * 1000,
  });
  return { host: server.host, port };
}

export interface PoolHooks {
  /** Called with each SQL error number the server sends while logging in. */
  onLoginError?: (number: number) => void;
}

export function poolConfig(config: Config, target: ConnectionTarget, hooks: PoolHooks = {}): sql.config {
  const credentials =
    config.auth === 'ntlm'
      ? { authentication: { type: 'ntlm' as const, options: { domain: config.domain ?? '', userName: config.user ?? '', password: config.password ?? '' } } }
      : { user: config.user ?? '', password: config.password ?? '' };
  return {
    server: target.host,
    port: target.port,
    ...(config.database ? { database: config.database } : {}),
    ...credentials,
    connectionTimeout: config.connectTimeoutSeconds * 1000,
    requestTimeout: config.requestTimeoutSeconds * 1000,
    // A socket check instead of mssql's default SELECT 1 before every request: one round trip less.
    validateConnection: 'socket',
    // tarn looks for idle connections every second by default; with a 10-minute idle time a look
    // every 15 s is plenty, and the tray sleeps in between.
    pool: { min: 0, max: 1, idleTimeoutMillis: IDLE_CONNECTION_MS, reapIntervalMillis: 15_000 },
    options: {
      encrypt: false,
      trustServerCertificate: true,
      appName: APP_NAME,
      // datetime columns carry the shop's local time; the monitor runs in the same shop.
      useUTC: false,
      connectionIsolationLevel: sql.ISOLATION_LEVEL.READ_UNCOMMITTED,
      // tedious counts 4060 (database missing) as transient and retries; a poll wants the first answer.
      maxRetriesOnTransientErrors: 0,
      // After a request timeout the connection is dropped anyway; waiting long for the server to
      // acknowledge the cancel would only stretch the poll.
      cancelTimeout: CANCEL_TIMEOUT_MS,
    },
    beforeConnect: (connection) => {
      connection.on('errorMessage', (token: { number: number }) => hooks.onLoginError?.(token.number));
    },
  };
}
