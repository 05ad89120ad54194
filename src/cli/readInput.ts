// Reads a file named on the command line (`-` = stdin) with a clear error instead of a stack trace.
import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';

export function readInputFile(file: string, lang: Lang): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: ${t(lang, 'input.noSuchFile')}`);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${file}: ${t(lang, 'input.noPermission')}`);
    throw new UserError(`${file}: ${t(lang, 'input.cannotRead', { detail: code ?? (error as Error).message })}`);
  }
}
