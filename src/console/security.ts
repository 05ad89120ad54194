// The console is a server on the shop's PC: only this computer, only with a one-time key, only our own
// pages may change anything. Checks on request facts; server.ts applies them.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface Guard {
  port: number;
  /** The session secret, only ever in an HttpOnly cookie; a one-time key in the URL is exchanged for it. */
  session: string;
  /** Derived from the session, so the pages carry a CSRF value without carrying the secret itself. */
  csrf: string;
  cookieName: string;
  /** Keys handed out (start, "Öppna översikt") and not yet exchanged. */
  unusedKeys: Set<string>;
}

/** How many handed-out keys wait for their browser at most; an older one is dropped. */
const MOST_UNUSED_KEYS = 8;

export function createGuard(port: number, session = randomSecret()): Guard {
  return {
    port,
    session,
    csrf: createHmac('sha256', session).update('kassavakt csrf').digest('base64url'),
    // Cookies are shared by all ports of a host: the port in the name keeps two consoles apart.
    cookieName: `kassavakt_${port}`,
    unusedKeys: new Set(),
  };
}

/** A new one-time key for the URL. */
export function issueKey(guard: Guard): string {
  const key = randomSecret();
  guard.unusedKeys.add(key);
  if (guard.unusedKeys.size > MOST_UNUSED_KEYS) guard.unusedKeys.delete(guard.unusedKeys.values().next().value!);
  return key;
}

/** True once per key: the first exchange spends it, for every client. */
export function spendKey(guard: Guard, given: string): boolean {
  for (const key of guard.unusedKeys) {
    if (sameSecret(given, key)) {
      guard.unusedKeys.delete(key);
      return true;
    }
  }
  return false;
}

function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sameSecret(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** DNS rebinding: a foreign name pointed at 127.0.0.1 arrives with that name in Host. */
export function hostAllowed(guard: Guard, host: string | undefined): boolean {
  return host === `127.0.0.1:${guard.port}` || host === `localhost:${guard.port}`;
}

export function originAllowed(guard: Guard, origin: string): boolean {
  return origin === `http://127.0.0.1:${guard.port}` || origin === `http://localhost:${guard.port}`;
}

/** A state-changing request must come from one of our own pages: Origin, or else Referer, says so. */
export function sameOrigin(guard: Guard, origin: string | undefined, referer: string | undefined): boolean {
  if (origin !== undefined) return originAllowed(guard, origin);
  if (referer === undefined) return false;
  try {
    return originAllowed(guard, new URL(referer).origin);
  } catch {
    return false;
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function sessionCookie(guard: Guard): string {
  return `${guard.cookieName}=${guard.session}; HttpOnly; SameSite=Strict; Path=/`;
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Not no-referrer: under it Chromium sends `Origin: null` on our own form posts, and the same-origin
  // check needs the real origin. same-origin still sends nothing to any other site.
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
