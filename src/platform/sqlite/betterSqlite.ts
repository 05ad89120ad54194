// The better-sqlite3 driver (a native module): used where it loads, i.e. where npm built it for this
// Node (Linux, CI, developer machines). Loaded only when chosen, so a build without it still runs.
import type BetterSqlite3 from 'better-sqlite3';
import { createRequire } from 'node:module';
import type { SqliteDatabase, SqliteDriver, SqliteStatement } from './sqliteDatabase.js';

/** Throws when the module is missing or its native part was built for another Node or system. */
export function loadBetterSqlite(): SqliteDriver {
  const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  // The native part loads on the first open, not on require.
  new Database(':memory:').close();
  return {
    name: 'better-sqlite3',
    open: (path, options = {}) => {
      const readonly = options.readonly ?? false;
      return new BetterSqliteDatabase(new Database(path, { readonly, fileMustExist: readonly }));
    },
  };
}

class BetterSqliteDatabase implements SqliteDatabase {
  readonly driver = 'better-sqlite3';

  constructor(private readonly db: BetterSqlite3.Database) {}

  prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): SqliteStatement<P, R> {
    return this.db.prepare(sql) as unknown as SqliteStatement<P, R>;
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  pragma(source: string, options: { simple?: boolean } = {}): unknown {
    return this.db.pragma(source, options);
  }

  transaction<T>(fn: () => T, behaviour: 'deferred' | 'immediate' = 'deferred'): T {
    return this.db.transaction(fn)[behaviour]();
  }

  function(name: string, impl: (...args: never[]) => unknown): void {
    this.db.function(name, impl as (...args: unknown[]) => unknown);
  }

  close(): void {
    this.db.close();
  }
}
