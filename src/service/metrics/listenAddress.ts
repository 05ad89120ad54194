// Where the metrics endpoint listens: `HOST:PORT` (IPv6 as `[::1]:PORT`), checked before anything
// listens, and whether that address can be reached only from this computer.
import { isIP } from 'node:net';

export interface ListenAddress {
  host: string;
  port: number;
}

/** The parsed address, or null when `text` is not HOST:PORT with a decimal port of 1–65535. */
export function parseListenAddress(text: string): ListenAddress | null {
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/.exec(text);
  if (!match) return null;
  const port = Number(match[3]);
  if (port < 1 || port > 65535) return null;
  const host = match[1] ?? match[2]!;
  if (match[1] !== undefined && isIP(host) !== 6) return null;
  return { host, port };
}

/** Loopback only: 127.0.0.0/8, ::1 and the name localhost. Everything else is the shop's network. */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase();
  if (name === 'localhost' || name === '::1') return true;
  return isIP(name) === 4 && name.startsWith('127.');
}
