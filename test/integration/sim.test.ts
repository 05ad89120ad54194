// The simulated main till through the real mssql driver (tedious) over loopback TCP.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sql from 'mssql';
import { Connection } from 'tedious';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetSnapshot } from '../../src/core/fleet.js';
import { startSim, type RunningSim, type SimEvent } from '../../src/sim/index.js';
import { simConfigByPort } from '../support/simClient.js';

const HOST = '127.0.50.1';
const FLEET: FleetSnapshot = {
  tills: [
    { name: 'HUVUD', clientId: 1, version: '38,5', role: 'main', address: '10.0.0.1', lastSeen: '2024-05-01T08:30:00.000Z' },
    { name: 'KASSA2', clientId: '2', version: '38,5', role: 'sales', address: '10.0.0.2', lastSeen: '2024-05-01T08:31:00.000Z' },
    { name: 'KONTOR', clientId: 2, version: '38,05', role: 'backoffice', connected: false },
  ],
};

let sim: RunningSim;
let pool: sql.ConnectionPool;
const dir = mkdtempSync(join(tmpdir(), 'kassavakt-sim-'));
const logFile = join(dir, 'statements.jsonl');

beforeAll(async () => {
  sim = await startSim({ host: HOST, browserPort: null, fleet: FLEET, logFile });
  pool = await new sql.ConnectionPool(simConfigByPort(sim)).connect();
});

afterAll(async () => {
  await pool?.close();
  await sim?.stop();
});

/** The server's error numbers during a login, seen by tedious itself (mssql keeps only the text). */
function loginErrorNumbers(change: { password?: string; database?: string }): Promise<number[]> {
  const numbers: number[] = [];
  const connection = new Connection({
    server: HOST,
    authentication: { type: 'default', options: { userName: 'kassavakt', password: change.password ?? 'kassavakt' } },
    options: { port: sim.port, encrypt: false, database: change.database ?? 'PCKassa' },
  });
  connection.on('errorMessage', (message) => numbers.push(message.number));
  return new Promise((resolve) => {
    connection.on('connect', () => {
      connection.close();
      resolve(numbers);
    });
    connection.connect();
  });
}

describe('login', () => {
  it('refuses a wrong password with error 18456', async () => {
    const bad = new sql.ConnectionPool(simConfigByPort(sim, { password: 'wrong' }));
    const error = await bad.connect().then(() => undefined, (e: unknown) => e as sql.ConnectionError);
    expect(error?.code).toBe('ELOGIN');
    expect(error?.message).toBe("Login failed for user 'kassavakt'.");
    await bad.close();
    expect(await loginErrorNumbers({ password: 'wrong' })).toEqual([18456]);
  });

  it('refuses an unknown database with error 4060', async () => {
    const bad = new sql.ConnectionPool(simConfigByPort(sim, { database: 'Nope' }));
    const error = await bad.connect().then(() => undefined, (e: unknown) => e as sql.ConnectionError);
    expect(error?.code).toBe('ELOGIN');
    expect(error?.message).toMatch(/Cannot open database "Nope" requested by the login|Login failed/);
    await bad.close();
    expect(await loginErrorNumbers({ database: 'Nope' })).toEqual([4060, 18456]);
  });
});

