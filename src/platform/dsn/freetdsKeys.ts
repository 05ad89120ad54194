// Which odbc.ini keys decide where FreeTDS's ODBC driver (tdsodbc) connects, as its
// odbc_get_dsn_info reads them and as measured with tdsodbc 1.3 and isql: Servername (an entry in
// freetds.conf) excludes Server and Address; Address (a host) replaces Server's host and drops its
// instance; Server is HOST\INSTANCE or HOST,PORT, everything after a backslash being the instance name
// (a ",PORT" included); a Port key wins over both the port in Server and the instance (no SQL Browser
// lookup then). An empty value counts as absent.
import { formatServerString, parseServerString, type ServerAddress } from '../../core/serverString.js';
import { changedOnly, sameServer, type DsnReading, type DsnTarget, type DsnValues } from './dsnStore.js';

/** The keys a repair may change: the one naming the server and the one that can override its port. */
export const FREETDS_KEYS = ['Server', 'Port'] as const;

/** `value(key)`: the key's value in the section the driver reads, undefined when absent or empty. */
export function freetdsTarget(value: (key: string) => string | undefined): DsnTarget {
  for (const key of ['Servername', 'Address']) {
    const decides = value(key);
    if (decides !== undefined) return { kind: 'elsewhere', key, value: decides };
  }
  const server = value('Server');
  if (server === undefined) return { kind: 'none' };
  const parsed = parseServerString(server);
  if (!parsed.ok) return { kind: 'invalid', key: 'Server', value: server, problem: parsed.problem };
  if (parsed.server.instance !== undefined && parsed.server.port !== undefined) {
    return { kind: 'invalid', key: 'Server', value: server, problem: 'badInstance' };
  }
  const port = value('Port');
  if (port === undefined) return { kind: 'server', server: parsed.server };
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) return { kind: 'invalid', key: 'Port', value: port, problem: 'badPort' };
  const target = { host: parsed.server.host, port: Number(port) };
  return sameServer(target, parsed.server) ? { kind: 'server', server: target } : { kind: 'server', server: target, named: parsed.server };
}

/**
 * The changes that make tdsodbc connect to `server` (none when it already does): Server as HOST,PORT
 * or HOST\INSTANCE (never both, which it would misread), and an existing Port key set to the same
 * port, or emptied (tdsodbc then ignores it) so that it does not override the instance lookup or the
 * default port. Emptied rather than removed: undo puts the line back where it was.
 */
export function freetdsChanges(reading: DsnReading, server: ServerAddress): DsnValues {
  if (reading.target.kind === 'server' && sameServer(reading.target.server, server)) return {};
  const { values } = reading;
  const hasPortKey = values.Port !== null && values.Port !== undefined;
  const written: ServerAddress = server.port !== undefined ? { host: server.host, port: server.port } : server;
  return changedOnly(values, {
    Server: formatServerString(written),
    ...(hasPortKey ? { Port: server.port !== undefined ? String(server.port) : '' } : {}),
  });
}
