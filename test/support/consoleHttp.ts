// Plain HTTP to a running console on 127.0.0.1, as a browser or an attacker would send it.
import { request } from 'node:http';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The session cookie a browser gets by exchanging the one-time key in `url`. */
export async function signIn(port: number, url: string): Promise<string> {
  const exchange = await send(port, `/?token=${new URL(url).searchParams.get('token')}`);
  return String(exchange.headers['set-cookie']).split(';')[0]!;
}

export const csrfOf = (html: string): string => /name="csrf" value="([^"]+)"/.exec(html)![1]!;
