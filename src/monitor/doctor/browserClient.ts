// SQL Server Resolution Protocol client ([MC-SQLR]): asks a SQL Server Browser over UDP for one
// instance (CLNT_UCAST_INST, 0x04) or for all of them (CLNT_UCAST_EX, 0x03).
import { createSocket } from 'node:dgram';
import { isIPv6 } from 'node:net';

export interface BrowserInstance {
  serverName: string;
  instanceName: string;
  version?: string;
  /** The instance's TCP port; absent when TCP/IP is turned off for it. */
  tcpPort?: number;
}

/** 'answered' with the instances; 'refused' when an ICMP port-unreachable came back; 'silent' otherwise. */
export type BrowserAnswer =
  | { state: 'answered'; instances: BrowserInstance[] }
  | { state: 'refused' }
  | { state: 'silent' };

const SVR_RESP = 0x05;

export function listInstancesRequest(): Buffer {
  return Buffer.from([0x03]);
}

export function instanceRequest(instance: string): Buffer {
  // At most 32 bytes including the terminating zero.
  return Buffer.concat([Buffer.from([0x04]), Buffer.from(instance.slice(0, 31), 'latin1'), Buffer.from([0])]);
}

/** Parses an SVR_RESP: "ServerName;X;InstanceName;Y;IsClustered;No;Version;V;tcp;1433;;" per instance. */
export function parseBrowserResponse(message: Buffer): BrowserInstance[] | null {
  if (message.length < 3 || message[0] !== SVR_RESP) return null;
  const size = message.readUInt16LE(1);
  const text = message.subarray(3, 3 + size).toString('latin1');
  return text
    .split(';;')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const parts = record.split(';');
      const fields = new Map<string, string>();
      for (let i = 0; i + 1 < parts.length; i += 2) fields.set(parts[i]!.toLowerCase(), parts[i + 1]!);
      const port = Number(fields.get('tcp'));
      return {
        serverName: fields.get('servername') ?? '',
        instanceName: fields.get('instancename') ?? '',
        version: fields.get('version'),
        tcpPort: Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined,
      };
    })
    .filter((instance) => instance.instanceName !== '');
}

/**
 * Sends one request and waits at most timeoutMs for the answer; the request is sent again halfway,
 * since a single UDP datagram may be lost. A connected socket lets an ICMP "port unreachable" end
 * the wait early.
 */
export function queryBrowser(address: string, port: number, request: Buffer, timeoutMs: number): Promise<BrowserAnswer> {
  return new Promise((resolve) => {
    const socket = createSocket(isIPv6(address) ? 'udp6' : 'udp4');
    const timers: NodeJS.Timeout[] = [];
    let done = false;
    const finish = (answer: BrowserAnswer) => {
      if (done) return;
      done = true;
      timers.forEach(clearTimeout);
      socket.close();
      resolve(answer);
    };
    const fail = (error: NodeJS.ErrnoException) =>
      finish(error.code === 'ECONNREFUSED' ? { state: 'refused' } : { state: 'silent' });
    const send = () => {
      if (!done) socket.send(request, (error) => error && fail(error));
    };
    socket.on('error', fail);
    socket.on('message', (message) => {
      const instances = parseBrowserResponse(message);
      if (instances) finish({ state: 'answered', instances });
    });
    socket.connect(port, address, () => {
      send();
      timers.push(setTimeout(send, timeoutMs / 2));
    });
    timers.push(setTimeout(() => finish({ state: 'silent' }), timeoutMs));
  });
}
