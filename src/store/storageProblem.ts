// Tells "the disk or folder refuses to store" (full, read-only, no permission, I/O error) apart from bugs.
export interface StorageProblem {
  /** SQLite or OS code, e.g. SQLITE_FULL, SQLITE_READONLY, EACCES. */
  code: string;
  detail: string;
}

const STORAGE_CODES = /^(SQLITE_(FULL|READONLY|IOERR|CANTOPEN|PERM|CORRUPT|NOTADB|BUSY|LOCKED)|EACCES|EPERM|EROFS|ENOSPC|EIO|EBUSY|ENOENT|ENOTDIR)/;

export function storageProblem(error: unknown): StorageProblem | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !STORAGE_CODES.test(code)) return null;
  return { code, detail: (error as Error).message };
}
