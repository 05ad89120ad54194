// Reads and edits one key of one section of an odbc.ini text while keeping every other byte as it
// was (line endings, spacing, comments, order), so that an edit followed by its undo is byte-identical.
// Section and key are the ones unixODBC reads: the first match, names compared case-insensitively.

interface Line {
  /** The line without its terminator. */
  body: string;
  /** '\r\n', '\n', '\r' or '' for a last line without terminator. */
  eol: string;
}

interface KeyLine {
  index: number;
  key: string;
  /** The text before the value (indent, key, '=' and surrounding spaces). */
  head: string;
  value: string;
  /** Whitespace after the value, kept as it was. */
  tail: string;
}

const SECTION = /^\s*\[([^\]]*)\]\s*$/;
const KEY_VALUE = /^(\s*([^=;#[\s][^=]*?)\s*=[ \t]*)(.*?)(\s*)$/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0] === '' && match.index === text.length) break;
    lines.push({ body: match[1] ?? '', eol: match[2] ?? '' });
  }
  return lines;
}

function joinLines(lines: readonly Line[]): string {
  return lines.map((line) => line.body + line.eol).join('');
}

/** The index range [start, end) of the section's body lines, or null when there is no such section. */
function findSection(lines: readonly Line[], section: string): { start: number; end: number } | null {
  const headers = lines
    .map((line, index) => ({ index, name: SECTION.exec(line.body)?.[1]?.trim() }))
    .filter((h): h is { index: number; name: string } => h.name !== undefined);
  // The section unixODBC reads: the first whose name matches case-insensitively. A later one with the
  // exact spelling is never read, and a repeated section is not merged into the first.
  const header = headers.find((h) => h.name.toLowerCase() === section.toLowerCase());
  if (!header) return null;
  const next = headers.find((h) => h.index > header.index);
  return { start: header.index + 1, end: next ? next.index : lines.length };
}

function findKey(lines: readonly Line[], range: { start: number; end: number }, key: string): KeyLine | null {
  for (let index = range.start; index < range.end; index += 1) {
    const match = KEY_VALUE.exec(lines[index]!.body);
    if (match && match[2]!.toLowerCase() === key.toLowerCase()) {
      return { index, key: match[2]!, head: match[1]!, value: match[3]!, tail: match[4]! };
    }
  }
  return null;
}

export function hasSection(text: string, section: string): boolean {
  return findSection(splitLines(text), section) !== null;
}

/** The key's value in the section; undefined when the section is missing, null when only the key is. */
export function readIniValue(text: string, section: string, key: string): string | null | undefined {
  const lines = splitLines(text);
  const range = findSection(lines, section);
  if (!range) return undefined;
  return findKey(lines, range, key)?.value ?? null;
}

/**
 * The text with the key set to value (or removed, for null). Only the value's characters change
 * when the key exists; a new key goes after the section's last non-blank line. Throws when the
 * section does not exist.
 */
export function setIniValue(text: string, section: string, key: string, value: string | null): string {
  const lines = splitLines(text);
  const range = findSection(lines, section);
  if (!range) throw new Error(`no section [${section}]`);
  const existing = findKey(lines, range, key);
  if (existing) {
    const line = lines[existing.index]!;
    if (value !== null) {
      lines[existing.index] = { body: existing.head + value + existing.tail, eol: line.eol };
      return joinLines(lines);
    }
    // A removed last line without terminator takes the previous line's terminator with it.
    if (line.eol === '' && existing.index > 0) lines[existing.index - 1] = { ...lines[existing.index - 1]!, eol: '' };
    lines.splice(existing.index, 1);
    return joinLines(lines);
  }
  if (value === null) return text;
  let after = range.start - 1;
  for (let index = range.start; index < range.end; index += 1) {
    if (lines[index]!.body.trim() !== '') after = index;
  }
  const eol = lines.find((line) => line.eol !== '')?.eol ?? '\n';
  const previous = lines[after]!;
  const added: Line = { body: `${key} = ${value}`, eol: previous.eol };
  if (previous.eol === '') lines[after] = { ...previous, eol };
  lines.splice(after + 1, 0, added);
  return joinLines(lines);
}
