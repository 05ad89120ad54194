// A file the user names for Kassavakt to write (a script for the main till, a report): written only where
// nothing is yet or where an earlier one of ours is (it carries our marker), so a mistyped name never
// replaces someone's document; and atomically, so an earlier one is never left half-written.
import { writeFileAtomically } from './atomicFile.js';
import { readRegularFile } from './regularFile.js';

/**
 * Writes `text` to `path` and returns true; returns false, writing nothing, when a file is there that
 * does not carry `marker`. Throws the system error when the place cannot be read or written (a folder,
 * a FIFO, a folder that does not exist): `writeErrorText` words it.
 */
export function writeOwnFile(path: string, text: string, marker: string): boolean {
  let existing: string | null = null;
  try {
    existing = readRegularFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (existing !== null && !existing.includes(marker)) return false;
  writeFileAtomically(path, text);
  return true;
}
