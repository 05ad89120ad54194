// The console's guard over real sockets: the key, the cookie, the Host header, same origin and CSRF.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole, type ConsoleHandle } from '../../src/console/server.js';
import { FIXTURE_NOW, fixtureSource } from '../support/consoleFixture.js';
import { csrfOf, send, signIn } from '../support/consoleHttp.js';

let consoleA: ConsoleHandle;
let consoleB: ConsoleHandle;
let configFile: string;
let token: string;
let cookie: string;
const logged: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kassavakt-console-sec-'));
  configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify({ password: 'Hemligt-123' }));
  const options = { source: fixtureSource(), configFile, clock: () => new Date(FIXTURE_NOW), log: (line: string) => logged.push(line) };
  consoleA = await startConsole(options);
  consoleB = await startConsole(options);
  token = new URL(consoleA.url).searchParams.get('token')!;
  // The session cookie, as a browser gets it: by exchanging a key of its own.
  cookie = await signIn(consoleA.port, consoleA.newUrl());
});

afterAll(async () => {
  await consoleA?.close();
  await consoleB?.close();
});

describe('console guard', () => {
  it('listens on 127.0.0.1 with a long random key', () => {
    expect(consoleA.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(consoleA.port).not.toBe(consoleB.port);
    expect(new URL(consoleB.url).searchParams.get('token')).not.toBe(token);
  });

  it('refuses a request without the key', async () => {
    const answer = await send(consoleA.port, '/');
    expect(answer.status).toBe(401);
    expect(answer.body).toContain('Öppna översikten från Kassavakt');
    expect((await send(consoleA.port, '/assets/console.css')).status).toBe(401);
  });

  it('refuses a wrong key and the other console’s key', async () => {
    expect((await send(consoleA.port, '/?token=nope')).status).toBe(403);
    const other = new URL(consoleB.url).searchParams.get('token')!;
    expect((await send(consoleA.port, `/?token=${other}`)).status).toBe(403);
    expect((await send(consoleA.port, '/', { headers: { Cookie: `kassavakt_${consoleA.port}=${other}` } })).status).toBe(401);
  });

  it('turns the key in the URL into an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const answer = await send(consoleA.port, `/history?till=KASSA1&token=${token}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/history?till=KASSA1');
    const setCookie = String(answer.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^kassavakt_${consoleA.port}=[A-Za-z0-9_-]{43};`));
    // The cookie carries the session, never the key that was in the address.
    expect(setCookie).not.toContain(token);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
  });

  it('lets one browser in per key: the same address is refused to every client after the first', async () => {
    const url = new URL(consoleA.newUrl('/history'));
    const path = `${url.pathname}${url.search}`;
    const first = await send(consoleA.port, path);
    expect(first.status).toBe(303);
    expect(String(first.headers['set-cookie'])).toContain('HttpOnly');
    for (let client = 2; client <= 3; client++) {
      const again = await send(consoleA.port, path);
      expect(again.status, `client ${client}`).toBe(403);
      expect(again.headers['set-cookie']).toBeUndefined();
      expect(again.body).toContain('Nyckeln i adressen har redan använts');
    }
    // A browser that is in already just loses the spent key from its address.
    const signedIn = await send(consoleA.port, path, { headers: { Cookie: cookie } });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.location).toBe('/history');
    expect(signedIn.headers['set-cookie']).toBeUndefined();
    // A new key (a new start, or "Öppna översikt" in the tray) lets the next browser in.
    const fresh = new URL(consoleA.newUrl());
    expect(fresh.searchParams.get('token')).not.toBe(url.searchParams.get('token'));
    expect((await send(consoleA.port, `/${fresh.search}`)).status).toBe(303);
  });

  it('serves the pages with the cookie, with strict security headers and without the key in them', async () => {
    for (const path of ['/', '/history', '/connection', '/settings']) {
      const answer = await send(consoleA.port, path, { headers: { Cookie: cookie } });
      expect(answer.status, path).toBe(200);
      expect(answer.body).not.toContain(token);
      expect(answer.body).not.toContain('Hemligt-123');
      const csp = String(answer.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['referrer-policy']).toBe('same-origin');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('refuses a foreign Host header even with the cookie (DNS rebinding)', async () => {
    const answer = await send(consoleA.port, '/', { headers: { Cookie: cookie, Host: `evil.example:${consoleA.port}` } });
    expect(answer.status).toBe(403);
    expect((await send(consoleA.port, '/', { headers: { Cookie: cookie, Host: `127.0.0.1:${consoleA.port + 1}` } })).status).toBe(403);
    expect((await send(consoleA.port, '/', { headers: { Cookie: cookie, Host: `localhost:${consoleA.port}` } })).status).toBe(200);
  });

  it('accepts a change only from the same origin and with the CSRF value', async () => {
    const page = await send(consoleA.port, '/settings', { headers: { Cookie: cookie } });
    const csrf = csrfOf(page.body);
    expect(csrf).not.toBe(token);
    const before = readFileSync(configFile, 'utf8');
    const form = new URLSearchParams({ csrf, dsnName: 'Nutid - PC Kassa', auth: 'sql', pollSchedule: '*/2 * * * *', unreachableAfter: '3', reachableAfter: '2', lang: 'sv' }).toString();
    const post = (headers: Record<string, string>, body = form) =>
      send(consoleA.port, '/settings', { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, ...headers } });
    const origin = `http://127.0.0.1:${consoleA.port}`;

    expect((await post({ Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ Origin: 'null' })).status).toBe(403);
    expect((await post({})).status).toBe(403);
    expect((await post({ Referer: 'http://evil.example/settings' })).status).toBe(403);
    expect((await post({ Origin: origin }, form.replace(/csrf=[^&]+/, 'csrf=wrong'))).status).toBe(403);
    expect((await post({ Origin: origin }, form.replace(/csrf=[^&]+&/, ''))).status).toBe(403);
    expect((await send(consoleA.port, '/settings', { method: 'POST', body: form, headers: { Origin: origin } })).status).toBe(401);
    expect(readFileSync(configFile, 'utf8')).toBe(before);

    const accepted = await post({ Referer: `${origin}/settings` });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.location).toBe('/settings?saved=1');
    const saved = JSON.parse(readFileSync(configFile, 'utf8'));
    expect(saved.pollSchedule).toBe('*/2 * * * *');
    expect(saved.password).toBe('Hemligt-123');
  });

  it('refuses an oversized form', async () => {
    const answer = await send(consoleA.port, '/settings', {
      method: 'POST',
      body: `csrf=x&server=${'A'.repeat(100_000)}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, Origin: `http://127.0.0.1:${consoleA.port}` },
    });
    expect(answer.status).toBe(413);
  });

  it('never wrote the key or the password to its log', () => {
    expect(logged.join('\n')).not.toContain(token);
    expect(logged.join('\n')).not.toContain('Hemligt-123');
  });
});
