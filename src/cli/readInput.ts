// Reads a file named on the command line (`-` = stdin) with a clear error instead of a stack trace; a
// FIFO, device or folder is refused at once (only `-` reads a pipe).
import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import type { FleetSnapshot } from '../core/fleet.js';
import { t, type Lang } from '../core/i18n.js';
import { parseSnapshotText } from '../core/snapshot.js';
import { readErrorText } from '../platform/fileErrorText.js';
import { readRegularFile } from '../platform/regularFile.js';

export function readInputFile(file: string, lang: Lang): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readRegularFile(file);
  } catch (error) {
    // A pipe is read through stdin: the one way to give one here.
    const pipeHint = (error as NodeJS.ErrnoException).code === 'ENOTREGULAR' ? `; ${t(lang, 'input.useStdin')}` : '';
    throw new UserError(`${file}: ${readErrorText(error, lang)}${pipeHint}`);
  }
}

/** A fleet snapshot file (`check`, `inspect-update --fleet`); its mistakes name the file. */
export function readSnapshotFile(file: string, lang: Lang): FleetSnapshot {
  const text = readInputFile(file, lang);
  try {
    return parseSnapshotText(text, lang);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${file}: ${error.message}`);
    throw error;
  }
}
