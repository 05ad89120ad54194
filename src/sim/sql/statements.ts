// Runs one T-SQL statement against the sim's database for one session: SELECT (translated to
// SQLite), SET (recorded), USE; anything that would change data or schema is refused with the
// error a read-only SQL Server login gets. Errors fall where SQL Server's do: `compileError` finds
// what fails a whole batch before it runs (syntax, an unknown column of an existing table); a missing
// table is found when its statement runs and ends the batch there (208); a permission the login lacks
// (229 on msdb, 300/297 without VIEW SERVER STATE) ends only its statement.
import type { SqlType, SqlValue } from '../tds/sqlTypes.js';
import { parseTypeName } from '../tds/sqlTypes.js';
import type { Column, ServerMessage } from '../tds/tokens.js';
import type { SimDatabase } from './database.js';
import { mask, unmask } from './lexer.js';
import { translateSelect, type Translated } from './translate.js';

export interface SessionSettings {
  database: string;
  isolationLevel: string;
  lockTimeout: number;
  noCount: boolean;
  language: string;
  /** Every other SET option by name, e.g. { TEXTSIZE: '2147483647', QUOTED_IDENTIFIER: 'ON' }. */
  options: Record<string, string>;
}

export function defaultSettings(database: string): SessionSettings {
  return { database, isolationLevel: 'READ COMMITTED', lockTimeout: -1, noCount: false, language: 'us_english', options: {} };
}

export type Outcome =
  | { kind: 'rows'; columns: Column[]; rows: SqlValue[][] }
  | { kind: 'set' }
  | { kind: 'use'; database: string }
  /** `endsBatch`: SQL Server runs no further statement of the batch (208, a compile error). */
  | { kind: 'error'; messages: ServerMessage[]; endsBatch?: boolean };

/** What the login may read beyond its own database (the sim's faults take rights away). */
export interface Access {
  msdb: boolean;
  viewServerState: boolean;
}

const FULL_ACCESS: Access = { msdb: true, viewServerState: true };

type Params = Record<string, SqlValue>;

const fail = (number: number, text: string, severity = 16, state = 1): Outcome => ({
  kind: 'error',
  messages: [{ number, severity, state, text }],
});

const WRITE_VERBS: Record<string, string> = {
  INSERT: 'INSERT', UPDATE: 'UPDATE', DELETE: 'DELETE', MERGE: 'INSERT', TRUNCATE: 'ALTER',
};

export function runStatement(sql: string, settings: SessionSettings, db: SimDatabase, params: Params = {}, access: Access = FULL_ACCESS): Outcome {
  const first = /^\s*([A-Za-z_]+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  switch (first) {
    case 'SELECT':
    case 'WITH':
      return denied(sql, access) ?? select(sql, settings, db, params, access);
    case 'SET':
      return set(sql, settings);
    case 'USE':
      return use(sql, db);
    case 'EXEC':
    case 'EXECUTE': {
      const proc = /^\s*EXEC(?:UTE)?\s+(?:@\w+\s*=\s*)?([\w.[\]]+)/i.exec(sql)?.[1] ?? '';
      return fail(229, `The EXECUTE permission was denied on the object '${bare(proc)}', database '${settings.database}', schema 'dbo'.`, 14, 5);
    }
    case 'CREATE':
    case 'DROP':
    case 'ALTER':
    case 'GRANT':
    case 'REVOKE':
    case 'DENY': {
      const what = /^\s*\w+\s+(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
      return fail(262, `${first} ${what} permission denied in database '${settings.database}'.`, 14, 1);
    }
    default: {
      const verb = WRITE_VERBS[first];
      if (verb) {
        const target = /\b(?:INTO|UPDATE|FROM|TABLE|MERGE)\s+([\w.[\]]+)/i.exec(sql)?.[1] ?? /^\s*\w+\s+([\w.[\]]+)/.exec(sql)?.[1] ?? '';
        return fail(229, `The ${verb} permission was denied on the object '${bare(target)}', database '${settings.database}', schema 'dbo'.`, 14, 5);
      }
      return fail(102, `Incorrect syntax near '${first || sql.trim().slice(0, 20)}'.`, 15, 1);
    }
  }
}

function bare(name: string): string {
  return name.split('.').pop()!.replace(/^\[|\]$/g, '');
}

function set(sql: string, settings: SessionSettings): Outcome {
  const body = sql.replace(/^\s*SET\s+/i, '').replace(/;\s*$/, '').trim();
  const isolation = /^TRANSACTION\s+ISOLATION\s+LEVEL\s+(READ\s+UNCOMMITTED|READ\s+COMMITTED|REPEATABLE\s+READ|SNAPSHOT|SERIALIZABLE)$/i.exec(body);
  if (isolation) {
    settings.isolationLevel = isolation[1]!.toUpperCase().replace(/\s+/, ' ');
    return { kind: 'set' };
  }
  const lockTimeout = /^LOCK_TIMEOUT\s+(-?\d+)$/i.exec(body);
  if (lockTimeout) {
    settings.lockTimeout = Number(lockTimeout[1]);
    return { kind: 'set' };
  }
  if (body.startsWith('@')) return fail(137, `Must declare the scalar variable "${body.split(/[\s=]/)[0]}".`, 15, 1);
  const option = /^([A-Za-z_]+(?:\s*,\s*[A-Za-z_]+)*)\s+(.+)$/.exec(body);
  if (!option) return fail(102, `Incorrect syntax near '${body.split(/\s/)[0] ?? 'SET'}'.`, 15, 1);
  const value = option[2]!.trim().replace(/^N?'(.*)'$/, '$1');
  for (const name of option[1]!.split(',').map((n) => n.trim().toUpperCase())) {
    if (name === 'NOCOUNT') settings.noCount = value.toUpperCase() === 'ON';
    if (name === 'LANGUAGE') settings.language = value;
    settings.options[name] = value.toUpperCase() === 'ON' || value.toUpperCase() === 'OFF' ? value.toUpperCase() : value;
  }
  return { kind: 'set' };
}

function use(sql: string, db: SimDatabase): Outcome {
  const name = /^\s*USE\s+(\[[^\]]+\]|"[^"]+"|\w+)/i.exec(sql)?.[1]?.replace(/^[["]|[\]"]$/g, '') ?? '';
  const known = db.databaseNamed(name);
  if (known === undefined) return fail(911, `Database '${name}' does not exist. Make sure that the name is entered correctly.`, 16, 1);
  return { kind: 'use', database: known };
}

