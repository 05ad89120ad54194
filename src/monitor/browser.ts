// Finds a named instance's TCP port by asking the SQL Server Browser over UDP ([MC-SQLR] 0x04, through
// the doctor's Browser client), on a configurable port: tedious always asks port 1434, which tests and
// unusual setups cannot use.
import { lookup } from 'node:dns/promises';
import { encodeInstanceRequest, findInstance } from '../core/sqlBrowser.js';
import { queryBrowser } from './doctor/browserClient.js';
import { UnreachableError } from './unreachable.js';

export interface InstanceLookup {
  host: string;
  instance: string;
  browserPort: number;
  timeoutMs: number;
}

/** How often the request is repeated within the timeout: UDP may drop a datagram. */
const ATTEMPTS = 3;

/** Name lookup bounded by the connect timeout: a resolver that never answers is a failed lookup. */
export async function resolveHost(host: string, timeoutMs: number): Promise<{ address: string; family: 4 | 6 }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { code: 'ETIMEOUT' })), timeoutMs);
  });
  try {
    const found = await Promise.race([lookup(host), timeout]);
    return { address: found.address, family: found.family === 6 ? 6 : 4 };
  } catch (error) {
    throw new UnreachableError('DNS_FAILED', `cannot resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

export async function lookupInstancePort(query: InstanceLookup): Promise<number> {
  const { address } = await resolveHost(query.host, query.timeoutMs);
  const where = `${query.host}:${query.browserPort}`;
  const fail = (message: string) => new UnreachableError('INSTANCE_NOT_FOUND', message);
  const answer = await queryBrowser(address, query.browserPort, encodeInstanceRequest(query.instance), query.timeoutMs, ATTEMPTS);
  // 'refused': ICMP "port unreachable" came back, so no Browser listens there.
  if (answer.state === 'refused') throw fail(`SQL Server Browser ${where}: ECONNREFUSED`);
  if (answer.state === 'silent') throw fail(`no answer from SQL Server Browser ${where} for instance ${query.instance}`);
  const found = findInstance(answer.instances, query.instance);
  if (found?.tcpPort !== undefined) return found.tcpPort;
  if (found) throw fail(`instance ${query.instance} on ${query.host} does not listen on TCP`);
  throw fail(`SQL Server Browser ${where} does not know instance ${query.instance}`);
}
