// Which registry values of a System DSN decide where Microsoft's SQL Server ODBC drivers (SQL Server,
// SQL Server Native Client, ODBC Driver 17/18) connect: Address, when set, takes precedence over
// Server (Microsoft's connection-string keyword reference); Server is HOST\INSTANCE or HOST,PORT (these
// drivers have no separate port key); a Server naming a client alias (cliconfg, ConnectTo) goes where
// the alias says.
import { formatServerString, parseServerString, type ServerAddress } from '../../core/serverString.js';
import { changedOnly, sameServer, type DsnReading, type DsnTarget, type DsnValues } from './dsnStore.js';

/** The key a repair may change. */
export const SQL_SERVER_KEYS = ['Server'] as const;

/** The TCP/IP network library; an alias with another (named pipes) names no TCP address. */
const TCP_LIBRARY = 'DBMSSOCN';

/**
 * `value(key)`: the DSN's value, undefined when absent or empty; `alias(name)`: the ConnectTo value of
 * that alias, e.g. `DBMSSOCN,192.168.1.10,1433`, undefined when there is none.
 */
export function sqlServerTarget(value: (key: string) => string | undefined, alias: (name: string) => string | undefined): DsnTarget {
  const address = value('Address');
  if (address !== undefined) return { kind: 'elsewhere', key: 'Address', value: address };
  const server = value('Server');
  if (server === undefined) return { kind: 'none' };
  const aliased = alias(server);
  if (aliased !== undefined) {
    const [library = '', ...address] = aliased.split(',');
    if (library.trim().toUpperCase() !== TCP_LIBRARY || !address.length) return { kind: 'elsewhere', key: `ConnectTo\\${server}`, value: aliased };
    const parsed = parseServerString(address.join(','));
    if (!parsed.ok) return { kind: 'invalid', key: `ConnectTo\\${server}`, value: aliased, problem: parsed.problem };
    const named = parseServerString(server);
    return named.ok ? { kind: 'server', server: parsed.server, named: named.server } : { kind: 'server', server: parsed.server };
  }
  const parsed = parseServerString(server);
  return parsed.ok ? { kind: 'server', server: parsed.server } : { kind: 'invalid', key: 'Server', value: server, problem: parsed.problem };
}

/** Server set to `server`, unless the DSN already leads there (also through an alias). */
export function sqlServerChanges(reading: DsnReading, server: ServerAddress): DsnValues {
  if (reading.target.kind === 'server' && sameServer(reading.target.server, server)) return {};
  return changedOnly(reading.values, { Server: formatServerString(server) });
}
