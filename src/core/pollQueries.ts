// The T-SQL the monitor sends, in one place so the read-only guard, the tests and the docs can see
// all of it. Only SELECT and SET; every batch first makes the session read-uncommitted with a short
// lock timeout so a poll can never wait on, or hold up, a sale.

export const LOCK_TIMEOUT_MS = 2000;

export const POLL_SESSION_PREAMBLE = `SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED; SET LOCK_TIMEOUT ${LOCK_TIMEOUT_MS};\n`;

/** Who the server is, who we are, and who else is connected: one round trip, two result sets. */
export const IDENTITY_AND_SESSIONS_QUERY = `${POLL_SESSION_PREAMBLE}SELECT SERVERPROPERTY('MachineName') AS machineName, SERVERPROPERTY('ProductVersion') AS productVersion, DB_NAME() AS databaseName, @@SPID AS ownSessionId;
SELECT s.session_id AS sessionId, s.host_name AS hostName, s.program_name AS programName, s.login_name AS loginName, c.client_net_address AS address, s.login_time AS loginTime
FROM sys.dm_exec_sessions AS s LEFT JOIN sys.dm_exec_connections AS c ON c.session_id = s.session_id
WHERE s.is_user_process = 1;`;

/** The tills of the reference schema (CONTRACTS.md); a real installation may need its own profile. */
export const DEFAULT_PROFILE = `SELECT KlientID AS clientId, Datornamn AS name, Programversion AS version, Utgava AS edition,
       Backoffice AS isBackoffice, IPAdress AS address, SenastInloggad AS lastSeen
FROM dbo.Kassor WITH (NOLOCK)`;

export function profileBatch(profile: string): string {
  return `${POLL_SESSION_PREAMBLE}${profile}`;
}

/** Every column of every table, for `discover`; filtering happens in code so the rule is testable. */
export const DISCOVER_QUERY = `${POLL_SESSION_PREAMBLE}SELECT TABLE_SCHEMA AS tableSchema, TABLE_NAME AS tableName, COLUMN_NAME AS columnName, DATA_TYPE AS dataType
FROM INFORMATION_SCHEMA.COLUMNS
ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION;`;

/** The smallest request: the doctor's test query after login, and the poll benchmark's baseline. */
export const PING_QUERY = `${POLL_SESSION_PREAMBLE}SELECT 1 AS ok;`;
