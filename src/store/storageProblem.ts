// Tells "the disk or folder refuses to store" (full, read-only, no permission, I/O error) apart from bugs,
// and says which it is in plain words; the code itself is for the log.
import { t, type Lang } from '../core/i18n.js';
import type { MessageKey } from '../core/messages/index.js';
import { writeErrorText } from '../platform/fileErrorText.js';

export interface StorageProblem {
  /** SQLite or OS code, e.g. SQLITE_FULL, SQLITE_READONLY, EACCES. */
  code: string;
  detail: string;
}

/**
 * The codes that mean the history cannot be stored and whose words are the store's own: SQLite's by
 * primary code (SQLITE_IOERR_WRITE is SQLITE_IOERR), and the OS's I/O and busy errors.
 */
const REASONS = new Map<string, MessageKey>([
  ['SQLITE_FULL', 'output.diskFull'],
  ['SQLITE_READONLY', 'output.noPermission'],
  ['SQLITE_PERM', 'output.noPermission'],
  ['SQLITE_IOERR', 'store.diskError'],
  ['EIO', 'store.diskError'],
  ['SQLITE_CANTOPEN', 'store.cannotOpen'],
  ['SQLITE_CORRUPT', 'store.damaged'],
  ['SQLITE_NOTADB', 'store.damaged'],
  ['SQLITE_BUSY', 'store.inUse'],
  ['SQLITE_LOCKED', 'store.inUse'],
  ['EBUSY', 'store.inUse'],
]);
/** The OS codes that mean the same, worded by `writeErrorText`. */
const FILE_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOENT', 'ENOTDIR']);

const reasonOf = (code: string): MessageKey | undefined => REASONS.get(/^SQLITE_[A-Z]+/.exec(code)?.[0] ?? code);

export function storageProblem(error: unknown): StorageProblem | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || (reasonOf(code) === undefined && !FILE_CODES.has(code))) return null;
  return { code, detail: (error as Error).message };
}

/** Why the history cannot be stored, in the user's language (without the code). */
export function storageProblemText(problem: StorageProblem, lang: Lang): string {
  const key = reasonOf(problem.code);
  return key === undefined ? writeErrorText(problem, lang) : t(lang, key);
}