/**
 * The error that keeps SQL Server from compiling this statement, which fails its whole batch before
 * any statement runs; null when it compiles (a missing table is only found when it runs).
 */
export function compileError(sql: string, settings: SessionSettings, db: SimDatabase, access: Access = FULL_ACCESS): Outcome | null {
  const word = /^\s*([A-Za-z_]+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  if (!KNOWN_STATEMENTS.has(word) && !(word in WRITE_VERBS)) return { ...fail(102, `Incorrect syntax near '${word || sql.trim().slice(0, 20)}'.`, 15, 1), endsBatch: true } as Outcome;
  if (word !== 'SELECT' && word !== 'WITH') return null;
  const compiled = compile(sql, settings, db, access);
  if (!('error' in compiled)) return null;
  const outcome = sqliteError(compiled.error);
  return outcome.kind === 'error' && outcome.messages[0]!.number === INVALID_OBJECT ? null : { ...outcome, endsBatch: true } as Outcome;
}

const INVALID_OBJECT = 208;
const KNOWN_STATEMENTS = new Set(['SELECT', 'WITH', 'SET', 'USE', 'EXEC', 'EXECUTE', 'CREATE', 'DROP', 'ALTER', 'GRANT', 'REVOKE', 'DENY']);

/** What the sim asks of a prepared SQLite statement. */
interface PreparedSelect {
  reader: boolean;
  readonly: boolean;
  raw(on: boolean): unknown;
  all(...params: unknown[]): unknown[];
  columns(): Array<{ name: string; column: string | null; type: string | null }>;
}

interface Compiled {
  statement: PreparedSelect;
  translated: Translated;
  /** Result columns, when every column's type is known without looking at the rows. */
  columns?: Column[];
}

/**
 * Compiled SELECTs per database, by text and then by session database and rights: a poll sends the
 * same statements (the same strings, from the session's split cache) every minute.
 */
const compiledCache = new WeakMap<SimDatabase, Map<string, Map<string, Compiled>>>();

function compile(sql: string, settings: SessionSettings, db: SimDatabase, access: Access): Compiled | { error: string } {
  let cache = compiledCache.get(db);
  if (cache === undefined) compiledCache.set(db, (cache = new Map()));
  let bySql = cache.get(sql);
  if (bySql === undefined) cache.set(sql, (bySql = new Map()));
  const key = `${settings.database}\u0000${access.viewServerState}`;
  const known = bySql.get(key);
  if (known !== undefined) return known;
  try {
    const translated = translateSelect(sql, settings.database);
    // Without VIEW SERVER STATE, SQL Server shows a login only its own session.
    if (!access.viewServerState) translated.sql = translated.sql.replace(/\bsys\.dm_exec_sessions\b/gi, "(SELECT * FROM sys.dm_exec_sessions WHERE session_id = sim_global('SPID'))");
    const statement = db.db.prepare(translated.sql) as unknown as PreparedSelect;
    if (statement.reader) statement.raw(true);
    const compiled = { statement, translated };
    bySql.set(key, compiled);
    return compiled;
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Objects that need a right the login lacks: SQL Server refuses the statement when it runs. */
function denied(sql: string, access: Access): Outcome | null {
  if (access.msdb && access.viewServerState) return null;
  const { text, pieces } = mask(sql);
  // Quoted names count as names; string literals do not.
  const plain = unmask(text, pieces, (p) => (/^[[\"]/.test(p) ? p.slice(1, -1) : "''"));
  const msdbObject = /\bmsdb\s*\.\s*(?:dbo)?\s*\.\s*(\w+)/i.exec(plain)?.[1];
  if (!access.msdb && msdbObject !== undefined) {
    return fail(229, `The SELECT permission was denied on the object '${msdbObject}', database 'msdb', schema 'dbo'.`, 14, 5);
  }
  if (!access.viewServerState && /\bsys\s*\.\s*(dm_os_sys_info|dm_os_volume_stats|dm_exec_connections)\b/i.test(plain)) {
    return {
      kind: 'error',
      messages: [
        { number: 300, severity: 14, state: 1, text: "VIEW SERVER STATE permission was denied on object 'server', database 'master'." },
        { number: 297, severity: 16, state: 1, text: 'The user does not have permission to perform this action.' },
      ],
    };
  }
  return null;
}

function select(sql: string, settings: SessionSettings, db: SimDatabase, params: Params, access: Access): Outcome {
  const compiled = compile(sql, settings, db, access);
  if ('error' in compiled) {
    const outcome = sqliteError(compiled.error);
    return outcome.kind === 'error' && outcome.messages[0]!.number === INVALID_OBJECT ? { ...outcome, endsBatch: true } : outcome;
  }
  const { statement: stmt, translated } = compiled;
  try {
    if (!stmt.reader || !stmt.readonly) return fail(229, `The SELECT permission was denied on the object '${first(sql)}', database '${settings.database}', schema 'dbo'.`, 14, 5);
    const usedParams = Object.entries(params).filter(([name]) => new RegExp(`@${name}\\b`, 'i').test(translated.sql));
    const rows = (usedParams.length > 0 ? stmt.all(Object.fromEntries(usedParams)) : stmt.all()) as SqlValue[][];
    const columns = compiled.columns ?? resultColumns(compiled, rows);
    return { kind: 'rows', columns, rows };
  } catch (error) {
    return sqliteError((error as Error).message);
  }
}

function resultColumns(compiled: Compiled, rows: SqlValue[][]): Column[] {
  const declared = compiled.statement.columns();
  const known = declared.map((c, i) => parseTypeName(c.type) ?? compiled.translated.typeHints[i]);
  const columns = declared.map((c, i): Column => ({
    // SQL Server names an unaliased expression column '' (SQLite would use the expression text).
    name: c.column === null && /[()'+\-*/]|^\d/.test(c.name) ? '' : c.name,
    type: known[i] ?? typeFromValues(rows.map((r) => r[i] ?? null)),
  }));
  if (known.every((type) => type !== undefined)) compiled.columns = columns;
  return columns;
}

function first(sql: string): string {
  return /\bFROM\s+([\w.[\]]+)/i.exec(sql)?.[1] ?? '';
}

function typeFromValues(values: SqlValue[]): SqlType {
  const present = values.filter((v) => v !== null);
  if (present.length === 0) return { kind: 'int' };
  if (present.every((v) => typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)))) {
    const fitsInt = present.every((v) => Number(v) >= -2147483648 && Number(v) <= 2147483647);
    return fitsInt ? { kind: 'int' } : { kind: 'bigint' };
  }
  if (present.every((v) => typeof v === 'number')) return { kind: 'float' };
  if (present.every((v) => Buffer.isBuffer(v))) return { kind: 'varbinary', length: 'max' };
  const longest = present.reduce<number>((most, v) => Math.max(most, String(v).length), 1);
  return { kind: 'nvarchar', length: longest > 4000 ? 'max' : longest };
}

/** SQLite's error text → the SQL Server error a client would get for the same mistake. */
export function sqliteError(text: string): Outcome {
  let m: RegExpExecArray | null;
  if ((m = /no such table: (\S+)/.exec(text))) return fail(208, `Invalid object name '${m[1]}'.`, 16, 1);
  if ((m = /no such column: (\S+)/.exec(text))) return fail(207, `Invalid column name '${m[1]!.split('.').pop()}'.`, 16, 1);
  if ((m = /near "([^"]*)": syntax error/.exec(text))) return fail(102, `Incorrect syntax near '${m[1]}'.`, 15, 1);
  if (/incomplete input/.test(text)) return fail(102, 'Incorrect syntax near the end of the statement.', 15, 1);
  if ((m = /no such function: (\w+)/.exec(text))) return fail(195, `'${m[1]}' is not a recognized built-in function name.`, 15, 10);
  if ((m = /(Must declare the scalar variable .*)/.exec(text))) return fail(137, m[1]!, 15, 2);
  if (/Conversion failed/.test(text)) return fail(241, text, 16, 1);
  return fail(8180, `Statement(s) could not be prepared. (${text})`, 16, 1);
}
