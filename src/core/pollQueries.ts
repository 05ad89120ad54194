// The T-SQL the monitor sends, in one place so the read-only guard, the tests and the docs can see
// all of it. Only SELECT and SET; every batch first makes the session read-uncommitted with a short
// lock timeout so a poll can never wait on, or hold up, a sale.
//
// A poll is ONE batch: identity, sessions, the health statements when due, and the tills through the
// profile last. The order is chosen for how SQL Server fails inside a batch:
// - a permission error (229 on msdb, 300/297 without VIEW SERVER STATE) ends only its statement;
// - a missing table (208, resolved when the statement runs) ends the batch at that statement, so the
//   user's profile, the one statement that may name a missing table, comes last;
// - a syntax error or an unknown column of an existing table fails the whole batch before anything
//   runs; when that is the profile's, the monitor leaves it out of the next polls (see monitor/poll.ts).
// Each fixed statement is one line, so the line number SQL Server gives with an error names the
// statement; each one's first column (its marker) names its result set.

export const LOCK_TIMEOUT_MS = 2000;

export const POLL_SESSION_PREAMBLE = `SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED; SET LOCK_TIMEOUT ${LOCK_TIMEOUT_MS};\n`;

export type FixedPiece = 'identity' | 'sessions' | 'serverState' | 'backups';
export type BatchPiece = FixedPiece | 'profile';

interface FixedStatement {
  piece: FixedPiece;
  /** The alias of its first column: how its result set is recognised. */
  marker: string;
  sql: string;
}

const IDENTITY_COLUMNS =
  "SERVERPROPERTY('MachineName') AS machineName, SERVERPROPERTY('ProductVersion') AS productVersion, DB_NAME() AS databaseName, @@SPID AS ownSessionId, SUSER_SNAME() AS loginName, SERVERPROPERTY('Edition') AS edition, SERVERPROPERTY('EngineEdition') AS engineEdition";

/** Who the server is and who we are. Needs no right beyond logging in. */
const IDENTITY_STATEMENT: FixedStatement = {
  piece: 'identity',
  marker: 'machineName',
  sql: `SELECT ${IDENTITY_COLUMNS};`,
};

/**
 * The identity with the database's size when health is due, in 8 KB pages: the data files (type 0,
 * what Express caps), the space used inside them (FILEPROPERTY 'SpaceUsed') and the log (type 1), in
 * one pass over sys.database_files (the identity's values are the same on the one row an aggregate
 * without GROUP BY gives). sys.database_files and FILEPROPERTY need only a user in the database, which
 * a login that reads the database has: nothing here can fail on a right the identity does not need.
 */
export const IDENTITY_WITH_SIZES_STATEMENT: FixedStatement = {
  piece: 'identity',
  marker: 'machineName',
  sql:
    `SELECT ${IDENTITY_COLUMNS}, ` +
    'SUM(CAST(CASE WHEN f.type = 0 THEN f.size END AS bigint)) AS dataPages, ' +
    "SUM(CAST(CASE WHEN f.type = 0 THEN FILEPROPERTY(f.name, 'SpaceUsed') END AS bigint)) AS usedDataPages, " +
    'SUM(CAST(CASE WHEN f.type = 1 THEN f.size END AS bigint)) AS logPages FROM sys.database_files AS f;',
};

/** Who else is connected. dm_exec_connections needs VIEW SERVER STATE. */
const SESSIONS_STATEMENT: FixedStatement = {
  piece: 'sessions',
  marker: 'sessionId',
  sql: 'SELECT s.session_id AS sessionId, s.host_name AS hostName, s.program_name AS programName, s.login_name AS loginName, c.client_net_address AS address, s.login_time AS loginTime FROM sys.dm_exec_sessions AS s LEFT JOIN sys.dm_exec_connections AS c ON c.session_id = s.session_id WHERE s.is_user_process = 1;',
};

