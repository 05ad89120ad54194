// How a Change is stored in the event table: time, type and till as columns, the rest as compact JSON.
import type { Change, ChangeType } from '../core/changes.js';
import { machineKey } from '../core/fleet.js';

export interface EventRow {
  at: number;
  type: ChangeType;
  till_key: string | null;
  data: string | null;
}

export function toEventRow(change: Change): EventRow {
  const { type, at, ...rest } = change;
  const till = 'till' in change ? change.till : null;
  if (till !== null) delete (rest as { till?: string }).till;
  return {
    at: Date.parse(at),
    type,
    till_key: till === null ? null : machineKey(till),
    data: Object.keys(rest).length === 0 ? null : JSON.stringify(rest),
  };
}

/** `tillName` is the till's current name (events store only its key). */
export function fromEventRow(row: EventRow, tillName: string | null): Change {
  const rest = row.data === null ? {} : (JSON.parse(row.data) as object);
  const till = row.till_key === null ? {} : { till: tillName ?? row.till_key };
  return { type: row.type, at: new Date(row.at).toISOString(), ...till, ...rest } as Change;
}
