// The history file's schema as numbered migrations; PRAGMA user_version holds how many have run.
import type { SqliteDatabase } from '../platform/sqlite/index.js';

const MIGRATIONS: readonly string[] = [
  // 1: current state (one row per till, open finding episodes, server reachability), the change log,
  // and poll counts per hour and per day.
  `
  CREATE TABLE till (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    version TEXT,
    edition TEXT,
    client_id TEXT,
    role TEXT NOT NULL,
    connected INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    type TEXT NOT NULL,
    till_key TEXT,
    data TEXT
  );
  CREATE INDEX event_by_till ON event (till_key, at) WHERE till_key IS NOT NULL;
  CREATE INDEX event_version_by_till ON event (till_key, at) WHERE type IN ('till.seen', 'till.version');
  CREATE TABLE finding_episode (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    code TEXT NOT NULL,
    severity TEXT NOT NULL,
    tills TEXT NOT NULL,
    message TEXT NOT NULL,
    started INTEGER NOT NULL,
    ended INTEGER
  );
  CREATE UNIQUE INDEX finding_episode_open ON finding_episode (key) WHERE ended IS NULL;
  CREATE TABLE server_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    reachable INTEGER NOT NULL,
    since INTEGER NOT NULL,
    reason TEXT,
    detail TEXT
  );
  CREATE TABLE poll_hour (
    hour INTEGER PRIMARY KEY,
    ok INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    latency_sum INTEGER NOT NULL,
    latency_max INTEGER NOT NULL
  );
  CREATE TABLE poll_day (
    day TEXT PRIMARY KEY,
    ok INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    latency_sum INTEGER NOT NULL,
    latency_max INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  // 2: polls that disagree with the confirmed reachability but do not change it yet (the alert policy's
  // debounce), so that a restart in the middle of an outage still dates it from its first failed poll.
  `
  CREATE TABLE server_pending (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    ok INTEGER NOT NULL,
    count INTEGER NOT NULL,
    since INTEGER NOT NULL,
    reason TEXT,
    detail TEXT
  );
  `,
  // 3: the main till's own health: when its SQL Server last started (a later start is a restart event)
  // and the database's size, one sample per local day (the growth forecast; removed with old events).
  `
  CREATE TABLE main_till (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    started INTEGER NOT NULL
  );
  CREATE TABLE main_till_size (
    day TEXT PRIMARY KEY,
    at INTEGER NOT NULL,
    data_mb REAL NOT NULL,
    log_mb REAL NOT NULL
  ) WITHOUT ROWID;
  `,
  // 4: the used space inside the data files, what Express's limit and the growth forecast go by (NULL
  // in samples from before it was read).
  `
  ALTER TABLE main_till_size ADD COLUMN used_mb REAL;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Runs the migrations the file has not had yet, each with its version bump in one transaction. */
export function migrate(db: SqliteDatabase): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < SCHEMA_VERSION; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }, 'immediate');
  }
}
