// `kassavakt login-script`: the T-SQL, read with the simulator's own T-SQL lexer, quotes every
// identifier (names come in only as N'…' literals and become identifiers only through QUOTENAME),
// grants only what Kassavakt reads, keeps CHECK_POLICY on, is idempotent, and stops with a plain
// explanation when the instance takes Windows logins only.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n.js';
import { isDatabaseName, isLoginName, loginScript, loginScriptSql, sqlText } from '../../src/platform/loginScript.js';
import { mask, unmask } from '../../src/sim/sql/lexer.js';

const input = { login: 'kassavakt', database: 'PCKassa', instance: 'PCKASSA', lang: 'sv' as const };
const tsql = loginScriptSql(input);
const { text: outsideLiterals, pieces } = mask(tsql);
const literal = (piece: string) => piece.replace(/^N?'|'$/g, '').replace(/''/g, "'");
/** The string literals of the script, each with the masked text that follows it. */
const literals = [...outsideLiterals.matchAll(/\u0001(\d+)\u0002/g)].map((m) => ({
  value: literal(pieces[Number(m[1])]!),
  quoted: /^'|^N'/.test(pieces[Number(m[1])]!),
  after: outsideLiterals.slice(m.index! + m[0].length),
}));
/** The dynamic SQL fragments (the literals assigned to @sql), joined. */
const dynamic = literals.filter((l) => l.quoted).map((l) => l.value).join(' ');

