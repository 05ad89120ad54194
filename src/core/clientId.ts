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

/** A free Client ID for a new till: the highest numeric ID in use + 1 (1 when none is numeric). */
export function suggestClientId(tills: readonly Till[]): number {
  let highest = 0;
  for (const till of tills) {
    const id = normalizeClientId(till.clientId);
    if (id !== null && /^\d+$/.test(id)) highest = Math.max(highest, Number(id));
  }
  return highest + 1;
}
