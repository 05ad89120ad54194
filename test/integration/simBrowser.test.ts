// The SQL Server Browser responder: tedious finds HOST\PCKASSA through it. tedious always asks on
// UDP 1434, so the sim binds the Browser to 1434 of this file's own loopback address.
import dgram from 'node:dgram';
import sql from 'mssql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { simConfigByInstance } from '../support/simClient.js';

const HOST = '127.0.52.1';
let sim: RunningSim;

beforeAll(async () => {
  sim = await startSim({ host: HOST, browserPort: 1434, machineName: 'HUVUDKASSA' });
});

afterAll(async () => {
  await sim?.stop();
});

/** Sends the requests in order from one socket and collects every answer until `last` is answered. */
async function ask(requests: Buffer[], isLast: (answer: Buffer) => boolean): Promise<Buffer[]> {
  const socket = dgram.createSocket('udp4');
  const answers: Buffer[] = [];
  try {
    return await new Promise<Buffer[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no final answer; got ${answers.length}`)), 5000);
      socket.on('message', (answer) => {
        answers.push(answer);
        if (isLast(answer)) {
          clearTimeout(timer);
          resolve(answers);
        }
      });
      for (const request of requests) socket.send(request, sim.browserPort!, HOST);
    });
  } finally {
    socket.close();
  }
}

const unicastInstance = (name: string) => Buffer.concat([Buffer.from([0x04]), Buffer.from(name, 'ascii'), Buffer.from([0])]);

describe('SQL Server Browser', () => {
  it('answers CLNT_UCAST_EX with SVR_RESP listing the instance and its TCP port', async () => {
    const [answer] = await ask([Buffer.from([0x03])], () => true);
    expect(answer![0]).toBe(0x05);
    expect(answer!.readUInt16LE(1)).toBe(answer!.length - 3);
    expect(answer!.toString('ascii', 3)).toBe(
      `ServerName;HUVUDKASSA;InstanceName;PCKASSA;IsClustered;No;Version;15.0.2000.5;tcp;${sim.port};;`,
    );
  });

  it('stays silent for an unknown instance and answers the known one (case-insensitive)', async () => {
    const answers = await ask([unicastInstance('PCKASSA2'), unicastInstance('pckassa')], () => true);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.toString('ascii', 3)).toContain('InstanceName;PCKASSA;');
  });

  it('lets mssql connect by instance name', async () => {
    const pool = await new sql.ConnectionPool(simConfigByInstance(sim)).connect();
    const { recordset } = await pool.request().query("SELECT CAST(SERVERPROPERTY('ServerName') AS nvarchar(128)) AS name");
    expect(recordset).toEqual([{ name: 'HUVUDKASSA\\PCKASSA' }]);
    await pool.close();
  });

  it('an instance the Browser does not list fails the lookup (EINSTLOOKUP)', async () => {
    const pool = new sql.ConnectionPool(simConfigByInstance({ ...sim, instance: 'PCKASSA9' }));
    const error = await pool.connect().then(() => undefined, (e: sql.ConnectionError) => e);
    expect(error?.code).toBe('EINSTLOOKUP');
    expect(error?.message).toBe(`Port for PCKASSA9 not found in ${HOST}`);
  });

  it('a silent Browser makes the lookup fail', async () => {
    sim.faults.browserSilent();
    try {
      const pool = new sql.ConnectionPool(simConfigByInstance(sim, { connectionTimeout: 1000 }));
      const error = await pool.connect().then(() => undefined, (e: sql.ConnectionError) => e);
      expect(error?.code).toMatch(/ETIMEOUT|EINSTLOOKUP/);
    } finally {
      sim.faults.browserSilent(false);
    }
  });
});
