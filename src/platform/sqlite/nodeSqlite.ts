// The node:sqlite driver: SQLite built into Node (22.16 or newer for what this needs). The Windows build
// uses it, because no Windows binary of better-sqlite3 can be had here. Node marks the module
// experimental and warns once when it is loaded; that warning is kept from the user here, and only that one.
import { createRequire } from 'node:module';
import { resultCodeName } from './resultCodes.js';
import type { ColumnDefinition, RunResult, SqliteDatabase, SqliteDriver, SqliteOpenOptions, SqliteStatement } from './sqliteDatabase.js';

/** What Kassavakt uses of node:sqlite (its types are not in @types/node 20). */
interface NodeStatementSync {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
  columns(): ColumnDefinition[];
  setReturnArrays(enabled: boolean): void;
  setAllowUnknownNamedParameters(enabled: boolean): void;
  readonly sourceSQL: string;
}

interface NodeDatabaseSync {
  prepare(sql: string): NodeStatementSync;
  exec(sql: string): void;
  function(name: string, impl: (...args: never[]) => unknown): void;
  close(): void;
  readonly isTransaction: boolean;
}

interface NodeSqliteModule {
  DatabaseSync: new (path: string, options: { readOnly: boolean; timeout: number }) => NodeDatabaseSync;
  StatementSync: { prototype: Partial<NodeStatementSync> };
}

/** Throws when this Node has no node:sqlite, or one older than 22.16 (no setReturnArrays, columns, isTransaction). */
export function loadNodeSqlite(): SqliteDriver {
  const sqlite = withoutSqliteWarning(() => createRequire(import.meta.url)('node:sqlite') as NodeSqliteModule);
  if (typeof sqlite.StatementSync.prototype.setReturnArrays !== 'function') throw new Error('node:sqlite is older than Node 22.16');
  return {
    name: 'node:sqlite',
    open: (path, options: SqliteOpenOptions = {}) => {
      // A busy timeout of 5 s, as better-sqlite3 has by default.
      const db = translated(() => new sqlite.DatabaseSync(path, { readOnly: options.readonly ?? false, timeout: 5000 }));
      return new NodeSqliteDatabase(db);
    },
  };
}

function withoutSqliteWarning<T>(load: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type === 'ExperimentalWarning' && /SQLite/i.test(text)) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return load();
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** An error from SQLite named as better-sqlite3 names it; the store decides by `code`. */
class SqliteError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'SqliteError';
  }
}

function translated<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    const { code, errcode } = error as { code?: unknown; errcode?: unknown };
    if (code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number') throw new SqliteError((error as Error).message, resultCodeName(errcode));
    throw error;
  }
}

class NodeSqliteDatabase implements SqliteDatabase {
  readonly driver = 'node:sqlite';

  constructor(private readonly db: NodeDatabaseSync) {}

  prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): SqliteStatement<P, R> {
    return new NodeSqliteStatement<P, R>(this.db, translated(() => this.db.prepare(sql)));
  }

  exec(sql: string): void {
    translated(() => this.db.exec(sql));
  }

  pragma(source: string, options: { simple?: boolean } = {}): unknown {
    const rows = translated(() => this.db.prepare(`PRAGMA ${source}`).all()) as Record<string, unknown>[];
    if (!options.simple) return rows;
    const first = rows[0];
    return first === undefined ? undefined : Object.values(first)[0];
  }

  transaction<T>(fn: () => T, behaviour: 'deferred' | 'immediate' = 'deferred'): T {
    this.exec(behaviour === 'immediate' ? 'BEGIN IMMEDIATE' : 'BEGIN');
    try {
      const result = fn();
      this.exec('COMMIT');
      return result;
    } catch (error) {
      // SQLite may have rolled back already (e.g. on SQLITE_FULL); then there is nothing to undo.
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  function(name: string, impl: (...args: never[]) => unknown): void {
    this.db.function(name, impl);
  }

  close(): void {
    this.db.close();
  }
}

// The opcodes that make sqlite3_stmt_readonly() false (SQLite's resolveP2Values), read from EXPLAIN.
const WRITING_OPCODES = new Set(['Checkpoint', 'Vacuum', 'JournalMode']);

class NodeSqliteStatement<P extends unknown[], R> implements SqliteStatement<P, R> {
  constructor(
    private readonly db: NodeDatabaseSync,
    private readonly statement: NodeStatementSync,
  ) {
    // better-sqlite3 ignores object keys the statement does not use.
    statement.setAllowUnknownNamedParameters(true);
  }

  run(...params: P): RunResult {
    return translated(() => this.statement.run(...params));
  }

  get(...params: P): R | undefined {
    return translated(() => this.statement.get(...params)) as R | undefined;
  }

  all(...params: P): R[] {
    return translated(() => this.statement.all(...params)) as R[];
  }

  *iterate(...params: P): IterableIterator<R> {
    const rows = translated(() => this.statement.iterate(...params));
    try {
      for (;;) {
        const next = translated(() => rows.next());
        if (next.done) return;
        yield next.value as R;
      }
    } finally {
      rows.return?.();
    }
  }

  columns(): ColumnDefinition[] {
    return this.statement.columns();
  }

  raw(toggle = true): this {
    this.statement.setReturnArrays(toggle);
    return this;
  }

  get reader(): boolean {
    return this.statement.columns().length > 0;
  }

  get readonly(): boolean {
    const program = translated(() => this.db.prepare(`EXPLAIN ${this.statement.sourceSQL}`).all()) as { opcode: string; p2: number }[];
    return !program.some((op) => WRITING_OPCODES.has(op.opcode) || (op.opcode === 'Transaction' && op.p2 !== 0));
  }
}
