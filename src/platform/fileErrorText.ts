// Why a file the user named (or the data folder) could not be read or written, in the user's language:
// the operating system's error code in plain words, so no such mistake ends in a stack trace.
import { t, type Lang } from '../core/i18n.js';

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;
/** The code, else the message: what is left to show when there are no words for it. */
const detailOf = (error: unknown): string => codeOf(error) ?? (error instanceof Error ? error.message : String(error));

/** An error the file system gave (it has a code such as ENOENT), as opposed to a bug. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return typeof codeOf(error) === 'string';
}

/** `<path>: <this>`: why reading failed. */
export function readErrorText(error: unknown, lang: Lang): string {
  const code = codeOf(error);
  if (code === 'ENOENT') return t(lang, 'input.noSuchFile');
  if (code === 'EACCES' || code === 'EPERM') return t(lang, 'input.noPermission');
  if (code === 'EISDIR') return t(lang, 'input.isFolder');
  if (code === 'ENOTDIR') return t(lang, 'input.notFolder');
  if (code === 'ENOTREGULAR') return t(lang, 'input.notRegularFile');
  return t(lang, 'input.cannotRead', { detail: detailOf(error) });
}

/** Why writing (or making the folder) failed: the reason in a sentence that names the file. */
export function writeErrorText(error: unknown, lang: Lang): string {
  switch (codeOf(error)) {
    case 'ENOENT':
      return t(lang, 'output.noFolder');
    case 'ENOTDIR':
      return t(lang, 'input.notFolder');
    case 'EACCES':
    case 'EPERM':
      return t(lang, 'output.noPermission');
    case 'EROFS':
      return t(lang, 'output.readOnly');
    case 'ENOSPC':
    case 'EDQUOT':
      return t(lang, 'output.diskFull');
    case 'EISDIR':
      return t(lang, 'output.isFolder');
    case 'ENOTREGULAR':
      return t(lang, 'output.notRegularFile');
    default:
      return t(lang, 'output.failed', { detail: detailOf(error) });
  }
}
