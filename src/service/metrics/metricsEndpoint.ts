// GET /metrics over HTTP for a Prometheus that scrapes this PC, nothing else. Off the loopback
// interface a bearer token is required (checked before the start, see metricsSettings); the token is
// compared in constant time and never written anywhere.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sameSecret } from '../../platform/sameSecret.js';
import type { ListenAddress } from './listenAddress.js';

export interface MetricsEndpointOptions extends ListenAddress {
  /** When set, every request needs `Authorization: Bearer <token>`. */
  token?: string;
  metrics: () => Promise<{ text: string; contentType: string }>;
  /** Unexpected failures (never the token, never a request's headers). */
  log: (line: string) => void;
}

export interface MetricsEndpoint {
  url: string;
  close(): Promise<void>;
}

export async function startMetricsEndpoint(options: MetricsEndpointOptions): Promise<MetricsEndpoint> {
  const server = createServer((request, response) => {
    void answer(request, response, options).catch((error: Error) => {
      options.log(`metrics: ${error.message}`);
      if (!response.headersSent) reply(response, 500, 'internal error\n');
      else response.destroy();
    });
  });
  // A scrape is one small GET: a slow or oversized client gets nothing and holds nothing open.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  server.maxHeadersCount = 50;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(request: IncomingMessage, response: ServerResponse, options: MetricsEndpointOptions): Promise<void> {
  const path = (request.url ?? '').split('?')[0];
  if (options.token !== undefined && !bearerMatches(request.headers.authorization, options.token)) {
    response.setHeader('WWW-Authenticate', 'Bearer realm="kassavakt"');
    return reply(response, 401, 'unauthorized\n');
  }
  if (path !== '/metrics') return reply(response, 404, 'not found\n');
  if (request.method !== 'GET') {
    response.setHeader('Allow', 'GET');
    return reply(response, 405, 'method not allowed\n');
  }
  const { text, contentType } = await options.metrics();
  response.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  response.end(text);
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match !== null && sameSecret(match[1], token);
}

function reply(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(body);
}
