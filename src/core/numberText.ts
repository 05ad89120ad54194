// Numbers, shares and months the way each language writes them (8,6 GB · 86 % · mars 2027).
import type { Lang } from './i18n.js';

export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}

export function formatPercent(lang: Lang, share: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** Megabytes as gigabytes with one decimal: 8806 → "8,6". */
export function formatGB(lang: Lang, megabytes: number): string {
  return formatNumber(lang, megabytes / 1024);
}

/** "mars 2027"; the month in the computer's own time zone unless one is given. */
export function formatMonth(lang: Lang, date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone }).format(date);
}