/**
 * The rest of the main till's health, read at most every `health.intervalMinutes` (the database's size
 * comes with the identity): one statement per right, so a right the login lacks loses only what needs
 * it. The DMVs need VIEW SERVER STATE, the msdb tables SELECT on them.
 */
export const HEALTH_STATEMENTS: readonly FixedStatement[] = [
  {
    piece: 'serverState',
    marker: 'sqlServerStartTime',
    // Both views need VIEW SERVER STATE, so they fail together: one result set, a row per data file.
    sql: 'SELECT i.sqlserver_start_time AS sqlServerStartTime, v.total_bytes AS totalBytes, v.available_bytes AS availableBytes FROM sys.dm_os_sys_info AS i CROSS JOIN sys.database_files AS f CROSS APPLY sys.dm_os_volume_stats(DB_ID(), f.file_id) AS v WHERE f.type = 0;',
  },
  {
    piece: 'backups',
    marker: 'backupType',
    // The newest backup of each type, found through one grouped scan and joined back on the finish
    // date (msdb indexes it), with the file it was written to.
    sql: 'SELECT b.type AS backupType, b.backup_finish_date AS finishedAt, m.physical_device_name AS deviceName FROM (SELECT x.type, MAX(x.backup_finish_date) AS finished FROM msdb.dbo.backupset AS x WHERE x.database_name = DB_NAME() GROUP BY x.type) AS latest JOIN msdb.dbo.backupset AS b ON b.database_name = DB_NAME() AND b.type = latest.type AND b.backup_finish_date = latest.finished LEFT JOIN msdb.dbo.backupmediafamily AS m ON m.media_set_id = b.media_set_id;',
  },
];

/** The tills of the reference schema (CONTRACTS.md); a real installation may need its own profile. */
export const DEFAULT_PROFILE = `SELECT KlientID AS clientId, Datornamn AS name, Programversion AS version, Utgava AS edition,
       Backoffice AS isBackoffice, IPAdress AS address, SenastInloggad AS lastSeen
FROM dbo.Kassor WITH (NOLOCK)`;

export interface PlannedStatement {
  piece: BatchPiece;
  /** Fixed statements only. */
  marker?: string;
  /** 1-based lines of the batch the statement occupies (SQL Server's error line numbers). */
  firstLine: number;
  lastLine: number;
}

export interface PollBatch {
  sql: string;
  statements: PlannedStatement[];
}

/** One poll's batch: identity and sessions always, health when due, then the profile (null: none). */
export function pollBatch(options: { health: boolean; profile: string | null }): PollBatch {
  const fixed = options.health
    ? [IDENTITY_WITH_SIZES_STATEMENT, SESSIONS_STATEMENT, ...HEALTH_STATEMENTS]
    : [IDENTITY_STATEMENT, SESSIONS_STATEMENT];
  const lines = [POLL_SESSION_PREAMBLE.trimEnd()];
  const statements: PlannedStatement[] = [];
  for (const statement of fixed) {
    lines.push(statement.sql);
    statements.push({ piece: statement.piece, marker: statement.marker, firstLine: lines.length, lastLine: lines.length });
  }
  if (options.profile !== null) {
    const firstLine = lines.length + 1;
    lines.push(options.profile);
    statements.push({ piece: 'profile', firstLine, lastLine: firstLine + options.profile.split('\n').length - 1 });
  }
  return { sql: lines.join('\n'), statements };
}

/** Every column of every table, for `discover`; filtering happens in code so the rule is testable. */
export const DISCOVER_QUERY = `${POLL_SESSION_PREAMBLE}SELECT TABLE_SCHEMA AS tableSchema, TABLE_NAME AS tableName, COLUMN_NAME AS columnName, DATA_TYPE AS dataType
FROM INFORMATION_SCHEMA.COLUMNS
ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION;`;

/** The smallest request: the doctor's test query after login, and the poll benchmark's baseline. */
export const PING_QUERY = `${POLL_SESSION_PREAMBLE}SELECT 1 AS ok;`;
