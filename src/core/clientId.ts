// Client IDs ("Klient ID") must be unique across the fleet.
import { machineKey, type Till } from './fleet.js';

/** Numeric IDs compare by value ("07" = 7); others trimmed and case-insensitive. Empty = no ID. */
export function normalizeClientId(id: string | number | undefined): string | null {
  if (id === undefined) return null;
  const text = String(id).trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return BigInt(text).toString();
  return text.toLowerCase();
}

export interface ClientIdGroup {
  clientId: string;
  tills: Till[];
}

/** Groups of two or more different machines that share one Client ID. */
export function findDuplicateClientIds(tills: readonly Till[]): ClientIdGroup[] {
  const groups = new Map<string, Map<string, Till>>();
  for (const till of tills) {
    const id = normalizeClientId(till.clientId);
    if (id === null) continue;
    const machines = groups.get(id) ?? new Map<string, Till>();
    if (!machines.has(machineKey(till.name))) machines.set(machineKey(till.name), till);
    groups.set(id, machines);
  }
  return [...groups.entries()]
    .filter(([, machines]) => machines.size > 1)
    .map(([clientId, machines]) => ({ clientId, tills: [...machines.values()] }));
}

/**
 * The highest Client ID Kassavakt takes for real: the largest SQL Server int, the widest number a
 * till's ID column can be expected to hold. Anything larger (forty 9s) is a mistake in the data.
 */
export const MAX_CLIENT_ID = 2_147_483_647;

/** The ID as its number ("07" = 7), or null when it is not a whole number from 0 to MAX_CLIENT_ID. */
export function clientIdNumber(id: string | number | undefined): number | null {
  const text = normalizeClientId(id);
  if (text === null || !/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_CLIENT_ID ? n : null;
}

/** Client IDs no till uses, in the order they are handed out: `peek` shows the next, `take` uses it. */
export interface FreeClientIds {
  peek(): number;
  take(): number;
}

/**
 * Above the highest valid ID in use (1 when there is none), so a new ID never lands between old ones;
 * once that would pass MAX_CLIENT_ID, the lowest unused ones.
 */
export function freeClientIds(tills: readonly Till[]): FreeClientIds {
  const used = new Set<number>();
  let highest = 0;
  for (const till of tills) {
    const n = clientIdNumber(till.clientId);
    if (n === null) continue;
    used.add(n);
    highest = Math.max(highest, n);
  }
  let above = highest + 1;
  let lowest = 1;
  const peek = (): number => {
    if (above <= MAX_CLIENT_ID) return above;
    while (used.has(lowest)) lowest++;
    return lowest;
  };
  const take = (): number => {
    const id = peek();
    if (above <= MAX_CLIENT_ID) above++;
    else used.add(id);
    return id;
  };
  return { peek, take };
}
