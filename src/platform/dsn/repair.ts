// One-click DSN repair: validate the new server string, record the old value in a backup file in
// the data folder, write, read back. Undo puts the recorded value back, but only while the DSN
// still holds what the repair wrote (a later change by someone else is never overwritten).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../atomicFile.js';
import { parseServerString } from '../../core/serverString.js';
import { DsnError, type DsnStore } from './dsnStore.js';

export interface RepairRecord {
  dsnName: string;
  kind: DsnStore['kind'];
  location: string;
  /** The Server value before the repair; null when the DSN had none. */
  previous: string | null;
  written: string;
  /** ISO time of the repair. */
  at: string;
}

export interface RepairResult {
  dsnName: string;
  location: string;
  previous: string | null;
  current: string | null;
  changed: boolean;
}

export function repairBackupPath(dataDir: string): string {
  return join(dataDir, 'dsn-backup.json');
}

function loadRecords(dataDir: string): RepairRecord[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(repairBackupPath(dataDir), 'utf8'));
    return Array.isArray(parsed) ? (parsed as RepairRecord[]) : [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function saveRecords(dataDir: string, records: readonly RepairRecord[]): void {
  mkdirSync(dataDir, { recursive: true });
  // Fsynced before the DSN is touched: the backup must survive a power cut that the new DSN value survives.
  writeFileAtomically(repairBackupPath(dataDir), `${JSON.stringify(records, null, 2)}\n`);
}

/** Only for `DsnError.detail` (logs, --json); user-facing text words a missing value through `repair.none` via `DsnError.found`. */
const NONE = '(none)';

function sameDsn(record: RepairRecord, store: DsnStore): boolean {
  return record.kind === store.kind && record.dsnName.toLowerCase() === store.dsnName.toLowerCase();
}

/** The last repair of this DSN that undo would reverse, if any. */
export function lastRepair(store: DsnStore, dataDir: string): RepairRecord | undefined {
  return loadRecords(dataDir).filter((r) => sameDsn(r, store)).at(-1);
}

async function verify(store: DsnStore, value: string | null): Promise<void> {
  const after = await store.read();
  if (after.server !== value) {
    throw new DsnError('VERIFY_FAILED', store.dsnName, `${after.location}: ${after.server ?? NONE}`, after.server);
  }
}

/** Writes `server` into the DSN's Server field. Throws DsnError; on failure the old value stays. */
export async function repairDsn(store: DsnStore, server: string, dataDir: string, now = new Date()): Promise<RepairResult> {
  if (!parseServerString(server).ok || server !== server.trim()) throw new DsnError('INVALID_SERVER', store.dsnName, server);
  const before = await store.read();
  if (before.server === server) {
    return { dsnName: store.dsnName, location: before.location, previous: before.server, current: server, changed: false };
  }
  const records = loadRecords(dataDir);
  const record: RepairRecord = {
    dsnName: store.dsnName,
    kind: store.kind,
    location: before.location,
    previous: before.server,
    written: server,
    at: now.toISOString(),
  };
  // The backup is on disk before the DSN changes, so there is always a way back.
  saveRecords(dataDir, [...records, record]);
  try {
    await store.writeServer(server);
  } catch (error) {
    saveRecords(dataDir, records);
    throw error;
  }
  await verify(store, server);
  return { dsnName: store.dsnName, location: before.location, previous: before.server, current: server, changed: true };
}

/** Puts back the value the last repair replaced. */
export async function undoRepair(store: DsnStore, dataDir: string): Promise<RepairResult> {
  const records = loadRecords(dataDir);
  const index = records.findLastIndex((r) => sameDsn(r, store));
  if (index < 0) throw new DsnError('NO_BACKUP', store.dsnName, repairBackupPath(dataDir));
  const record = records[index]!;
  const now = await store.read();
  if (now.server !== record.written) throw new DsnError('CHANGED_SINCE', store.dsnName, now.server ?? NONE, now.server);
  await store.writeServer(record.previous);
  await verify(store, record.previous);
  saveRecords(dataDir, records.filter((_, i) => i !== index));
  return { dsnName: store.dsnName, location: now.location, previous: now.server, current: record.previous, changed: true };
}
