// Dates and numbers the way the page's language writes them.
import type { Lang } from '../core/i18n.js';
import { LOCALES } from '../core/numberText.js';

export { formatPercent } from '../core/numberText.js';

export interface FormatOptions {
  /** IANA zone; absent = the computer's own (what the shop's clock shows). */
  timeZone?: string;
}

export function formatDateTime(lang: Lang, iso: string, options: FormatOptions = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(date);
}

export function formatDate(lang: Lang, iso: string, options: FormatOptions = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'short', timeZone: options.timeZone }).format(date);
}
