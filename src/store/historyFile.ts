// Opens the history file safely: refuses a file from a newer Kassavakt without touching it, moves a
// damaged file aside (never deletes it), then sets WAL + synchronous=FULL and runs the migrations.
import { closeSync, existsSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import { openSqlite, type SqliteDatabase } from '../platform/sqlite/index.js';
import { migrate, SCHEMA_VERSION } from './schema.js';

/**
 * FULL (default): each poll's commit is fsynced, so a power cut loses at most the poll in flight; at one
 * commit a minute the cost is a few milliseconds. NORMAL survives a crashed process but a power cut
 * can drop the last commits (the file stays intact); the benchmark uses it to replay a year quickly.
 */
export type Durability = 'full' | 'normal';

export interface OpenedHistoryFile {
  db: SqliteDatabase;
  /** Where a damaged file was moved to, when that happened while opening. */
  quarantinedTo: string | null;
}

const SQLITE_MAGIC = 'SQLite format 3\0';
/** Not a database, or a damaged one (also SQLITE_CORRUPT_INDEX and the other extended codes). */
const DAMAGED = /^SQLITE_(NOTADB|CORRUPT)/;

export function openHistoryFile(path: string, lang: Lang, durability: Durability = 'full', now: Date = new Date()): OpenedHistoryFile {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${path}: ${t(lang, 'input.isFolder')}`);
  refuseNewer(path, headerVersion(path), lang);
  let quarantinedTo: string | null = null;
  if (existsSync(path) && !passesQuickCheck(path, lang)) quarantinedTo = quarantine(path, now);
  try {
    return { db: connect(path, lang, durability), quarantinedTo };
  } catch (error) {
    // Damage the read-only check could not see (e.g. in the write-ahead log) shows up here.
    if (quarantinedTo !== null || !isDamaged(error)) throw error;
    quarantinedTo = quarantine(path, now);
    return { db: connect(path, lang, durability), quarantinedTo };
  }
}

/** user_version straight from the file header (offset 60), without opening the file in SQLite. */
function headerVersion(path: string): number | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return null;
    return header.readUInt32BE(60);
  } finally {
    closeSync(fd);
  }
}

function refuseNewer(path: string, version: number | null, lang: Lang): void {
  if (version !== null && version > SCHEMA_VERSION) {
    throw new UserError(t(lang, 'store.newer', { path, found: version, known: SCHEMA_VERSION }));
  }
}

function isDamaged(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DAMAGED.test(code);
}

function passesQuickCheck(path: string, lang: Lang): boolean {
  let probe: SqliteDatabase | undefined;
  try {
    probe = openSqlite(path, lang, { readonly: true });
    return probe.pragma('quick_check', { simple: true }) === 'ok';
  } catch (error) {
    if (isDamaged(error)) return false;
    throw error;
  } finally {
    probe?.close();
  }
}

/** Renames the file and its -wal/-shm companions to `<name>.corrupt-<time>`; returns the new name. */
function quarantine(path: string, now: Date): string {
  const target = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  return target;
}

function connect(path: string, lang: Lang, durability: Durability): SqliteDatabase {
  const db = openSqlite(path, lang);
  try {
    // The header can lag behind the write-ahead log; ask SQLite before changing anything.
    refuseNewer(path, db.pragma('user_version', { simple: true }) as number, lang);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
