// What the DSN repair did, or why it could not, in the user's words: the terminal and the page alike.
import { t, type Lang } from '../../core/i18n.js';
import { isFileSystemError, readErrorText, writeErrorText } from '../fileErrorText.js';
import type { DsnError } from './dsnStore.js';
import type { RepairResult } from './repair.js';

/** The catalog text for the failure; a Server value that is missing is worded in the user's language. */
export function dsnErrorText(lang: Lang, error: DsnError): string {
  const detail = error.found === undefined ? error.detail : (error.found ?? t(lang, 'repair.none'));
  return t(lang, `repair.error.${error.failure}`, { dsn: error.dsnName, detail, reason: backupReason(lang, error) });
}

/** Why the backup file could not be read or written; '' for the other failures, whose texts have no {reason}. */
function backupReason(lang: Lang, error: DsnError): string {
  if (error.failure === 'BACKUP_FAILED') return writeErrorText(error.cause, lang);
  if (error.failure === 'BACKUP_UNREADABLE') return isFileSystemError(error.cause) ? readErrorText(error.cause, lang) : t(lang, 'input.notJsonPlain');
  return '';
}

/** "Changed … from … to …" or "already points at …"; a missing value is worded in the user's language. */
export function repairResultText(lang: Lang, result: RepairResult): string {
  const none = t(lang, 'repair.none');
  return result.changed
    ? t(lang, 'repair.applied', { dsn: result.dsnName, server: result.current ?? none, previous: result.previous ?? none })
    : t(lang, 'repair.unchanged', { dsn: result.dsnName, server: result.current ?? none });
}
