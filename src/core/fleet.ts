// The fleet model: the tills that use one main till, as one snapshot in time.
import type { MainTillHealth } from './mainTill.js';
import type { Edition } from './version.js';

export const ROLES = ['main', 'sales', 'backoffice'] as const;
export type Role = (typeof ROLES)[number];

export interface Till {
  /** Computer name; the identity of a till (compared case-insensitively). */
  name: string;
  clientId?: string | number;
  /** The version string exactly as the source gave it. */
  version?: string;
  role: Role;
  /** Explicit edition from the data source; wins over the version string. */
  edition?: Edition;
  address?: string;
  lastSeen?: string;
  connected?: boolean;
}

export interface FleetSnapshot {
  server?: string;
  takenAt?: string;
  tills: Till[];
  /** The main till's own health, when the snapshot carries it (`check` judges it at takenAt). */
  mainTill?: MainTillHealth;
}

export function isSelling(till: Pick<Till, 'role'>): boolean {
  return till.role === 'main' || till.role === 'sales';
}

export function machineKey(name: string): string {
  return name.trim().toUpperCase();
}

/**
 * The same machine listed twice (e.g. from the tills table and from the connected sessions) becomes
 * one till: the first source's values win, later sources fill what is missing; a stronger role
 * (main over sales over backoffice) wins because it comes from the server's own identity.
 */
export function mergeTills(tills: readonly Till[]): Till[] {
  const byKey = new Map<string, Till>();
  for (const till of tills) {
    const key = machineKey(till.name);
    const seen = byKey.get(key);
    byKey.set(key, seen ? mergeTwo(seen, till) : { ...till });
  }
  return [...byKey.values()];
}

const ROLE_STRENGTH: Record<Role, number> = { main: 2, sales: 1, backoffice: 0 };

function mergeTwo(a: Till, b: Till): Till {
  // b's fields with a's given values over them, then a's other given fields: built up from an empty
  // object, since adding a's keys to a copy of b is ten times slower (every poll merges every till).
  const first = a as unknown as Record<string, unknown>;
  const later = b as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const key in later) fields[key] = given(first[key]) ? first[key] : later[key];
  for (const key in first) if (!(key in fields) && given(first[key])) fields[key] = first[key];
  const merged = fields as unknown as Till;
  merged.role = ROLE_STRENGTH[b.role] > ROLE_STRENGTH[a.role] ? b.role : a.role;
  if (a.connected !== undefined || b.connected !== undefined) merged.connected = Boolean(a.connected || b.connected);
  const lastSeen = !a.lastSeen ? b.lastSeen : !b.lastSeen ? a.lastSeen : a.lastSeen > b.lastSeen ? a.lastSeen : b.lastSeen;
  if (lastSeen) merged.lastSeen = lastSeen;
  return merged;
}

function given(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}