describe('queries', () => {
  it('returns the fixture tills with SQL Server types', async () => {
    const { recordset } = await pool.request().query(
      `SELECT KlientID AS clientId, Datornamn AS name, Programversion AS version, Utgava AS edition,
              Backoffice AS isBackoffice, IPAdress AS address, SenastInloggad AS lastSeen
       FROM dbo.Kassor WITH (NOLOCK) ORDER BY KassaNr`,
    );
    expect(recordset).toEqual([
      { clientId: 1, name: 'HUVUD', version: '38,5', edition: null, isBackoffice: false, address: '10.0.0.1', lastSeen: new Date('2024-05-01T08:30:00.000Z') },
      { clientId: 2, name: 'KASSA2', version: '38,5', edition: null, isBackoffice: false, address: '10.0.0.2', lastSeen: new Date('2024-05-01T08:31:00.000Z') },
      { clientId: 2, name: 'KONTOR', version: '38,05', edition: null, isBackoffice: true, address: null, lastSeen: null },
    ]);
    expect(recordset.columns.name?.type).toBe(sql.NVarChar);
    expect(recordset.columns.name?.length).toBe(128); // nvarchar(64): tedious reports bytes, as with a real server
    expect(recordset.columns.lastSeen?.type).toBe(sql.DateTime2);
  });

  it('takes T-SQL: TOP, N-strings, brackets, three-part names and parameters', async () => {
    const top = await pool.request().query("SELECT TOP 1 [Datornamn] FROM [PCKassa].[dbo].[Kassor] WHERE Programversion = N'38,5' ORDER BY KassaNr DESC");
    expect(top.recordset).toEqual([{ Datornamn: 'KASSA2' }]);
    const byParam = await pool.request().input('id', sql.Int, 2).input('name', sql.NVarChar, 'kontor').query(
      'SELECT Datornamn FROM dbo.Kassor WHERE KlientID = @id AND Datornamn = @name',
    );
    expect(byParam.recordset).toEqual([{ Datornamn: 'KONTOR' }]);
  });

  it('answers the server identity functions', async () => {
    const { recordset } = await pool.request().query(
      `SELECT CAST(SERVERPROPERTY('MachineName') AS nvarchar(128)) AS machine, SERVERPROPERTY('InstanceName') AS instance,
              SERVERPROPERTY('ProductVersion') AS version, SERVERPROPERTY('Edition') AS edition, @@SERVERNAME AS serverName,
              DB_NAME() AS db, @@SPID AS spid, ISNULL(NULL, 'x') AS fallback, GETDATE() AS now, @@VERSION AS banner`,
    );
    const row = recordset[0];
    expect(row).toMatchObject({
      machine: 'HUVUD', instance: 'PCKASSA', version: '15.0.2000.5', edition: 'Express Edition (64-bit)',
      serverName: 'HUVUD\\PCKASSA', db: 'PCKassa', fallback: 'x',
    });
    expect(typeof row.spid).toBe('number');
    expect(row.now).toBeInstanceOf(Date);
    expect(row.banner).toMatch(/^Microsoft SQL Server 2019/);
  });

  it('lists connected tills and live sessions in sys.dm_exec_sessions', async () => {
    const { recordset } = await pool.request().query(
      `SELECT s.session_id, s.host_name, s.program_name, c.client_net_address
       FROM sys.dm_exec_sessions s JOIN sys.dm_exec_connections c ON c.session_id = s.session_id
       WHERE s.is_user_process = 1 ORDER BY s.session_id`,
    );
    const { recordset: me } = await pool.request().query('SELECT @@SPID AS spid');
    expect(recordset.filter((r) => r.program_name === 'PC-Kassa').map((r) => [r.host_name, r.client_net_address])).toEqual([
      ['HUVUD', '10.0.0.1'],
      ['KASSA2', '10.0.0.2'],
    ]);
    const own = recordset.find((r) => r.session_id === me[0].spid);
    expect(own).toMatchObject({ program_name: 'node-mssql', client_net_address: '127.0.0.1' });
    expect(recordset.every((r) => r.session_id >= 51)).toBe(true);
  });

  it('describes the schema in INFORMATION_SCHEMA', async () => {
    const { recordset } = await pool.request().query(
      "SELECT COLUMN_NAME, DATA_TYPE, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'dbo' AND TABLE_NAME = 'Kassor' ORDER BY ORDINAL_POSITION",
    );
    expect(recordset.map((r) => r.COLUMN_NAME)).toEqual(['KassaNr', 'KlientID', 'Datornamn', 'Programversion', 'Utgava', 'Backoffice', 'IPAdress', 'SenastInloggad']);
    expect(recordset[2]).toEqual({ COLUMN_NAME: 'Datornamn', DATA_TYPE: 'nvarchar', IS_NULLABLE: 'NO' });
  });

  it('returns several result sets from one batch', async () => {
    const result = await pool.request().batch(
      "SET NOCOUNT ON\nSELECT COUNT(*) AS n FROM dbo.Kassor\nSELECT Datornamn FROM dbo.Kassor WHERE Backoffice = 1;\nSELECT 'x' AS x",
    );
    expect(result.recordsets).toHaveLength(3);
    expect((result.recordsets as sql.IRecordSet<Record<string, unknown>>[])[0]).toEqual([{ n: 3 }]);
    expect((result.recordsets as sql.IRecordSet<Record<string, unknown>>[])[1]).toEqual([{ Datornamn: 'KONTOR' }]);
  });

  it('answers mistakes with real SQL Server errors', async () => {
    const fail = (text: string) => pool.request().query(text).then(() => undefined, (e: sql.RequestError) => e);
    expect(await fail('SELECT * FROM dbo.Finns')).toMatchObject({ number: 208, message: "Invalid object name 'dbo.Finns'." });
    expect(await fail('SELECT Finns FROM dbo.Kassor')).toMatchObject({ number: 207, message: "Invalid column name 'Finns'." });
    expect(await fail('SELECT FROM WHERE')).toMatchObject({ number: 102 });
  });

  it('refuses to change data and keeps it unchanged', async () => {
    const fail = (text: string) => pool.request().query(text).then(() => undefined, (e: sql.RequestError) => e);
    expect(await fail("INSERT INTO dbo.Kassor (KassaNr, Datornamn, Backoffice) VALUES (9, N'NY', 0)")).toMatchObject({
      number: 229,
      message: "The INSERT permission was denied on the object 'Kassor', database 'PCKassa', schema 'dbo'.",
    });
    expect(await fail("UPDATE dbo.Kassor SET KlientID = 7 WHERE Datornamn = 'KONTOR'")).toMatchObject({ number: 229 });
    expect(await fail('DELETE FROM dbo.Kassor')).toMatchObject({ number: 229 });
    expect(await fail('DROP TABLE dbo.Kassor')).toMatchObject({ number: 262 });
    expect(await fail('EXEC sp_who')).toMatchObject({ number: 229 });
    const { recordset } = await pool.request().query('SELECT COUNT(*) AS n, SUM(KlientID) AS ids FROM dbo.Kassor');
    expect(recordset).toEqual([{ n: 3, ids: 5 }]);
  });

  it('keeps SET state per session and records every statement', async () => {
    const other = await new sql.ConnectionPool(simConfigByPort(sim)).connect();
    await other.request().batch('SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED; SET LOCK_TIMEOUT 2000; SELECT 1 AS one');
    const { recordset } = await other.request().query('SELECT @@SPID AS spid');
    const spid = recordset[0].spid as number;
    const mine = sim.sessions().find((s) => s.id === spid);
    expect(mine).toMatchObject({ isolationLevel: 'READ UNCOMMITTED', lockTimeout: 2000, appName: 'node-mssql', userName: 'kassavakt' });
    expect(sim.sessions().filter((s) => s.id !== spid).every((s) => s.isolationLevel === 'READ COMMITTED')).toBe(true);
    expect(sim.statements().filter((s) => s.session === spid).map((s) => s.sql)).toEqual(
      expect.arrayContaining(['SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED', 'SET LOCK_TIMEOUT 2000', 'SELECT 1 AS one', 'SELECT @@SPID AS spid']),
    );
    await other.close();
    const logged = readFileSync(logFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { at: string; session: number; request: number; sql: string });
    expect(logged).toContainEqual({ at: expect.any(String), session: spid, request: expect.any(Number), sql: 'SET LOCK_TIMEOUT 2000' });
  });

  it('serves several clients at once', async () => {
    const pools = await Promise.all(Array.from({ length: 5 }, () => new sql.ConnectionPool(simConfigByPort(sim)).connect()));
    const spids = await Promise.all(
      pools.map(async (p) => {
        const { recordset } = await p.request().query('SELECT @@SPID AS spid, COUNT(*) AS n FROM dbo.Kassor');
        expect(recordset[0].n).toBe(3);
        return recordset[0].spid as number;
      }),
    );
    expect(new Set(spids).size).toBe(5);
    await Promise.all(pools.map((p) => p.close()));
  });

  it('splits a large answer into packets of the negotiated size', async () => {
    const big = new sql.ConnectionPool(simConfigByPort(sim, { options: { packetSize: 512 } }));
    await big.connect();
    const { recordset } = await big.request().query("SELECT @@VERSION AS v, s.session_id, s.host_name FROM sys.dm_exec_sessions s CROSS JOIN dbo.Kassor k");
    expect(recordset.length).toBeGreaterThan(9);
    expect(recordset[0].v).toMatch(/Express Edition/);
    await big.close();
  });
});

