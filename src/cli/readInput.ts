// Reads a file named on the command line (`-` = stdin) with a clear error instead of a stack trace.
import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { readErrorText } from '../platform/configFile.js';

export function readInputFile(file: string, lang: Lang): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UserError(`${file}: ${readErrorText(error, lang)}`);
  }
}
