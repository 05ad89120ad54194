import { describe, expect, it } from 'vitest';
import { checkReadOnly } from '../../src/core/readOnlySql.js';
import { DEFAULT_PROFILE, POLL_SESSION_PREAMBLE } from '../../src/core/pollQueries.js';

describe('checkReadOnly', () => {
  it.each([
    'SELECT 1',
    'SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED; SET LOCK_TIMEOUT 2000; SELECT @@SPID;',
    "SELECT N'INSERT INTO x' AS text, 'it''s; DELETE' AS other",
    'SELECT [Update], [Delete]]x] FROM dbo.[Drop Table] WITH (NOLOCK)',
    'SELECT a -- DROP TABLE x\nFROM t',
    'SELECT /* outer /* DELETE */ still comment */ a FROM t',
    'SELECT "INSERT" FROM t',
  ])('accepts %j', (sql) => {
    expect(checkReadOnly(sql)).toEqual({ ok: true });
  });

  it.each([
    ['', 'no statement'],
    ['-- only a comment', 'no statement'],
    ['UPDATE dbo.Kassor SET KlientID = 1', 'statement starts with UPDATE'],
    ['SELECT 1; DELETE FROM dbo.Kassor', 'statement starts with DELETE'],
    ['SELECT * INTO dbo.Copy FROM dbo.Kassor', 'contains INTO'],
    ['EXEC sp_who', 'statement starts with EXEC'],
    ['WITH x AS (SELECT 1 AS a) DELETE FROM x', 'statement starts with WITH'],
    ['SELECT 1 WAITFOR DELAY \'00:01\'', 'contains WAITFOR'],
    ["SELECT 'unterminated", 'unterminated string, comment or quoted name'],
    ['SELECT 1 /* DELETE', 'unterminated string, comment or quoted name'],
    ['SELECT 1 FROM [dbo', 'unterminated string, comment or quoted name'],
    ['SELECT * FROM OPENROWSET(BULK \'c:\\x\', SINGLE_BLOB) AS x', 'contains OPENROWSET'],
    ['SELECT 1\nGO\nDROP TABLE x', 'contains DROP'],
  ])('refuses %j (%s)', (sql, reason) => {
    const verdict = checkReadOnly(sql);
    expect(verdict).toEqual({ ok: false, reason });
  });

  it('accepts every statement the monitor itself sends', () => {
    expect(checkReadOnly(POLL_SESSION_PREAMBLE + DEFAULT_PROFILE)).toEqual({ ok: true });
  });
});
