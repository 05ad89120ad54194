// Splits a T-SQL batch into statements. T-SQL needs no semicolons ("set a on\nset b off" is two
// statements, as tedious sends on connect), so a top-level statement keyword also starts a new one.
// Each statement comes with the batch line it starts on: SQL Server names that line in its errors.
import { mask, unmask } from './lexer.js';

const STARTERS = new Set([
  'SELECT', 'SET', 'USE', 'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'TRUNCATE', 'EXEC', 'EXECUTE', 'CREATE',
  'DROP', 'ALTER', 'GRANT', 'REVOKE', 'DENY', 'DECLARE', 'PRINT', 'IF', 'WHILE', 'BEGIN', 'COMMIT',
  'ROLLBACK', 'SAVE', 'RETURN', 'WAITFOR', 'BACKUP', 'RESTORE', 'DBCC', 'KILL', 'SHUTDOWN', 'RAISERROR',
  'THROW', 'WITH',
]);
const JOINERS = new Set(['UNION', 'ALL', 'EXCEPT', 'INTERSECT']);
/** Statements whose body legitimately contains other statement keywords at top level. */
const CONTAINERS: Record<string, Set<string>> = {
  INSERT: new Set(['SELECT', 'EXEC', 'EXECUTE', 'WITH']),
  UPDATE: new Set(['SET']),
  WITH: new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'MERGE']),
  CREATE: STARTERS,
  ALTER: STARTERS,
  MERGE: new Set(['UPDATE', 'INSERT', 'DELETE', 'SET']),
  DELETE: new Set([]),
};

export interface BatchStatement {
  sql: string;
  /** 1-based line of the batch where the statement starts. */
  line: number;
}

export function splitStatements(batch: string): BatchStatement[] {
  const { text, pieces } = mask(batch);
  const statements: BatchStatement[] = [];
  let start = 0;
  let depth = 0;
  let first: string | undefined;
  let previous: string | undefined;
  const cut = (end: number) => {
    const slice = text.slice(start, end);
    const sql = unmask(slice, pieces).trim();
    if (sql !== '') statements.push({ sql, line: lineAt(start + slice.length - slice.trimStart().length) });
    start = end;
    first = undefined;
    previous = undefined;
  };
  // Counted on from the last statement; line breaks inside masked pieces (strings, [names]) count too.
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    line += unmask(text.slice(counted, offset), pieces).split('\n').length - 1;
    counted = offset;
    return line;
  };
  const word = /[A-Za-z_@#][\w@#$]*/y;
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ';' && depth === 0) {
      cut(i);
      start = i + 1;
    } else if (/[A-Za-z_@#]/.test(c) && !/[\w@#$.]/.test(text[i - 1] ?? '')) {
      word.lastIndex = i;
      const w = word.exec(text)![0];
      const upper = w.toUpperCase();
      if (depth === 0) {
        const continues =
          first === undefined ||
          (previous !== undefined && JOINERS.has(previous)) ||
          (CONTAINERS[first]?.has(upper) ?? false) ||
          // WITH as a table hint ("FROM t WITH (NOLOCK)") follows a name, not a statement end.
          (upper === 'WITH' && text.slice(i + 4).trimStart().startsWith('('));
        if (STARTERS.has(upper) && !continues) cut(i);
        if (first === undefined) first = upper;
        previous = upper;
      }
      i += w.length;
      continue;
    }
    i++;
  }
  cut(text.length);
  return statements;
}
