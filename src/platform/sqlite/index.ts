// Opens SQLite through whichever driver works here: better-sqlite3 where it loads, else Node's built-in
// node:sqlite (the Windows build, which ships no better-sqlite3). KASSAVAKT_SQLITE_DRIVER forces one (tests).
import { UserError } from '../../core/errors.js';
import { t, type Lang } from '../../core/i18n.js';
import { loadBetterSqlite } from './betterSqlite.js';
import { loadNodeSqlite } from './nodeSqlite.js';
import type { SqliteDatabase, SqliteDriver, SqliteDriverName, SqliteOpenOptions } from './sqliteDatabase.js';

export type { SqliteDatabase, SqliteDriverName, SqliteStatement } from './sqliteDatabase.js';

const DRIVER_VARIABLE = 'KASSAVAKT_SQLITE_DRIVER';

/** In the order they are tried. */
const SQLITE_DRIVERS: Record<SqliteDriverName, () => SqliteDriver> = {
  'better-sqlite3': loadBetterSqlite,
  'node:sqlite': loadNodeSqlite,
};

let chosen: SqliteDriver | undefined;

/** Opens (or creates) the database at `path`; `:memory:` for one in memory. */
export function openSqlite(path: string, lang: Lang, options: SqliteOpenOptions = {}): SqliteDatabase {
  chosen ??= chooseSqliteDriver(process.env[DRIVER_VARIABLE], SQLITE_DRIVERS, lang);
  return chosen.open(path, options);
}

/**
 * The first driver that loads, or only `forced` when set (an unknown name loads nothing). When none
 * loads: one plain line in the user's language, never the drivers' own errors.
 */
export function chooseSqliteDriver(forced: string | undefined, drivers: Record<string, () => SqliteDriver>, lang: Lang): SqliteDriver {
  const names = forced ? [forced] : Object.keys(drivers);
  for (const name of names) {
    const load = Object.hasOwn(drivers, name) ? drivers[name] : undefined;
    try {
      if (load) return load();
    } catch {
      // Not here (missing, built for another Node or system, too old): try the next.
    }
  }
  throw new UserError(t(lang, 'sqlite.unavailable'));
}
