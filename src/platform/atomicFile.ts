// Replacing a file so that a crash or power cut leaves the old or the new file, never half of one: a temp
// file in the same folder, written, fsynced, renamed over the target, then the folder fsynced. The new
// file keeps what the old one had that a rename would lose: owner, group, mode, and a symbolic link
// stays a link (the file it points to is replaced).
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, readlinkSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes `data` (a string is written as UTF-8) to `path` atomically. The folder must exist.
 * `mode` (e.g. 0o600) is set exactly, whatever the umask; without it an existing file keeps its mode
 * and a new file gets the default. An existing file keeps its owner and group; when this process may
 * not give them to the new file, nothing is replaced and the error (EPERM) is thrown.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array, mode?: number): void {
  const target = followLinks(path);
  const dir = dirname(target);
  const existing = statIfExists(target);
  // A random name opened exclusively: a temp file left by a crash never blocks the next write, and a
  // name planted in advance (a link) is never written through.
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.kassavakt.tmp`);
  const exactMode = mode ?? (existing ? existing.mode & 0o7777 : undefined);
  const fd = openSync(temp, 'wx', exactMode ?? 0o666);
  try {
    try {
      // chown first: it clears set-id bits, which the chmod after it puts back.
      if (existing) fchownSync(fd, existing.uid, existing.gid);
      if (exactMode !== undefined) fchmodSync(fd, exactMode);
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone or not removable; the random name keeps it from blocking anything.
    }
    throw error;
  }
  syncDir(dir);
}

/** The file a chain of symbolic links ends at (which need not exist yet); `path` itself when it is no link. */
function followLinks(path: string): string {
  let current = resolve(path);
  // The kernel's own limit (ELOOP after 40 links) keeps a link cycle from looping here.
  for (let hops = 0; hops < 40; hops += 1) {
    let link: string;
    try {
      if (!lstatSync(current).isSymbolicLink()) return current;
      link = readlinkSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw error;
    }
    current = resolve(dirname(current), link);
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP' });
}

function statIfExists(path: string): { mode: number; uid: number; gid: number } | null {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Makes the rename itself durable. Best effort: Windows cannot open a folder for fsync. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here (Windows, some network file systems); the data itself is already on disk.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
