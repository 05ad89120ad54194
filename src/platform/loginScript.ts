// The script that gives Kassavakt its own SQL login on the MAIN till: run there by the Windows user
// who installed PC-Kassa (SQL Server Express made them sysadmin), it calls `sqlcmd -E` with T-SQL that
// creates or updates one login with a password SQL Server generates (CHECK_POLICY = ON) and grants
// only what Kassavakt reads: VIEW SERVER STATE, db_datareader in the PC-Kassa database, SELECT on
// msdb's two backup tables. A login that already exists gets a new password, is unlocked and enabled,
// and gets the PC-Kassa database as its default and the password policy back on; rights it had before
// are kept (removing them could break whatever else uses the login), and its server roles are named.
// Names reach the T-SQL only as N'…' literals and become identifiers only through QUOTENAME; the T-SQL
// is plain ASCII (other letters as NCHAR), no line of it empty or starting with `;`, so a `for /f`
// loop copies it out of the .cmd unchanged.
import { t, type Lang } from '../core/i18n.js';

export const LOGIN_SCRIPT_MARKER = 'rem Kassavakt login script';

export interface LoginScriptInput {
  login: string;
  database: string;
  instance: string;
  lang: Lang;
}

/** SQL login names the script accepts (checked before anything is written). */
export function isLoginName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_.-]{0,127}$/.test(name);
}

export function isDatabaseName(name: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_ .-]{0,127}$/.test(name) && name.trim() === name;
}

/** A Unicode string literal in ASCII-only T-SQL: N'…' with quotes doubled, other letters as NCHAR(n). */
export function sqlText(text: string): string {
  const parts: string[] = [];
  let run = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f) run += char === "'" ? "''" : char;
    else {
      if (run !== '') parts.push(`N'${run}'`);
      run = '';
      parts.push(`NCHAR(${code})`);
    }
  }
  if (run !== '' || parts.length === 0) parts.push(`N'${run}'`);
  return parts.join(' + ');
}

const ROLES_MARKER = '{{roles}}';

