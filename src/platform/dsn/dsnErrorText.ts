// A DSN failure in the user's words, for the terminal and the page alike.
import { t, type Lang } from '../../core/i18n.js';
import type { DsnError } from './dsnStore.js';

/** The catalog text for the failure; a Server value that is missing is worded in the user's language. */
export function dsnErrorText(lang: Lang, error: DsnError): string {
  const detail = error.found === undefined ? error.detail : (error.found ?? t(lang, 'repair.none'));
  return t(lang, `repair.error.${error.failure}`, { dsn: error.dsnName, detail });
}
