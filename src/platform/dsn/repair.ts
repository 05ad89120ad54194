// One-click DSN repair: validate the new server string, let the back-end work out which of the keys
// its driver reads must change, record their old values in a backup file in the data folder, write,
// read back, and ask the caller's check (the doctor) whether the driver's target now works; when any
// step fails the old values go back and nothing stays recorded. Undo puts the recorded values back,
// but only while the DSN still holds what the repair wrote (a later change is never overwritten).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseServerString, type ServerAddress } from '../../core/serverString.js';
import { writeFileAtomically } from '../atomicFile.js';
import { DsnError, targetText, type DsnStore, type DsnValues } from './dsnStore.js';

export interface RepairRecord {
  dsnName: string;
  kind: DsnStore['kind'];
  location: string;
  /** The changed keys' values before the repair; null for a key the DSN did not have. */
  previous: DsnValues;
  written: DsnValues;
  /** ISO time of the repair. */
  at: string;
}

export interface RepairResult {
  dsnName: string;
  location: string;
  /** The server the DSN led to before (null: none), and after. */
  previous: string | null;
  current: string | null;
  changed: boolean;
}

/**
 * Whether the driver's target works, asked after the write with the target as read back. The caller
 * builds it from the connection doctor (platform/ does not reach the main till itself).
 */
export type VerifyTarget = (server: ServerAddress) => Promise<boolean>;

export interface RepairOptions {
  verify: VerifyTarget;
  now?: Date;
}

export function repairBackupPath(dataDir: string): string {
  return join(dataDir, 'dsn-backup.json');
}

/** A record from before the DSN keys were recorded by name held the Server value alone. */
type StoredRecord = RepairRecord | (Omit<RepairRecord, 'previous' | 'written'> & { previous: string | null; written: string });

/** The records of earlier repairs; BACKUP_UNREADABLE when the file is there but cannot be read. */
function loadRecords(store: DsnStore, dataDir: string): RepairRecord[] {
  const path = repairBackupPath(dataDir);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new DsnError('BACKUP_UNREADABLE', store.dsnName, path, undefined, error);
  }
  if (!Array.isArray(parsed)) return [];
  return (parsed as StoredRecord[]).map((record) =>
    typeof record.written === 'string'
      ? { ...record, previous: { Server: record.previous as string | null }, written: { Server: record.written } }
      : (record as RepairRecord),
  );
}

function saveRecords(store: DsnStore, dataDir: string, records: readonly RepairRecord[]): void {
  const path = repairBackupPath(dataDir);
  try {
    mkdirSync(dataDir, { recursive: true });
    // Fsynced before the DSN is touched: the backup must survive a power cut that the new DSN value survives.
    writeFileAtomically(path, `${JSON.stringify(records, null, 2)}\n`);
  } catch (error) {
    throw new DsnError('BACKUP_FAILED', store.dsnName, path, undefined, error);
  }
}

/** Only for `DsnError.detail` (logs, --json); user-facing text words a missing value through `repair.none` via `DsnError.found`. */
const NONE = '(none)';

function sameDsn(record: RepairRecord, store: DsnStore): boolean {
  return record.kind === store.kind && record.dsnName.toLowerCase() === store.dsnName.toLowerCase();
}

/** Whether the DSN holds every value in `expected`. */
function holds(values: DsnValues, expected: DsnValues): boolean {
  return Object.entries(expected).every(([key, value]) => (values[key] ?? null) === value);
}

/** The last repair of this DSN that undo would reverse, if any. */
export function lastRepair(store: DsnStore, dataDir: string): RepairRecord | undefined {
  return loadRecords(store, dataDir).filter((r) => sameDsn(r, store)).at(-1);
}

/**
 * Makes the DSN's driver connect to `server`. Throws DsnError; whenever it throws, the DSN holds its
 * old values and no record was kept, except after ROLLBACK_FAILED (then the record lets undo finish).
 */
export async function repairDsn(store: DsnStore, server: string, dataDir: string, options: RepairOptions): Promise<RepairResult> {
  const parsed = parseServerString(server);
  if (!parsed.ok || server !== server.trim()) throw new DsnError('INVALID_SERVER', store.dsnName, server);
  const before = await store.read();
  const changes = store.changesFor(before, parsed.server);
  const result = (current: string | null, changed: boolean): RepairResult => ({
    dsnName: store.dsnName,
    location: before.location,
    previous: targetText(before.target),
    current,
    changed,
  });
  if (Object.keys(changes).length === 0) return result(targetText(before.target), false);

  const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, before.values[key] ?? null]));
  const records = loadRecords(store, dataDir);
  const record: RepairRecord = {
    dsnName: store.dsnName,
    kind: store.kind,
    location: before.location,
    previous,
    written: changes,
    at: (options.now ?? new Date()).toISOString(),
  };
  // The backup is on disk before the DSN changes, so there is always a way back.
  saveRecords(store, dataDir, [...records, record]);
  try {
    await store.write(changes);
  } catch (error) {
    saveRecords(store, dataDir, records);
    throw error;
  }
  try {
    const after = await store.read();
    // Read back: the values are there, and by the driver's rules they lead where they should.
    if (after.target.kind !== 'server' || !holds(after.values, changes) || Object.keys(store.changesFor(after, parsed.server)).length) {
      const found = targetText(after.target);
      throw new DsnError('VERIFY_FAILED', store.dsnName, `${after.location}: ${found ?? NONE}`, found);
    }
    if (!(await options.verify(after.target.server))) throw new DsnError('STILL_FAILS', store.dsnName, targetText(after.target) ?? NONE);
    return result(targetText(after.target), true);
  } catch (error) {
    await rollBack(store, previous, error);
    saveRecords(store, dataDir, records);
    throw error;
  }
}

/** Puts the old values back after a repair that did not work; ROLLBACK_FAILED when that fails too. */
async function rollBack(store: DsnStore, previous: DsnValues, cause: unknown): Promise<void> {
  try {
    await store.write(previous);
    const back = await store.read();
    if (!holds(back.values, previous)) throw new DsnError('VERIFY_FAILED', store.dsnName, back.location, targetText(back.target));
  } catch (error) {
    const why = (e: unknown) => (e instanceof DsnError ? `${e.failure} ${e.detail}` : String(e));
    throw new DsnError('ROLLBACK_FAILED', store.dsnName, `${why(cause)}; ${why(error)}`);
  }
}

/** Puts back the values the last repair replaced. */
export async function undoRepair(store: DsnStore, dataDir: string): Promise<RepairResult> {
  const records = loadRecords(store, dataDir);
  const index = records.findLastIndex((r) => sameDsn(r, store));
  if (index < 0) throw new DsnError('NO_BACKUP', store.dsnName, repairBackupPath(dataDir));
  const record = records[index]!;
  const now = await store.read();
  if (!holds(now.values, record.written)) {
    const found = targetText(now.target);
    throw new DsnError('CHANGED_SINCE', store.dsnName, found ?? NONE, found);
  }
  await store.write(record.previous);
  const after = await store.read();
  if (!holds(after.values, record.previous)) {
    const found = targetText(after.target);
    throw new DsnError('VERIFY_FAILED', store.dsnName, `${after.location}: ${found ?? NONE}`, found);
  }
  saveRecords(store, dataDir, records.filter((_, i) => i !== index));
  return { dsnName: store.dsnName, location: now.location, previous: targetText(now.target), current: targetText(after.target), changed: true };
}
