// Why a JSON text (a snapshot, the settings file) does not parse, in the user's language and with the
// line and character of the mistake; never the engine's English words, which may also quote the file
// (password and all).
import { visit } from 'jsonc-parser';
import { t, type Lang } from './i18n.js';

/** `error` is what JSON.parse threw for `text`. */
export function jsonErrorText(error: unknown, text: string, lang: Lang): string {
  const offset = enginePosition(error, text) ?? firstSyntaxError(text);
  if (offset === null) return t(lang, 'input.notJsonPlain');
  if (offset >= text.length) return t(lang, 'input.notJsonEnd');
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return t(lang, 'input.notJsonAt', { line, column });
}

/** V8 names the exact position for some mistakes ("… in JSON at position 7", "Unexpected end"), not for all. */
function enginePosition(error: unknown, text: string): number | null {
  const message = error instanceof Error ? error.message : '';
  if (/end of JSON input/i.test(message)) return text.length;
  const position = /\bposition (\d+)/.exec(message);
  return position ? Number(position[1]) : null;
}

/** Where a strict JSON reader first stops (the start of the token it could not take). */
function firstSyntaxError(text: string): number | null {
  let first: number | null = null;
  try {
    visit(text, { onError: (_code, offset) => void (first ??= offset) }, { disallowComments: true, allowTrailingComma: false });
  } catch {
    // Nesting deeper than jsonc-parser's recursion: no place to name, the plain message says enough.
  }
  return first;
}
