// SQL Server Resolution Protocol client ([MC-SQLR]): sends a request from core/sqlBrowser.ts (one
// instance, CLNT_UCAST_INST 0x04, or all of them, CLNT_UCAST_EX 0x03) to a SQL Server Browser over UDP.
import { createSocket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import { parseServerResponse, type BrowserInstance } from '../../core/sqlBrowser.js';

export type { BrowserInstance } from '../../core/sqlBrowser.js';

/** 'answered' with the instances; 'refused' when an ICMP port-unreachable came back; 'silent' otherwise. */
export type BrowserAnswer =
  | { state: 'answered'; instances: BrowserInstance[] }
  | { state: 'refused' }
  | { state: 'silent' };

/**
 * Sends one request and waits at most timeoutMs for the answer; the request is sent `attempts` times,
 * evenly spread over the wait (by default again halfway), since a single UDP datagram may be lost. A
 * connected socket lets an ICMP "port unreachable" end the wait early.
 */
export function queryBrowser(address: string, port: number, request: Buffer, timeoutMs: number, attempts = 2): Promise<BrowserAnswer> {
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
      const instances = parseServerResponse(message);
      if (instances) finish({ state: 'answered', instances });
    });
    socket.connect(port, address, () => {
      send();
      for (let i = 1; i < attempts; i += 1) timers.push(setTimeout(send, (timeoutMs * i) / attempts));
    });
    timers.push(setTimeout(() => finish({ state: 'silent' }), timeoutMs));
  });
}
