// Faults on demand: what the monitor must survive, shown to the real mssql driver.
import sql from 'mssql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { simConfigByPort } from '../support/simClient.js';
import { waitUntil } from '../support/wait.js';

const HOST = '127.0.51.1';
let sim: RunningSim;

beforeAll(async () => {
  sim = await startSim({ host: HOST, browserPort: null });
});

afterEach(async () => {
  await sim.faults.clear();
});

afterAll(async () => {
  await sim?.stop();
});

// mssql checks a pooled connection with `SELECT 1;` on every acquire unless told to look at the
// socket only; the slow-answer tests need the check not to be slowed down itself.
const SOCKET_CHECK = { validateConnection: 'socket' } as unknown as Partial<sql.config>;
const connect = (overrides: Partial<sql.config> = {}) => new sql.ConnectionPool(simConfigByPort(sim, overrides)).connect();

describe('faults', () => {
  it('a request timeout during a slow answer cancels it (ATTENTION) and the session stays usable', async () => {
    const pool = await connect({ requestTimeout: 300, ...SOCKET_CHECK });
    sim.faults.delay(60_000);
    const error = await pool.request().query('SELECT COUNT(*) AS n FROM dbo.Kassor').then(() => undefined, (e: sql.RequestError) => e);
    expect(error?.code).toBe('ETIMEOUT');
    sim.faults.delay(0);
    const { recordset } = await pool.request().query('SELECT COUNT(*) AS n FROM dbo.Kassor');
    expect(recordset).toEqual([{ n: 5 }]);
    await pool.close();
  });

  it('request.cancel() during a slow answer ends it with ECANCEL', async () => {
    const pool = await connect(SOCKET_CHECK);
    sim.faults.delay(60_000);
    const request = pool.request();
    const running = request.query('SELECT 1 AS one').then(() => undefined, (e: sql.RequestError) => e);
    await waitUntil(() => sim.statements().some((s) => s.sql === 'SELECT 1 AS one'), 5000, 'SELECT 1 in the statement log', 10);
    request.cancel();
    expect((await running)?.code).toBe('ECANCEL');
    sim.faults.delay(0);
    expect((await pool.request().query('SELECT 2 AS two')).recordset).toEqual([{ two: 2 }]);
    await pool.close();
  });

  it('a connection dropped after the first row is an error at the client', async () => {
    const pool = await connect();
    sim.faults.dropMidResult();
    const error = await pool.request().query('SELECT Datornamn FROM dbo.Kassor').then(() => undefined, (e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as sql.RequestError).code).toMatch(/ESOCKET|ECONNCLOSED|ECONNRESET/);
    await pool.close();
  });

  it('refused logins get 18456', async () => {
    sim.faults.refuseLogins();
    const error = await connect().then(() => undefined, (e: sql.ConnectionError) => e);
    expect(error?.code).toBe('ELOGIN');
    expect(error?.message).toBe("Login failed for user 'kassavakt'.");
  });

  it('refused connections fail fast and come back when the fault is cleared', async () => {
    await sim.faults.refuseConnections();
    const error = await connect().then(() => undefined, (e: sql.ConnectionError) => e);
    expect(error?.code).toBe('ESOCKET');
    expect(error?.message).toMatch(/Could not connect|ECONNREFUSED/);
    await sim.faults.refuseConnections(false);
    const pool = await connect();
    expect((await pool.request().query('SELECT 1 AS one')).recordset).toEqual([{ one: 1 }]);
    await pool.close();
  });
});
