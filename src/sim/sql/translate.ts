// Turns the small T-SQL subset the monitor and the ODBC tools send into SQLite: TOP n → LIMIT n,
// table hints dropped, N'…' → '…', @@NAME → sim_global('NAME'), ISNULL → IFNULL, CONVERT → CAST,
// date CASTs kept as text, msdb.dbo.T → msdb.T, and CROSS APPLY of the table-valued
// sys.dm_os_volume_stats(db, file) → a join on its arguments. Also guesses the SQL Server type of
// computed select items.
import { closingParen, mask, splitTopLevel, unmask } from './lexer.js';
import { parseTypeName, type SqlType } from '../tds/sqlTypes.js';

export interface Translated {
  sql: string;
  /** Per select-list position, the type implied by the expression (GETDATE(), CAST(… AS t)…). */
  typeHints: Array<SqlType | undefined>;
}

const DATE_TYPES = /^(datetime2|datetime|smalldatetime|date|datetimeoffset)\b/i;

export function translateSelect(tsql: string, database: string): Translated {
  const { text: masked, pieces } = mask(tsql);
  let text = masked.trim().replace(/;\s*$/, '');
  let limit: string | undefined;
  text = text.replace(/^(\s*SELECT\s+(?:DISTINCT\s+)?)TOP\s*(?:\(\s*(\d+)\s*\)|(\d+))\s*/i, (_, head: string, a?: string, b?: string) => {
    limit = a ?? b;
    return head;
  });
  text = text
    .replace(/\bWITH\s*\(\s*(?:NOLOCK|READUNCOMMITTED|READCOMMITTED|ROWLOCK|NOWAIT|HOLDLOCK)(?:\s*,\s*\w+)*\s*\)/gi, '')
    .replace(/\(\s*NOLOCK\s*\)/gi, '')
    .replace(/@@(\w+)/g, (_, name: string) => `sim_global('${name.toUpperCase()}')`)
    .replace(/\bISNULL\s*\(/gi, 'IFNULL(')
    .replace(/\bLEN\s*\(/gi, 'sim_len(');
  // Three-part names: PCKassa.dbo.Kassor and PCKassa..Kassor mean dbo.Kassor.
  const part = '(\\w+|\\u0001\\d+\\u0002)';
  // msdb's tables live in an attached database of that name: msdb.dbo.backupset means msdb.backupset.
  text = text.replace(new RegExp(`(?<![\\w\\u0002.])${part}\\.${part}?\\.${part}`, 'g'), (whole, db: string, schema: string | undefined, name: string) => {
    if (isDatabaseName(db, pieces, database)) return `${schema ?? 'dbo'}.${name}`;
    return isDatabaseName(db, pieces, 'msdb') ? `msdb.${name}` : whole;
  });
  text = rewriteVolumeStatsApply(text);
  text = rewriteConvert(text);
  text = rewriteDateCasts(text);
  const typeHints = selectListHints(masked, pieces);
  const sql = unmask(text, pieces, (p) => (/^[Nn]'/.test(p) ? p.slice(1) : p)) + (limit ? ` LIMIT ${limit}` : '');
  return { sql, typeHints };
}

function isDatabaseName(candidate: string, pieces: readonly string[], database: string): boolean {
  const name = unmask(candidate, pieces).replace(/^\[(.*)\]$/, '$1');
  return name.toLowerCase() === database.toLowerCase();
}

/**
 * `CROSS APPLY sys.dm_os_volume_stats(a, b) AS v` → `JOIN sys.dm_os_volume_stats AS v ON
 * v.database_id = a AND v.file_id = b`: the function's rows are a table of its arguments here.
 */
function rewriteVolumeStatsApply(text: string): string {
  const re = /\bCROSS\s+APPLY\s+sys\s*\.\s*dm_os_volume_stats\s*\(/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(text, open);
    if (close === -1) break;
    const [databaseId, fileId] = splitTopLevel(text.slice(open + 1, close)).map((arg) => arg.trim());
    const alias = /^\s*(?:AS\s+)?(\w+)/i.exec(text.slice(close + 1));
    if (databaseId === undefined || fileId === undefined || !alias) break;
    const name = alias[1]!;
    const replacement = `JOIN sys.dm_os_volume_stats AS ${name} ON ${name}.database_id = ${databaseId} AND ${name}.file_id = ${fileId}`;
    text = text.slice(0, m.index) + replacement + text.slice(close + 1 + alias[0].length);
    re.lastIndex = m.index + replacement.length;
  }
  return text;
}

/** CONVERT(type, expr[, style]) → CAST(expr AS type). */
function rewriteConvert(text: string): string {
  const re = /\bCONVERT\s*\(/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(text, open);
    if (close === -1) break;
    const [type, expr] = splitTopLevel(text.slice(open + 1, close));
    if (type === undefined || expr === undefined) break;
    const replacement = `CAST(${expr.trim()} AS ${type.trim()})`;
    text = text.slice(0, m.index) + replacement + text.slice(close + 1);
    re.lastIndex = m.index + 5;
  }
  return text;
}

/** SQLite would give CAST(x AS datetime) numeric affinity (turning '2024-…' into 2024); keep it text. */
function rewriteDateCasts(text: string): string {
  const re = /\bCAST\s*\(/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(text, open);
    if (close === -1) break;
    const inner = text.slice(open + 1, close);
    const as = /\bAS\s+(\w+)(\s*\(\s*\d+\s*\))?\s*$/i.exec(inner);
    if (as && DATE_TYPES.test(as[1]!)) {
      text = `${text.slice(0, open + 1)}${inner.slice(0, as.index)}AS TEXT${text.slice(close)}`;
    }
    re.lastIndex = open + 1;
  }
  return text;
}

function selectListHints(masked: string, pieces: readonly string[]): Array<SqlType | undefined> {
  const m = /^\s*SELECT\s+(?:DISTINCT\s+)?(?:TOP\s*(?:\(\s*\d+\s*\)|\d+)\s*)?/i.exec(masked);
  if (!m) return [];
  let rest = masked.slice(m[0].length);
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '(') depth++;
    else if (rest[i] === ')') depth--;
    else if (depth === 0 && /^\bFROM\b/i.test(rest.slice(i)) && /\W/.test(rest[i - 1] ?? ' ')) {
      rest = rest.slice(0, i);
      break;
    }
  }
  const items = splitTopLevel(rest);
  if (items.some((item) => /(^|\.)\s*\*\s*$/.test(item.trim()))) return [];
  return items.map((item) => hintFor(item.trim(), pieces));
}

function hintFor(item: string, pieces: readonly string[]): SqlType | undefined {
  // A scalar subquery has the type of its one item; SUM, MIN and MAX that of their argument (SQL
  // Server's SUM of int is int, of bigint bigint).
  if (item.startsWith('(')) {
    const inner = item.slice(1, closingParen(item, 0));
    return /^\s*SELECT\b/i.test(inner) ? selectListHints(inner, pieces)[0] : undefined;
  }
  const aggregate = /^(SUM|MIN|MAX)\s*\(/i.exec(item);
  if (aggregate) return hintFor(item.slice(aggregate[0].length, closingParen(item, aggregate[0].length - 1)).trim(), pieces);
  // An integer literal up to nine digits is an int (`SELECT 1 AS ok`).
  if (/^\d{1,9}(?:\s+(?:AS\s+)?(?:\w+|\u0001\d+\u0002))?$/i.test(item)) return { kind: 'int' };
  if (/^(GETDATE|GETUTCDATE|CURRENT_TIMESTAMP)\b/i.test(item)) return { kind: 'datetime' };
  if (/^(SYSDATETIME|SYSUTCDATETIME)\s*\(/i.test(item)) return { kind: 'datetime2' };
  if (/^(SERVERPROPERTY|DB_NAME|SUSER_SNAME)\s*\(/i.test(item)) return { kind: 'nvarchar', length: 128 };
  if (/^(@@SPID\b|DB_ID\s*\()/i.test(item)) return { kind: 'int' };
  const cast = /^CAST\s*\(/i.exec(item);
  if (cast) {
    const close = closingParen(item, cast[0].length - 1);
    const inner = item.slice(cast[0].length, close);
    const as = /\bAS\s+(\w+\s*(?:\(\s*(?:\d+|max)\s*\))?)\s*$/i.exec(inner);
    if (as) return parseTypeName(unmask(as[1]!, pieces));
  }
  const convert = /^CONVERT\s*\(\s*(\w+\s*(?:\(\s*(?:\d+|max)\s*\))?)\s*,/i.exec(item);
  if (convert) return parseTypeName(convert[1]);
  return undefined;
}