describe('the login script’s T-SQL', () => {
  it('has the names only inside string literals, never as T-SQL of its own', () => {
    expect(outsideLiterals).not.toMatch(/kassavakt|PCKassa/i);
    expect(literals.filter((l) => l.value === 'kassavakt' || l.value === 'PCKassa')).toHaveLength(2);
    expect(tsql).toContain("DECLARE @login sysname = N'kassavakt';");
  });

  it('makes an identifier of them only through QUOTENAME, wherever T-SQL wants a name', () => {
    const wantsName = /(CREATE LOGIN|ALTER LOGIN|CREATE USER|FOR LOGIN|\bTO|\bUSE|ADD MEMBER|DEFAULT_DATABASE =)\s*$/;
    const beforeNames = literals.filter((l) => l.quoted && wantsName.test(l.value));
    expect(beforeNames.length).toBeGreaterThanOrEqual(10);
    for (const l of beforeNames) expect(l.after, l.value).toMatch(/^\s*\+\s*QUOTENAME\(@(login|database)\)/);
    // The bracketed names inside the fragments are Kassavakt's own constants.
    expect([...new Set(dynamic.match(/\[[^\]]*\]/g))].sort()).toEqual(['[db_datareader]', '[dbo]', '[backupmediafamily]', '[backupset]', '[msdb]'].sort());
  });

  it('grants only what Kassavakt reads, and never a server role or a write right', () => {
    const grants = [...dynamic.matchAll(/GRANT (.+?) TO/g)].map((m) => m[1]);
    expect(grants).toEqual(['VIEW SERVER STATE', 'SELECT ON [dbo].[backupset]', 'SELECT ON [dbo].[backupmediafamily]']);
    expect([...dynamic.matchAll(/ALTER ROLE (\S+) ADD MEMBER/g)].map((m) => m[1])).toEqual(['[db_datareader]']);
    expect(tsql).not.toMatch(/sysadmin|db_owner|db_datawriter|CONTROL|INSERT|UPDATE|DELETE|sp_addsrvrolemember/i);
  });

  it('grants the server permission in master, whatever database sqlcmd starts in (else Msg 4621)', () => {
    const lines = tsql.split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['SET NOCOUNT ON;', 'USE [master];']);
    // Nothing changes the database before the GRANT: the databases' own steps run in sp_executesql.
    const grant = lines.findIndex((line) => line.includes("N'GRANT VIEW SERVER STATE TO '"));
    expect(lines.slice(2, grant).filter((line) => /^\s*USE\b/i.test(line))).toEqual([]);
  });

  it('brings an existing login to what a new one is: new password, unlocked, enabled, the database as default, the policy on', () => {
    const alter = tsql.split('\r\n').find((line) => line.startsWith("  SET @sql = N'ALTER LOGIN "))!;
    expect(alter).toBe(
      "  SET @sql = N'ALTER LOGIN ' + QUOTENAME(@login) + N' WITH PASSWORD = ' + QUOTENAME(@password, '''') + N' UNLOCK, DEFAULT_DATABASE = ' + QUOTENAME(@database) + " +
        "N', CHECK_POLICY = ON, CHECK_EXPIRATION = OFF; ALTER LOGIN ' + QUOTENAME(@login) + N' ENABLE;';",
    );
    // Rights it had are kept, and its server roles are named, in plain words.
    const roles = unmask(outsideLiterals, pieces);
    expect(roles).toContain('SELECT @roles = COALESCE(@roles + N\', \', N\'\') + r.name FROM sys.server_role_members AS m JOIN sys.server_principals AS r');
    expect(roles).toMatch(/IF @roles IS NOT NULL PRINT N'Observera: kassavakt ' \+ NCHAR\(228\) \+ N'r ocks' \+ NCHAR\(229\) \+ N' med i serverrollerna ' \+ @roles \+ N'\. Kassavakt/);
  });

  it('keeps the Windows password policy on and is safe to run twice', () => {
    expect(dynamic.match(/CHECK_POLICY = ON/g)).toHaveLength(2);
    expect(tsql).toMatch(/IF SUSER_ID\(@login\) IS NULL\r\nBEGIN\r\n {2}SET @sql = N'CREATE LOGIN /);
    expect(tsql).toMatch(/\r\nELSE\r\nBEGIN\r\n {2}SET @sql = N'ALTER LOGIN /);
    expect(dynamic.match(/IF DATABASE_PRINCIPAL_ID\(@login\) IS NULL CREATE USER/g)).toHaveLength(2);
  });

  it('stops with the explanation before changing anything when only Windows logins are accepted', () => {
    const check = tsql.indexOf("SERVERPROPERTY('IsIntegratedSecurityOnly')");
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(tsql.indexOf('CREATE LOGIN'));
    expect(tsql.slice(check)).toMatch(/^[^\n]*\r\nBEGIN\r\n {2}PRINT [^\r]+;\r\n {2}RAISERROR\([^\r]+\r\n {2}RETURN;/);
    const printed = literals.map((l) => l.value).join('');
    expect(printed).toContain('tar bara emot Windows-inloggningar');
  });

  it('is plain ASCII, with other letters as NCHAR, and says what it did in Swedish', () => {
    expect(tsql).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(sqlText("Lösen'ord")).toBe("N'L' + NCHAR(246) + N'sen''ord'");
    const said = unmask(outsideLiterals, pieces);
    expect(said).toContain(sqlText(t('sv', 'loginScript.rights', { database: 'PCKassa' })));
    expect(said).toContain('PRINT @password;');
  });
});

describe('the .cmd around it', () => {
  const script = loginScript(input);
  const lines = script.split('\r\n');

  it('copies exactly the T-SQL out of itself and runs it with sqlcmd -E on the instance', () => {
    const skip = Number(/for \/f "usebackq skip=(\d+) delims=" %%L in \("%~f0"\) do >>"%KV_SQL%" echo\.%%L/.exec(script)![1]);
    expect(lines.slice(skip).join('\r\n')).toBe(tsql);
    // What `for /f` would drop or take for a comment: an empty line, or one starting with `;`.
    expect(tsql.split('\r\n').slice(0, -1).filter((line) => line.trim() === '' || line.startsWith(';'))).toEqual([]);
    expect(script).toContain('call sqlcmd -S .\\PCKASSA -E -b -f 65001 -i "%KV_SQL%"');
    expect(script).toContain(`where sqlcmd >nul 2>&1\r\nif errorlevel 1 (echo ${t('sv', 'loginScript.noSqlcmd')} & pause & exit /b 1)`);
    expect(script.split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true);
    expect(loginScript({ ...input, instance: 'MSSQLSERVER' })).toContain('sqlcmd -S . -E');
  });

  it('after a failure names the cause only as what the message above says, not as the Windows user', () => {
    // The script's own refusals (Windows logins only, no such database) have said why already.
    const failed = lines.find((line) => line.startsWith('if not "%KV_RESULT%"=="0" echo '))!;
    expect(failed).toBe(`if not "%KV_RESULT%"=="0" echo ${t('sv', 'loginScript.failed')}`);
    expect(t('en', 'loginScript.failed')).toBe(
      'It did not work; read the message above. If it says "Login failed" or "permission", run the script as the Windows user who installed PC-Kassa, or as an administrator.',
    );
    // Nothing cmd.exe would read as its own syntax.
    for (const lang of ['sv', 'nb', 'en'] as const) expect(t(lang, 'loginScript.failed')).not.toMatch(/[&|<>^%()]/);
  });
});

describe('names the command accepts', () => {
  it.each([
    ['kassavakt', true],
    ['kassa.vakt-2', true],
    ["kassa'vakt", false],
    ['kassa]vakt', false],
    ['2kassa', false],
    ['', false],
    ['x'.repeat(129), false],
  ])('login %j → %s', (name, ok) => expect(isLoginName(name)).toBe(ok));

  it.each([
    ['PCKassa', true],
    ['PC Kassa 2', true],
    ["PC'Kassa", false],
    ['PC];DROP', false],
    [' PCKassa', false],
  ])('database %j → %s', (name, ok) => expect(isDatabaseName(name)).toBe(ok));
});
