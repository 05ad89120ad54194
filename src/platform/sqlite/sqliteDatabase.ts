// The one narrow face of SQLite that Kassavakt uses, the same for both drivers (better-sqlite3 and
// Node's built-in node:sqlite): the subset of better-sqlite3's API the store and the simulator need.
// An error from SQLite carries `code`, its result code named as SQLite does (`SQLITE_FULL`,
// `SQLITE_IOERR_WRITE`), whichever driver threw it.

export type SqliteDriverName = 'better-sqlite3' | 'node:sqlite';

export interface SqliteOpenOptions {
  /** Open an existing file read-only (a missing file is an error, nothing is created). */
  readonly?: boolean;
}

/** One way to reach SQLite; `open` throws the driver's errors (with `code`). */
export interface SqliteDriver {
  readonly name: SqliteDriverName;
  open(path: string, options?: SqliteOpenOptions): SqliteDatabase;
}

export interface RunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface ColumnDefinition {
  name: string;
  column: string | null;
  table: string | null;
  database: string | null;
  /** The declared type, null for an expression. */
  type: string | null;
}

/** Parameters are positional values, or one object whose keys are the `@name`s without the `@`. */
export interface SqliteStatement<P extends unknown[] = unknown[], R = unknown> {
  run(...params: P): RunResult;
  get(...params: P): R | undefined;
  all(...params: P): R[];
  iterate(...params: P): IterableIterator<R>;
  columns(): ColumnDefinition[];
  /** Rows as arrays of values instead of objects. */
  raw(toggle?: boolean): this;
  /** Whether the statement returns rows. */
  readonly reader: boolean;
  /** Whether the statement leaves the database file unchanged (sqlite3_stmt_readonly). */
  readonly readonly: boolean;
}

export interface SqliteDatabase {
  readonly driver: SqliteDriverName;
  prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): SqliteStatement<P, R>;
  exec(sql: string): void;
  /** `PRAGMA <source>`: all rows, or with `simple` the first column of the first row. */
  pragma(source: string, options?: { simple?: boolean }): unknown;
  /**
   * Runs `fn` in a transaction (BEGIN or BEGIN IMMEDIATE), commits, or rolls back and rethrows when it
   * throws. Not nested: Kassavakt never starts one inside another.
   */
  transaction<T>(fn: () => T, behaviour?: 'deferred' | 'immediate'): T;
  /** Registers a scalar SQL function; its arity is `impl.length`. */
  function(name: string, impl: (...args: never[]) => unknown): void;
  close(): void;
}
