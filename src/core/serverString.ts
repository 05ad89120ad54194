// Reads a SQL Server "server" string as PC-Kassa's DSN and SQL clients write it: `HOST\INSTANCE`,
// `HOST,PORT`, `HOST`, optionally `tcp:` in front. Pure, so the monitor, the doctor and the DSN
// repair agree on what a string means; it rejects what could smuggle extra keys into a DSN.
import { UserError } from './errors.js';
import { t, type Lang } from './i18n.js';

export interface ServerAddress {
  /** Computer name, DNS name or IP address (IPv6 without brackets). */
  host: string;
  /** Named instance, e.g. `PCKASSA`; found through the SQL Server Browser. */
  instance?: string;
  /** Fixed TCP port; when given, no Browser lookup is needed (it wins over the instance). */
  port?: number;
}

export type ServerStringProblem =
  | 'empty'
  | 'forbiddenCharacter'
  | 'badHost'
  | 'badInstance'
  | 'badPort';

export type ServerStringResult = { ok: true; server: ServerAddress } | { ok: false; problem: ServerStringProblem };

export const DEFAULT_SQL_PORT = 1433;

// `;{}=` would end the value inside an ODBC connection string or DSN; control characters have no
// place in a host name and could hide what the string really says.
const FORBIDDEN = /[;{}=\u0000-\u001f\u007f]/;
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\.?$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^[0-9A-Fa-f:.]{2,45}$/;
// SQL Server instance names: up to 16 characters, starting with a letter or underscore.
const INSTANCE = /^[A-Za-z_][A-Za-z0-9_$#@]{0,15}$/;
const LOCAL_ALIASES = new Set(['.', '(local)', '(localdb)', 'localhost']);

export function parseServerString(text: string): ServerStringResult {
  if (FORBIDDEN.test(text)) return { ok: false, problem: 'forbiddenCharacter' };
  let rest = text.trim();
  if (rest === '') return { ok: false, problem: 'empty' };
  if (/^tcp:/i.test(rest)) rest = rest.slice(4).trim();

  let port: number | undefined;
  const comma = rest.lastIndexOf(',');
  if (comma >= 0) {
    const portText = rest.slice(comma + 1).trim();
    if (!/^\d{1,5}$/.test(portText)) return { ok: false, problem: 'badPort' };
    port = Number(portText);
    if (port < 1 || port > 65535) return { ok: false, problem: 'badPort' };
    rest = rest.slice(0, comma).trim();
  }

  let instance: string | undefined;
  const slash = rest.indexOf('\\');
  if (slash >= 0) {
    instance = rest.slice(slash + 1).trim();
    if (!INSTANCE.test(instance)) return { ok: false, problem: 'badInstance' };
    rest = rest.slice(0, slash).trim();
  }

  const host = normalizeHost(rest);
  if (host === null) return { ok: false, problem: 'badHost' };
  const server: ServerAddress = { host };
  if (instance !== undefined) server.instance = instance;
  if (port !== undefined) server.port = port;
  return { ok: true, server };
}

function normalizeHost(text: string): string | null {
  if (LOCAL_ALIASES.has(text.toLowerCase())) return 'localhost';
  const bracketed = /^\[(.+)\]$/.exec(text);
  if (bracketed) return IPV6.test(bracketed[1]!) && bracketed[1]!.includes(':') ? bracketed[1]! : null;
  if (IPV4.test(text)) return text;
  if (text.includes(':')) return IPV6.test(text) ? text : null;
  // Four dotted numbers that are not a valid IPv4 address are a typo, not a host name.
  if (/^[\d.]+$/.test(text)) return null;
  return HOST_NAME.test(text) ? text : null;
}

/** The canonical way to write an address back (for a DSN, a log line, a message). */
export function formatServerString(server: ServerAddress): string {
  const host = server.host.includes(':') ? `[${server.host}]` : server.host;
  const instance = server.instance ? `\\${server.instance}` : '';
  const port = server.port !== undefined ? `,${server.port}` : '';
  return `${host}${instance}${port}`;
}

/** For callers that want a user-facing error instead of a result: the message names the string. */
export function describeServerStringProblem(lang: Lang, problem: ServerStringProblem, value: string): string {
  return t(lang, `serverString.${problem}`, { value });
}

export function requireServerString(text: string, lang: Lang): ServerAddress {
  const result = parseServerString(text);
  if (!result.ok) throw new UserError(describeServerStringProblem(lang, result.problem, text.replace(CONTROL_CHARACTERS, '?')));
  return result.server;
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
