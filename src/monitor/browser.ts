// Finds a named instance's TCP port by asking the SQL Server Browser over UDP ([MC-SQLR] 0x04), on
// a configurable port: tedious always asks port 1434, which tests and unusual setups cannot use.
import { createSocket } from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { encodeInstanceRequest, findInstance, parseServerResponse } from '../core/sqlBrowser.js';
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
  const { address, family } = await resolveHost(query.host, query.timeoutMs);
  const request = encodeInstanceRequest(query.instance);
  const where = `${query.host}:${query.browserPort}`;
  const socket = createSocket(family === 6 ? 'udp6' : 'udp4');
  try {
    return await new Promise<number>((resolve, reject) => {
      let sent = 0;
      const fail = (message: string) => reject(new UnreachableError('INSTANCE_NOT_FOUND', message));
      const send = () => {
        sent += 1;
        socket.send(request, (error) => error && fail(`SQL Server Browser ${where}: ${error.message}`));
      };
      const resend = setInterval(() => (sent < ATTEMPTS ? send() : undefined), Math.max(1, Math.floor(query.timeoutMs / ATTEMPTS)));
      const deadline = setTimeout(() => fail(`no answer from SQL Server Browser ${where} for instance ${query.instance}`), query.timeoutMs);
      socket.once('close', () => {
        clearInterval(resend);
        clearTimeout(deadline);
      });
      socket.on('message', (datagram) => {
        const instances = parseServerResponse(datagram);
        if (instances === null) return;
        const found = findInstance(instances, query.instance);
        if (found?.tcpPort !== undefined) resolve(found.tcpPort);
        else if (found) fail(`instance ${query.instance} on ${query.host} does not listen on TCP`);
        else fail(`SQL Server Browser ${where} does not know instance ${query.instance}`);
      });
      // A connected UDP socket reports ICMP "port unreachable" as ECONNREFUSED: no Browser there.
      socket.on('error', (error) => fail(`SQL Server Browser ${where}: ${(error as NodeJS.ErrnoException).code ?? error.message}`));
      socket.connect(query.browserPort, address, send);
    });
  } finally {
    socket.close();
  }
}
