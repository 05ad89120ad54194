// Replacing a file so that a crash or power cut leaves the old or the new file, never half of one: a temp
// file in the same folder, written, fsynced, renamed over the target, then the folder fsynced.
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` (a string is written as UTF-8) to `path` atomically. The folder must exist.
 * `mode` (e.g. 0o600) is set exactly, whatever the umask; without it a new file gets the default mode.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array, mode?: number): void {
  const dir = dirname(path);
  // A random name opened exclusively: a temp file left by a crash never blocks the next write, and a
  // name planted in advance (a link) is never written through.
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.kassavakt.tmp`);
  const fd = openSync(temp, 'wx', mode ?? 0o666);
  try {
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
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