describe('a very large fleet', () => {
  it('answers a computed column over 200,000 tills (spread into a call, the rows overflowed the stack)', async () => {
    const bigSim = await startSim({ host: '127.0.50.3', browserPort: null, fleet: { tills: Array.from({ length: 200_000 }, (_, i) => ({ name: `KASSA${i + 1}`, role: 'sales' as const })) } });
    const client = await new sql.ConnectionPool(simConfigByPort(bigSim)).connect();
    try {
      // An expression has no declared type: the simulator sizes it from the longest value.
      const { recordset } = await client.request().query("SELECT LOWER(Datornamn) AS name FROM dbo.Kassor ORDER BY KassaNr");
      expect(recordset).toHaveLength(200_000);
      expect(recordset.at(-1).name).toBe('kassa200000');
    } finally {
      await client.close();
      await bigSim.stop();
    }
  });
});

describe('fleet file', () => {
  it('picks up an edited file and keeps the old tills when the file is bad', async () => {
    const file = join(dir, 'fleet.json');
    writeFileSync(file, JSON.stringify({ tills: [{ name: 'A1', clientId: 1, role: 'main' }] }));
    const events: SimEvent[] = [];
    const fileSim = await startSim({ host: '127.0.50.2', browserPort: null, fleetFile: file, onEvent: (e) => events.push(e) });
    const client = await new sql.ConnectionPool(simConfigByPort(fileSim)).connect();
    const names = async () => (await client.request().query('SELECT Datornamn FROM dbo.Kassor ORDER BY KassaNr')).recordset.map((r) => r.Datornamn);
    try {
      expect(await names()).toEqual(['A1']);
      expect(fileSim.machineName).toBe('A1');
      writeFileSync(file, JSON.stringify({ tills: [{ name: 'A1', role: 'main' }, { name: 'B2', clientId: 2 }] }));
      expect(await names()).toEqual(['A1', 'B2']);
      writeFileSync(file, '{ "tills": [ broken');
      expect(await names()).toEqual(['A1', 'B2']);
      expect(events.filter((e) => e.kind === 'fleetRejected')).toHaveLength(1);
    } finally {
      await client.close();
      await fileSim.stop();
    }
  });
});
