// Where a generated script for the main till goes: `-` prints it, otherwise a new file or an earlier
// script of ours (platform/ownFile); anything else, or a place that cannot be written, is one clear line.
import { resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import { isFileSystemError, writeErrorText } from '../platform/fileErrorText.js';
import { writeOwnFile } from '../platform/ownFile.js';

export interface ScriptOutput {
  /** `--out`: a file, `-` for standard output, undefined for `defaultFile`. */
  out: string | undefined;
  defaultFile: string;
  script: string;
  marker: string;
  /** The line for a file there that is not one of our scripts. */
  exists: (path: string) => string;
  lang: Lang;
}

/** Returns the path written, or null when the script went to standard output. */
export function writeScript(options: ScriptOutput): string | null {
  if (options.out === '-') {
    process.stdout.write(options.script);
    return null;
  }
  const path = resolve(options.out ?? options.defaultFile);
  let written: boolean;
  try {
    written = writeOwnFile(path, options.script, options.marker);
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    throw new UserError(t(options.lang, 'output.scriptNotSaved', { path, reason: writeErrorText(error, options.lang) }));
  }
  if (!written) throw new UserError(options.exists(path));
  return path;
}
