// The last line of defence for "never write to the main till's database": before a batch is sent,
// every statement in it must be a SELECT or a SET, and no word that changes data may appear outside
// strings, comments and [quoted] names. Deliberately strict: a false refusal is a visible bug, a
// false acceptance could block a sale.
import { POLL_SESSION_PREAMBLE } from './pollQueries.js';

/**
 * Why a batch was refused; `word` is the offending keyword (for STARTS_WITH and CONTAINS). NO_PREAMBLE:
 * the batch does not start by making the session read-uncommitted with the short lock timeout.
 */
export type ReadOnlyProblem = 'UNTERMINATED' | 'NO_STATEMENT' | 'STARTS_WITH' | 'CONTAINS' | 'NO_PREAMBLE';

export type ReadOnlyCheck = { ok: true } | { ok: false; problem: ReadOnlyProblem; word?: string };

/** The same verdict with an English reason, for logs and tests; users get `readOnly.reason.*`. */
export type ReadOnlyVerdict = { ok: true } | { ok: false; reason: string };

const ALLOWED_STARTS = new Set(['SELECT', 'SET']);
const FORBIDDEN_WORDS = new Set([
  'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'INTO', 'CREATE', 'ALTER', 'DROP', 'TRUNCATE', 'EXEC', 'EXECUTE',
  'GRANT', 'REVOKE', 'DENY', 'BACKUP', 'RESTORE', 'DBCC', 'SHUTDOWN', 'KILL', 'BULK', 'OPENROWSET',
  'OPENQUERY', 'OPENDATASOURCE', 'RECONFIGURE', 'USE', 'BEGIN', 'COMMIT', 'ROLLBACK', 'SAVE', 'WAITFOR',
  'DECLARE', 'GOTO', 'WRITETEXT', 'UPDATETEXT', 'READTEXT',
]);

interface Token {
  word: string;
  /** True for `;` (ends a statement). */
  separator: boolean;
}

export function inspectReadOnly(sql: string): ReadOnlyCheck {
  const tokens = tokenize(sql);
  if (tokens === null) return { ok: false, problem: 'UNTERMINATED' };
  let atStatementStart = true;
  let statements = 0;
  for (const token of tokens) {
    if (token.separator) {
      atStatementStart = true;
      continue;
    }
    if (atStatementStart) {
      if (!ALLOWED_STARTS.has(token.word)) return { ok: false, problem: 'STARTS_WITH', word: token.word };
      atStatementStart = false;
      statements += 1;
    }
    if (FORBIDDEN_WORDS.has(token.word)) return { ok: false, problem: 'CONTAINS', word: token.word };
  }
  return statements === 0 ? { ok: false, problem: 'NO_STATEMENT' } : { ok: true };
}

/** The one guard every batch to the main till passes: only SELECT/SET, and the session preamble first. */
export function inspectBatch(batch: string): ReadOnlyCheck {
  const check = inspectReadOnly(batch);
  if (!check.ok) return check;
  return batch.startsWith(POLL_SESSION_PREAMBLE) ? check : { ok: false, problem: 'NO_PREAMBLE' };
}

export function checkReadOnly(sql: string): ReadOnlyVerdict {
  const check = inspectReadOnly(sql);
  if (check.ok) return check;
  const reasons: Record<ReadOnlyProblem, string> = {
    UNTERMINATED: 'unterminated string, comment or quoted name',
    NO_STATEMENT: 'no statement',
    STARTS_WITH: `statement starts with ${check.word}`,
    CONTAINS: `contains ${check.word}`,
    NO_PREAMBLE: 'does not start with the read-uncommitted, lock-timeout preamble',
  };
  return { ok: false, reason: reasons[check.problem] };
}

/**
 * Words (upper-cased) and `;` outside string literals, comments and quoted identifiers, which are
 * skipped. Null when one of those is never closed (the server would read it differently).
 */
function tokenize(sql: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  const closeAt = (end: string, from: number, doubledEscapes: boolean): number | null => {
    let at = from;
    for (;;) {
      const found = sql.indexOf(end, at);
      if (found < 0) return null;
      if (doubledEscapes && sql.startsWith(end, found + end.length)) {
        at = found + 2 * end.length;
        continue;
      }
      return found + end.length;
    }
  };
  while (i < sql.length) {
    const c = sql[i]!;
    let next: number | null;
    if (c === "'") next = closeAt("'", i + 1, true);
    else if (c === '"') next = closeAt('"', i + 1, true);
    else if (c === '[') next = closeAt(']', i + 1, true);
    else if (sql.startsWith('--', i)) next = sql.includes('\n', i) ? sql.indexOf('\n', i) + 1 : sql.length;
    else if (sql.startsWith('/*', i)) next = closeBlockComment(sql, i);
    else if (c === ';') {
      tokens.push({ word: ';', separator: true });
      next = i + 1;
    } else if (/[A-Za-z_@#]/.test(c)) {
      const match = /^[A-Za-z_@#][A-Za-z0-9_@#$]*/.exec(sql.slice(i))!;
      tokens.push({ word: match[0].toUpperCase(), separator: false });
      next = i + match[0].length;
    } else next = i + 1;
    if (next === null) return null;
    i = next;
  }
  return tokens;
}

/** T-SQL block comments nest. */
function closeBlockComment(sql: string, start: number): number | null {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth += 1;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else i += 1;
  }
  return null;
}
