import { describe, expect, it } from 'vitest';
import { checkReadOnly, inspectBatch, inspectReadOnly } from '../../src/core/readOnlySql.js';
import { configSchema } from '../../src/core/config.js';
import { Monitor, ReadOnlyRefusal } from '../../src/monitor/poll.js';
import { DEFAULT_PROFILE, DISCOVER_QUERY, IDENTITY_AND_SESSIONS_QUERY, PING_QUERY, POLL_SESSION_PREAMBLE, profileBatch } from '../../src/core/pollQueries.js';

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

describe('inspectBatch (the one guard before the wire)', () => {
  it('lets through every batch Kassavakt sends: the poll, the profile, discover and the doctor’s SELECT 1', () => {
    for (const batch of [IDENTITY_AND_SESSIONS_QUERY, profileBatch(DEFAULT_PROFILE), DISCOVER_QUERY, PING_QUERY]) {
      expect(inspectBatch(batch), batch).toEqual({ ok: true });
    }
  });

  it('refuses a read-only batch that does not start with the read-uncommitted, lock-timeout preamble', () => {
    expect(inspectBatch('SELECT 1 AS ok')).toEqual({ ok: false, problem: 'NO_PREAMBLE' });
    expect(inspectBatch(`SELECT 1; ${POLL_SESSION_PREAMBLE}`)).toEqual({ ok: false, problem: 'NO_PREAMBLE' });
    expect(inspectBatch(`${POLL_SESSION_PREAMBLE}DELETE FROM dbo.Kassor`)).toEqual({ ok: false, problem: 'STARTS_WITH', word: 'DELETE' });
  });
});

describe('inspectReadOnly', () => {
  it('names the problem and the word, for a message in the user’s language', () => {
    expect(inspectReadOnly('SELECT 1')).toEqual({ ok: true });
    expect(inspectReadOnly('UPDATE dbo.Kassor SET KlientID = 1')).toEqual({ ok: false, problem: 'STARTS_WITH', word: 'UPDATE' });
    expect(inspectReadOnly('SELECT * INTO dbo.Copy FROM dbo.Kassor')).toEqual({ ok: false, problem: 'CONTAINS', word: 'INTO' });
    expect(inspectReadOnly("SELECT 'x")).toEqual({ ok: false, problem: 'UNTERMINATED' });
    expect(inspectReadOnly('')).toEqual({ ok: false, problem: 'NO_STATEMENT' });
  });

  it('is what the monitor refuses with, in Swedish by default', async () => {
    const monitor = new Monitor(configSchema.parse({ server: 'KASSA1\\PCKASSA' }));
    await expect(monitor.query('SELECT 1; DELETE FROM dbo.Kassor')).rejects.toThrow(
      'Kassavakt skickar bara läsfrågor (SELECT) till huvudkassan; frågan vägrades: en sats börjar med DELETE',
    );
    const english = new Monitor(configSchema.parse({ server: 'KASSA1\\PCKASSA', lang: 'en' }));
    await expect(english.query('SELECT 1 WAITFOR DELAY \'00:01\'')).rejects.toThrow('the query was refused: the query contains WAITFOR');
    await expect(english.query('SELECT 1 /* x')).rejects.toThrow(ReadOnlyRefusal);
    await expect(english.query('SELECT 1 AS ok')).rejects.toThrow('the query was refused: the query does not start with the read mode (READ UNCOMMITTED, LOCK_TIMEOUT)');
  });
});
