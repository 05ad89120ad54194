// SQL Server Browser responder on UDP ([MC-SQLR]): tells clients which TCP port a named instance
// listens on. Like the real service it stays silent for an instance it does not have.
import dgram from 'node:dgram';
import { PRODUCT_VERSION } from './serverInfo.js';

const CLNT_BCAST_EX = 0x02;
const CLNT_UCAST_EX = 0x03;
const CLNT_UCAST_INST = 0x04;
const SVR_RESP = 0x05;

export interface BrowserInfo {
  machineName(): string;
  instance: string;
  tcpPort(): number;
  silent(): boolean;
}

export function browserResponse(info: BrowserInfo): Buffer {
  const text = `ServerName;${info.machineName()};InstanceName;${info.instance};IsClustered;No;Version;${PRODUCT_VERSION};tcp;${info.tcpPort()};;`;
  const body = Buffer.from(text, 'ascii');
  const head = Buffer.alloc(3);
  head[0] = SVR_RESP;
  head.writeUInt16LE(body.length, 1);
  return Buffer.concat([head, body]);
}

/** The answer to one request, or undefined when the real Browser would not answer. */
export function answerBrowserRequest(request: Buffer, info: BrowserInfo): Buffer | undefined {
  const kind = request[0];
  if (kind === CLNT_BCAST_EX || kind === CLNT_UCAST_EX) return browserResponse(info);
  if (kind === CLNT_UCAST_INST) {
    const end = request.indexOf(0, 1);
    const name = request.toString('ascii', 1, end === -1 ? request.length : end);
    return name.toUpperCase() === info.instance.toUpperCase() ? browserResponse(info) : undefined;
  }
  return undefined;
}

export async function startBrowser(host: string, port: number, info: BrowserInfo): Promise<dgram.Socket> {
  const socket = dgram.createSocket(host.includes(':') ? 'udp6' : 'udp4');
  socket.on('message', (request, from) => {
    if (info.silent()) return;
    const answer = answerBrowserRequest(request, info);
    if (answer) socket.send(answer, from.port, from.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, host, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  return socket;
}
