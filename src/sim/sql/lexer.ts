// A small T-SQL scanner: masks string literals, quoted identifiers and comments so the splitter and
// the translator can work on plain keywords without being fooled by text inside quotes.
export interface Masked {
  /** The SQL with every literal/identifier/comment replaced by a `\u0001<n>\u0002` placeholder. */
  text: string;
  pieces: string[];
}

const OPEN = '\u0001';
const CLOSE = '\u0002';
const PLACEHOLDER = /\u0001(\d+)\u0002/g;

export function mask(sql: string): Masked {
  const pieces: string[] = [];
  let out = '';
  let i = 0;
  const keep = (piece: string) => {
    out += `${OPEN}${pieces.length}${CLOSE}`;
    pieces.push(piece);
  };
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === "'" || ((c === 'N' || c === 'n') && next === "'" && !/[\w@#$]/.test(sql[i - 1] ?? ''))) {
      const start = i;
      i = c === "'" ? i + 1 : i + 2;
      while (i < sql.length) {
        if (sql[i] === "'" && sql[i + 1] === "'") i += 2;
        else if (sql[i] === "'") break;
        else i++;
      }
      i++;
      keep(sql.slice(start, i));
    } else if (c === '[' || c === '"') {
      const close = c === '[' ? ']' : '"';
      const start = i++;
      while (i < sql.length) {
        if (sql[i] === close && sql[i + 1] === close) i += 2;
        else if (sql[i] === close) break;
        else i++;
      }
      i++;
      keep(sql.slice(start, i));
    } else if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end;
      out += ' ';
    } else if (c === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      const stop = end === -1 ? sql.length : end + 2;
      // Its line breaks are kept, so a statement's line in the masked text is its line in the batch.
      out += ` ${'\n'.repeat(sql.slice(i, stop).split('\n').length - 1)}`;
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return { text: out, pieces };
}

/** Puts the masked pieces back, passing each through `piece` (e.g. to turn N'x' into 'x'). */
export function unmask(text: string, pieces: readonly string[], piece: (p: string) => string = (p) => p): string {
  return text.replace(PLACEHOLDER, (_, n: string) => piece(pieces[Number(n)]!));
}

/** The index of the parenthesis closing the one at `open`, in masked text (-1 if unbalanced). */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits masked text at top-level commas (outside parentheses). */
export function splitTopLevel(text: string, separator = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
