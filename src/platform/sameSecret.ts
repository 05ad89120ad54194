// Compares a secret someone sent with the one expected, in constant time: the console's key, cookie
// and CSRF value, and the metrics endpoint's bearer token.
import { timingSafeEqual } from 'node:crypto';

export function sameSecret(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
