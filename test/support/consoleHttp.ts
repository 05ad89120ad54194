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

/**
 * Saves the settings page at `path` as the signed-in browser would: a complete, valid form (the CSRF
 * value read from the page) with `fields` changed, from the same origin.
 */
export async function saveSettings(port: number, cookie: string, fields: Record<string, string>, path = '/settings'): Promise<Answer> {
  const page = await send(port, path, { headers: { Cookie: cookie } });
  const form = new URLSearchParams({
    csrf: csrfOf(page.body),
    dsnName: 'Nutid - PC Kassa',
    auth: 'sql',
    user: 'kassavakt',
    pollSchedule: '*/5 * * * *',
    unreachableAfter: '3',
    reachableAfter: '2',
    lang: 'sv',
    ...fields,
  });
  return send(port, path, {
    method: 'POST',
    body: form.toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, Origin: `http://127.0.0.1:${port}` },
  });
}
