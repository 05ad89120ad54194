// One message catalog for all user-facing text. Each area of the program keeps its messages in
// messages/<area>.ts as { key: { sv, nb, en } }; messages/index.ts joins them into the catalog.
import { catalog, type MessageKey } from './messages/index.js';
import { visibleInline } from './visibleText.js';

export const LANGS = ['sv', 'nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'sv';

export type Translations = { sv: string; nb: string; en: string };
export type Params = Record<string, string | number>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Renders a message, replacing `{name}` placeholders with params. A parameter is data (a till name, a
 * path, a driver's message) and is put in on one line with its control characters escaped
 * (`visibleInline`): a till name holding a line break cannot fake a line of its own in a terminal, a
 * log or a notification. Line breaks belong to the templates.
 */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = catalog[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? visibleInline(String(params[name])) : whole));
}

/** "A", "A och B", "A, B och C" in the chosen language. */
export function joinList(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const and = t(lang, 'list.and');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
