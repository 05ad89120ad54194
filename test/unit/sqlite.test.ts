// The SQLite seam. Runs twice in CI (npm test): under the machine's Node with better-sqlite3, and under
// a Linux Node 22 with KASSAVAKT_SQLITE_DRIVER=node:sqlite (build/testNodeSqlite.mjs), so each driver
// must give the same answers here.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { LANGS, t } from '../../src/core/i18n.js';
import { chooseSqliteDriver, openSqlite, type SqliteDatabase } from '../../src/platform/sqlite/index.js';
import { storageProblem, storageProblemText } from '../../src/store/storageProblem.js';

const requireHere = createRequire(import.meta.url);
const wanted = process.env.KASSAVAKT_SQLITE_DRIVER ?? 'better-sqlite3';

let dir: string;
const open: SqliteDatabase[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-sqlite-'));
});
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  rmSync(dir, { recursive: true, force: true });
});

function opened(path: string, options: { readonly?: boolean } = {}): SqliteDatabase {
  const db = openSqlite(path, 'en', options);
  open.push(db);
  return db;
}

function thrown(action: () => unknown): Error & { code?: string } {
  try {
    action();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected an error');
}

/** The SQLite that better-sqlite3 compiles in, from its own source. */
function betterSqliteVersion(): string {
  const header = readFileSync(join(requireHere.resolve('better-sqlite3/package.json'), '..', 'deps', 'sqlite3', 'sqlite3.h'), 'utf8');
  return /#define SQLITE_VERSION\s+"([\d.]+)"/.exec(header)![1]!;
}

describe('the SQLite seam', () => {
  it(`uses ${wanted} in this run, and it is that driver's own SQLite that answers`, () => {
    const db = opened(':memory:');
    expect(db.driver).toBe(wanted);
    const { version } = db.prepare<[], { version: string }>('SELECT sqlite_version() AS version').get()!;
    expect(version).toBe(wanted === 'node:sqlite' ? process.versions.sqlite : betterSqliteVersion());
  });

  it('names SQLite errors the same way with either driver, and the store sees a full disk in them', () => {
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, 'not a database '.repeat(400));
    expect(thrown(() => opened(garbage).pragma('user_version')).code).toBe('SQLITE_NOTADB');
    expect(thrown(() => opened(join(dir, 'missing.db'), { readonly: true })).code).toBe('SQLITE_CANTOPEN');

    const path = join(dir, 'history.db');
    const db = opened(path);
    db.exec('CREATE TABLE t (x UNIQUE)');
    db.prepare('INSERT INTO t VALUES (?)').run('first');
    expect(thrown(() => db.prepare('INSERT INTO t VALUES (?)').run('first')).code).toBe('SQLITE_CONSTRAINT_UNIQUE');

    // A file that may not grow is what a full disk looks like to SQLite.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    const full = thrown(() => db.transaction(() => {
      for (let i = 0; i < 1000; i += 1) insert.run(`row ${i} ${'x'.repeat(500)}`);
    }));
    expect(full.code).toBe('SQLITE_FULL');
    expect(storageProblem(full)).toMatchObject({ code: 'SQLITE_FULL' });
    expect(storageProblemText(storageProblem(full)!, 'sv')).toBe('disken är full');
    // Rolled back, and the connection goes on working.
    expect(db.prepare<[], { n: number }>('SELECT count(*) AS n FROM t').get()!.n).toBe(1);

    const reader = opened(path, { readonly: true });
    const refused = thrown(() => reader.exec("INSERT INTO t VALUES ('late')"));
    expect(refused.code).toBe('SQLITE_READONLY');
    expect(storageProblem(refused)).toMatchObject({ code: 'SQLITE_READONLY' });
    expect(storageProblemText(storageProblem(refused)!, 'sv')).toBe('du saknar behörighet att skriva där');
  });

  it('rolls a transaction back when its work throws, and commits it otherwise', () => {
    const db = opened(join(dir, 'tx.db'));
    db.exec('CREATE TABLE t (x)');
    const add = db.prepare('INSERT INTO t VALUES (?)');
    expect(() => db.transaction(() => {
      add.run(1);
      throw new Error('half-way');
    }, 'immediate')).toThrow('half-way');
    expect(db.transaction(() => add.run(2).changes)).toBe(1);
    expect(db.prepare<[], { x: number }>('SELECT x FROM t').all().map((row) => row.x)).toEqual([2]);
  });

  it('tells the simulator which statements read and which would write, and gives rows as arrays', () => {
    const db = opened(':memory:');
    db.exec('CREATE TABLE Kassor (KassaNr int, Datornamn nvarchar(64))');
    db.prepare('INSERT INTO Kassor VALUES (@nr, @name)').run({ nr: 1, name: 'KASSA1', unused: 'ignored' });
    const select = db.prepare('SELECT KassaNr, Datornamn, lower(Datornamn) FROM Kassor');
    expect([select.reader, select.readonly]).toEqual([true, true]);
    expect(select.raw(true).all()).toEqual([[1, 'KASSA1', 'kassa1']]);
    expect(select.columns().map((c) => [c.name, c.column, c.type])).toEqual([
      ['KassaNr', 'KassaNr', 'INT'],
      ['Datornamn', 'Datornamn', 'nvarchar(64)'],
      ['lower(Datornamn)', null, null],
    ]);
    const sneaky = db.prepare('WITH doomed AS (SELECT 1) DELETE FROM Kassor');
    expect([sneaky.reader, sneaky.readonly]).toEqual([false, false]);
    expect(db.prepare('DELETE FROM Kassor').readonly).toBe(false);
    db.function('sim_len', (value: string) => value.length);
    expect(db.prepare<[string], { n: number }>('SELECT sim_len(?) AS n').get('KASSA')!.n).toBe(5);
  });

  it('says in one plain line, in the user\'s language, when no driver loads', () => {
    const missing = () => requireHere('kassavakt-no-such-sqlite-driver') as never;
    for (const lang of LANGS) {
      const error = thrown(() => chooseSqliteDriver(undefined, { 'better-sqlite3': missing, 'node:sqlite': missing }, lang));
      expect(error).toBeInstanceOf(UserError);
      expect(error.message).toBe(t(lang, 'sqlite.unavailable'));
      expect(error.message).not.toMatch(/\n|better-sqlite3|node:sqlite|Cannot find module|Error/);
    }
    expect(thrown(() => chooseSqliteDriver('sqlite4', { 'better-sqlite3': missing }, 'sv')).message).toBe(t('sv', 'sqlite.unavailable'));
  });
});