/** The T-SQL the script runs: idempotent, every identifier through QUOTENAME. */
export function loginScriptSql(input: LoginScriptInput): string {
  const { login, database, instance, lang } = input;
  const say = (key: Parameters<typeof t>[1]) => sqlText(t(lang, key, { login, database, instance }));
  // The roles are known only on the server: the text around them is two literals, cut at a marker that
  // t() leaves as it is (it shows control characters in parameters escaped, so no NUL can serve).
  const [beforeRoles, afterRoles] = t(lang, 'loginScript.serverRoles', { login, roles: ROLES_MARKER }).split(ROLES_MARKER) as [string, string];
  return [
    'SET NOCOUNT ON;',
    // GRANT of a server permission works only in master (Msg 4621); sqlcmd -E starts in the Windows
    // user's default database, which need not be master.
    'USE [master];',
    `DECLARE @login sysname = ${sqlText(login)};`,
    `DECLARE @database sysname = ${sqlText(database)};`,
    'DECLARE @sql nvarchar(max);',
    "IF CAST(SERVERPROPERTY('IsIntegratedSecurityOnly') AS int) = 1",
    'BEGIN',
    `  PRINT ${say('loginScript.windowsOnly')};`,
    "  RAISERROR(N'Windows authentication only', 16, 1);",
    '  RETURN;',
    'END;',
    'IF DB_ID(@database) IS NULL',
    'BEGIN',
    `  PRINT ${say('loginScript.databaseMissing')};`,
    "  RAISERROR(N'Database missing', 16, 1);",
    '  RETURN;',
    'END;',
    // 24 random bytes in base64, with letters of both cases, a digit and a sign: the Windows password
    // policy (CHECK_POLICY) asks for three kinds of character.
    'DECLARE @bytes varbinary(24) = CRYPT_GEN_RANDOM(24);',
    "DECLARE @password nvarchar(128) = N'Kv-' + CAST(N'' AS xml).value('xs:base64Binary(sql:variable(\"@bytes\"))', 'nvarchar(64)') + N'-9a';",
    'IF SUSER_ID(@login) IS NULL',
    'BEGIN',
    "  SET @sql = N'CREATE LOGIN ' + QUOTENAME(@login) + N' WITH PASSWORD = ' + QUOTENAME(@password, '''') + N', CHECK_POLICY = ON, CHECK_EXPIRATION = OFF, DEFAULT_DATABASE = ' + QUOTENAME(@database) + N';';",
    '  EXEC sys.sp_executesql @sql;',
    `  PRINT ${say('loginScript.created')};`,
    'END',
    'ELSE',
    'BEGIN',
    "  SET @sql = N'ALTER LOGIN ' + QUOTENAME(@login) + N' WITH PASSWORD = ' + QUOTENAME(@password, '''') + N' UNLOCK, DEFAULT_DATABASE = ' + QUOTENAME(@database) + N', CHECK_POLICY = ON, CHECK_EXPIRATION = OFF; ALTER LOGIN ' + QUOTENAME(@login) + N' ENABLE;';",
    '  EXEC sys.sp_executesql @sql;',
    `  PRINT ${say('loginScript.updated')};`,
    '  DECLARE @roles nvarchar(max);',
    "  SELECT @roles = COALESCE(@roles + N', ', N'') + r.name FROM sys.server_role_members AS m JOIN sys.server_principals AS r ON r.principal_id = m.role_principal_id WHERE m.member_principal_id = SUSER_ID(@login);",
    `  IF @roles IS NOT NULL PRINT ${sqlText(beforeRoles)} + @roles + ${sqlText(afterRoles)};`,
    'END;',
    "SET @sql = N'GRANT VIEW SERVER STATE TO ' + QUOTENAME(@login) + N';';",
    'EXEC sys.sp_executesql @sql;',
    "SET @sql = N'USE ' + QUOTENAME(@database) + N'; IF DATABASE_PRINCIPAL_ID(@login) IS NULL CREATE USER ' + QUOTENAME(@login) + N' FOR LOGIN ' + QUOTENAME(@login) + N'; ALTER ROLE [db_datareader] ADD MEMBER ' + QUOTENAME(@login) + N';';",
    "EXEC sys.sp_executesql @sql, N'@login sysname', @login = @login;",
    "SET @sql = N'USE [msdb]; IF DATABASE_PRINCIPAL_ID(@login) IS NULL CREATE USER ' + QUOTENAME(@login) + N' FOR LOGIN ' + QUOTENAME(@login) + N'; GRANT SELECT ON [dbo].[backupset] TO ' + QUOTENAME(@login) + N'; GRANT SELECT ON [dbo].[backupmediafamily] TO ' + QUOTENAME(@login) + N';';",
    "EXEC sys.sp_executesql @sql, N'@login sysname', @login = @login;",
    `PRINT ${say('loginScript.rights')};`,
    `PRINT ${say('loginScript.password')};`,
    'PRINT @password;',
    '',
  ].join('\r\n');
}

/**
 * A Windows batch file (CRLF, `chcp 65001`): copies the T-SQL after its last line of batch code to a
 * temporary file (`for /f skip=N`: a FOR variable's `&|<>` are not read as batch syntax) and runs it
 * with `sqlcmd -S .\INSTANCE -E`.
 */
export function loginScript(input: LoginScriptInput): string {
  const { instance, lang } = input;
  const server = instance.toUpperCase() === 'MSSQLSERVER' ? '.' : `.\\${instance}`;
  const head = [
    '@echo off',
    LOGIN_SCRIPT_MARKER,
    `rem ${t(lang, 'loginScript.purpose', { login: input.login, instance })}`,
    'chcp 65001 >nul',
    'setlocal',
    'where sqlcmd >nul 2>&1',
    `if errorlevel 1 (echo ${t(lang, 'loginScript.noSqlcmd')} & pause & exit /b 1)`,
    'set "KV_SQL=%TEMP%\\kassavakt-login-%RANDOM%%RANDOM%.sql"',
    'for /f "usebackq skip=SKIP delims=" %%L in ("%~f0") do >>"%KV_SQL%" echo.%%L',
    // CALL returns here also when sqlcmd is a wrapper script rather than sqlcmd.exe.
    `call sqlcmd -S ${server} -E -b -f 65001 -i "%KV_SQL%"`,
    'set KV_RESULT=%ERRORLEVEL%',
    'del "%KV_SQL%" >nul 2>&1',
    `if not "%KV_RESULT%"=="0" echo ${t(lang, 'loginScript.failed')}`,
    'pause',
    'exit /b %KV_RESULT%',
  ];
  const skip = head.length;
  return `${head.map((line) => line.replace('skip=SKIP', `skip=${skip}`)).join('\r\n')}\r\n${loginScriptSql(input)}`;
}
