// The main till's health over TDS with the real mssql driver: a poll is one request (counted in the
// sim's statement log) that reads identity, sessions, the health statements when due and the tills;
// a piece the login may not read gives HEALTH_UNKNOWN, a broken profile still gives the sessions, and
// a profile that does not compile costs that one poll, never a second request.
// The sim fails inside a batch the way SQL Server does, shown first to the bare driver.
import sql from 'mssql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/core/config.js';
import type { FleetSnapshot } from '../../src/core/fleet.js';
import type { PollSuccess } from '../../src/core/poll.js';
import { mainTillLines } from '../../src/core/mainTillText.js';
import { assessPoll } from '../../src/core/pollAssessment.js';
import { checkReadOnly } from '../../src/core/readOnlySql.js';
import { Monitor, pollOnce } from '../../src/monitor/poll.js';
import { demoFleet } from '../../src/sim/demoFleet.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { simConfigByPort } from '../support/simClient.js';

const HOST = '127.0.43.7';
let sim: RunningSim;

beforeAll(async () => {
  sim = await startSim({ host: HOST, browserPort: null, user: 'kassavakt', password: 'hemligt' });
});
afterEach(async () => {
  await sim.faults.clear();
  sim.setFleet(demoFleet());
});
afterAll(async () => {
  await sim?.stop();
});

function config(overrides: Partial<Config> = {}): Config {
  return { ...defaultConfig(), server: `${HOST},${sim.port}`, user: 'kassavakt', password: 'hemligt', database: 'PCKassa', ...overrides };
}

async function pollOk(monitor: Monitor): Promise<PollSuccess> {
  const result = await monitor.poll();
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result;
}

/**
 * The requests the sim received from the monitor's session since `from`, each as its statements;
 * the SETs tedious sends once after logging in are the connection's, not a poll's.
 */
function requestsSince(from: number): string[][] {
  const byRequest = new Map<number, string[]>();
  for (const s of sim.statements().slice(from)) {
    const sessionApp = sim.sessions().find((x) => x.id === s.session)?.appName;
    if (sessionApp !== 'Kassavakt') continue;
    byRequest.set(s.request, [...(byRequest.get(s.request) ?? []), s.sql]);
  }
  return [...byRequest.values()].filter((statements) => statements.some((s) => /^SELECT/i.test(s)));
}

async function withMonitor<T>(cfg: Config, use: (monitor: Monitor) => Promise<T>, now?: () => Date): Promise<T> {
  const monitor = new Monitor(cfg, { localMachine: 'KONTORET', ...(now ? { now } : {}) });
  try {
    return await use(monitor);
  } finally {
    await monitor.close();
  }
}

describe('SQL Server’s errors inside one batch, as the sim gives them to mssql', () => {
  async function stream(batch: string, pool: sql.ConnectionPool) {
    const request = pool.request();
    request.stream = true;
    const events: string[] = [];
    request.on('recordset', (columns: Record<string, { name: string }>) => events.push(`rs:${Object.keys(columns).join(',')}`));
    request.on('error', (error: sql.RequestError) => {
      const number = typeof error.number === 'number' ? error.number : (error.originalError as { number?: number } | undefined)?.number;
      events.push(`error:${number}@${error.lineNumber}`);
    });
    await request.query(batch);
    return [...new Set(events)];
  }

  it('a missing table ends the batch at its statement; a permission error ends only its own; a compile error fails all', async () => {
    const pool = await new sql.ConnectionPool(simConfigByPort(sim, { user: 'kassavakt', password: 'hemligt' })).connect();
    try {
      expect(await stream('SELECT 1 AS a;\nSELECT Namn FROM dbo.Saknas;\nSELECT 2 AS b;', pool)).toEqual(['rs:a', 'error:208@2']);
      sim.faults.denyMsdb();
      expect(await stream('SELECT 1 AS a;\nSELECT type FROM msdb.dbo.backupset;\nSELECT 2 AS b;', pool)).toEqual(['rs:a', 'error:229@2', 'rs:b']);
      sim.faults.denyServerState();
      expect(await stream('SELECT 1 AS a;\nSELECT sqlserver_start_time FROM sys.dm_os_sys_info;\nSELECT 2 AS b;', pool)).toEqual(['rs:a', 'error:300@2', 'error:297@2', 'rs:b']);
      expect(await stream('SELECT 1 AS a;\nSELECT Saknas FROM dbo.Kassor;\nSELECT 2 AS b;', pool)).toEqual(['error:207@2']);
      expect(await stream('SELECT 1 AS a;\nSELEC 2 AS b;', pool)).toEqual(['error:102@2']);
    } finally {
      await pool.close();
    }
  });
});

describe('a poll of a healthy Express main till', () => {
  it('is one request that reads every piece, and the next poll leaves the health statements out', async () => {
    let clock = new Date();
    await withMonitor(
      config(),
      async (monitor) => {
        const before = sim.statements().length;
        const first = await pollOk(monitor);
        const second = await pollOk(monitor);
        const requests = requestsSince(before);
        expect(requests).toHaveLength(2);
        for (const statement of requests.flat()) expect(checkReadOnly(statement), statement).toEqual({ ok: true });
        expect(requests[0]!.some((s) => /msdb\.dbo\.backupset/.test(s))).toBe(true);
        expect(requests[1]!.some((s) => /msdb|dm_os_/.test(s))).toBe(false);
        expect(requests[1]!.some((s) => /dbo\.Kassor/.test(s))).toBe(true);

        expect(first.server.login).toBe('kassavakt');
        expect(first.mainTill).toMatchObject({
          edition: 'Express Edition (64-bit)',
          engineEdition: 4,
          database: { name: 'PCKassa', dataMB: 2450, usedDataMB: 2450, logMB: 310 },
          volume: { totalMB: 238000, freeMB: 151000 },
          unreadable: [],
        });
        expect(first.mainTill!.backups).toHaveLength(1);
        expect(first.mainTill!.backups![0]!.file).toMatch(/^D:\\Backup\\PCKassa_\d{8}\.BAK$/);
        expect(Date.parse(first.mainTill!.startedAt!)).toBeLessThanOrEqual(Date.now());
        // Between readings every poll carries the latest one.
        expect(second.mainTill).toEqual(first.mainTill);
        expect(assessPoll(first, 'sv').findings.map((f) => f.code)).not.toContainEqual(expect.stringMatching(/BACKUP|LIMIT|DISK|HEALTH/));

        clock = new Date(clock.getTime() + 60 * 60_000);
        const mark = sim.statements().length;
        const third = await pollOk(monitor);
        expect(requestsSince(mark)).toHaveLength(1);
        expect(requestsSince(mark)[0]!.some((s) => /msdb\.dbo\.backupset/.test(s))).toBe(true);
        expect(third.mainTill!.readAt).toBe(third.at);
      },
      () => clock,
    );
  });
});

describe('a main till in trouble, from the fleet file', () => {
  it('near the Express limit, with an old backup and a full disk: the findings, judged at the poll', async () => {
    const now = Date.now();
    const fleet: FleetSnapshot = {
      ...demoFleet(),
      mainTill: {
        startedAt: new Date(now - 3 * 86_400_000).toISOString(),
        database: { name: 'PCKassa', dataMB: 9830, logMB: 400 },
        backups: [
          { type: 'full', finishedAt: new Date(now - 9 * 86_400_000).toISOString(), file: 'D:\\Backup\\CH_old.BAK' },
          { type: 'log', finishedAt: new Date(now - 3_600_000).toISOString() },
        ],
        volume: { totalMB: 60_000, freeMB: 900 },
      },
    };
    sim.setFleet(fleet);
    const result = await pollOnce(config(), { localMachine: 'KONTORET' });
    if (!result.ok) throw new Error(result.detail);
    expect(result.mainTill!.database).toEqual({ name: 'PCKassa', dataMB: 9830, usedDataMB: 9830, logMB: 400 });
    expect(result.mainTill!.backups!.map((b) => [b.type, b.file])).toEqual(expect.arrayContaining([['full', 'D:\\Backup\\CH_old.BAK'], ['log', undefined]]));
    expect(Math.abs(Date.parse(result.mainTill!.startedAt!) - (now - 3 * 86_400_000))).toBeLessThan(1000);
    const findings = assessPoll(result, 'en').findings.filter((f) => f.tills.length === 0);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['BACKUP_STALE', 'error'],
      ['DATABASE_NEAR_LIMIT', 'error'],
      ['DISK_LOW', 'error'],
    ]);
    expect(findings[0]!.message).toContain('D:\\Backup\\CH_old.BAK');
  });

  it('a data file made larger in advance: judged on the space used inside it, both shown', async () => {
    sim.setFleet({ ...demoFleet(), mainTill: { database: { name: 'PCKassa', dataMB: 9900, usedDataMB: 6144, logMB: 200 } } });
    const result = await pollOnce(config(), { localMachine: 'KONTORET' });
    if (!result.ok) throw new Error(result.detail);
    expect(result.mainTill!.database).toEqual({ name: 'PCKassa', dataMB: 9900, usedDataMB: 6144, logMB: 200 });
    expect(assessPoll(result, 'en').findings.map((f) => f.code)).not.toContain('DATABASE_NEAR_LIMIT');
    expect(mainTillLines(result.mainTill!, result.at, 'en').slice(1, 3)).toEqual(['Till database: 6 of 10 GB (60%)', 'The data files take 9.7 GB on disk']);
  });

  it('a main till that never made a backup, on Standard edition: BACKUP_MISSING, no size finding', async () => {
    sim.setFleet({ ...demoFleet(), mainTill: { edition: 'Standard Edition (64-bit)', engineEdition: 2, database: { name: 'PCKassa', dataMB: 15_000, logMB: 100 }, backups: [] } });
    const result = await pollOnce(config(), { localMachine: 'KONTORET' });
    if (!result.ok) throw new Error(result.detail);
    expect(result.mainTill!.edition).toBe('Standard Edition (64-bit)');
    expect(assessPoll(result, 'en').findings.filter((f) => f.tills.length === 0).map((f) => f.code)).toEqual(['BACKUP_MISSING']);
  });
});

describe('pieces the login may not read', () => {
  it('no access to msdb: HEALTH_UNKNOWN names the backups and the GRANT; everything else is read', async () => {
    sim.faults.denyMsdb();
    const result = await pollOnce(config(), { localMachine: 'KONTORET' });
    if (!result.ok) throw new Error(result.detail);
    expect(result.mainTill!.unreadable).toEqual([{ piece: 'backups', detail: expect.stringContaining("denied on the object 'backupset', database 'msdb'") }]);
    expect(result.mainTill!.backups).toBeUndefined();
    expect(result.mainTill!.volume).toBeDefined();
    expect(result.snapshot.tills).toHaveLength(5);
    const unknown = assessPoll(result, 'sv').findings.find((f) => f.code === 'HEALTH_UNKNOWN')!;
    expect(unknown.message).toContain('säkerhetskopiorna');
    expect(unknown.advice).toContain(
      "USE msdb; IF DATABASE_PRINCIPAL_ID(N'kassavakt') IS NULL CREATE USER [kassavakt] FOR LOGIN [kassavakt]; GRANT SELECT ON dbo.backupset TO [kassavakt]; GRANT SELECT ON dbo.backupmediafamily TO [kassavakt];",
    );
  });

  it('no VIEW SERVER STATE: sessions, start time and free disk are unknown; the tills still come from the profile', async () => {
    sim.faults.denyServerState();
    await withMonitor(config(), async (monitor) => {
      const mark = sim.statements().length;
      const result = await pollOk(monitor);
      expect(requestsSince(mark)).toHaveLength(1);
      expect(result.sessions).toBeNull();
      expect(result.sessionsError).toMatch(/VIEW SERVER STATE permission was denied.*\[300\]/);
      expect(result.mainTill!.unreadable.map((u) => u.piece).sort()).toEqual(['serverStart', 'volume']);
      expect(result.mainTill!.backups).toHaveLength(1);
      // Not connected, not disconnected either: not known.
      expect(result.snapshot.tills.map((t) => [t.name, t.connected])).toEqual([
        ['KASSA1', undefined],
        ['KASSA2', undefined],
        ['KASSA3', undefined],
        ['KONTORET', undefined],
        ['LAGRET', undefined],
      ]);
      const unknown = assessPoll(result, 'en').findings.find((f) => f.code === 'HEALTH_UNKNOWN')!;
      expect(unknown.message).toBe('Kassavakt may not read which tills are connected, the free disk space and when SQL Server started on the main till, so it cannot be checked.');
      expect(unknown.advice).toContain('USE master; GRANT VIEW SERVER STATE TO [kassavakt];');
    });
  });
});

describe('a profile that fails', () => {
  it('naming a missing table: sessions, health and PROFILE_FAILED from one request', async () => {
    await withMonitor(config({ profile: 'SELECT Namn AS name FROM dbo.Kassaregister' }), async (monitor) => {
      const mark = sim.statements().length;
      const result = await pollOk(monitor);
      expect(requestsSince(mark)).toHaveLength(1);
      expect(result.profileError).toMatch(/Invalid object name 'dbo\.Kassaregister'.*\[208\]/);
      expect(result.sessions!.length).toBeGreaterThanOrEqual(4);
      expect(result.mainTill!.unreadable).toEqual([]);
      expect(assessPoll(result, 'sv').findings.map((f) => f.code)).toEqual(['PROFILE_FAILED']);
    });
  });

  it('that does not compile: that poll is one request that reads nothing but PROFILE_FAILED; later polls leave it out until the next health interval', async () => {
    let clock = new Date();
    await withMonitor(
      config({ profile: 'SELECT Saknas AS name FROM dbo.Kassor' }),
      async (monitor) => {
        const mark = sim.statements().length;
        const first = await pollOk(monitor);
        expect(requestsSince(mark)).toHaveLength(1);
        expect(first.profileError).toMatch(/Invalid column name 'Saknas'.*\[207\]/);
        // Nothing ran: no sessions (not "none"), no tills, no health yet; not a permission problem.
        expect(first.sessions).toBeNull();
        expect(first.sessionsError).toBeUndefined();
        expect(first.snapshot.tills).toEqual([]);
        expect(first.mainTill).toBeUndefined();
        expect(assessPoll(first, 'sv').findings.map((f) => f.code)).toEqual(['PROFILE_FAILED']);

        clock = new Date(clock.getTime() + 60_000);
        const next = sim.statements().length;
        const second = await pollOk(monitor);
        expect(requestsSince(next)).toHaveLength(1);
        expect(requestsSince(next)[0]!.some((s) => /Saknas/.test(s))).toBe(false);
        expect(second.profileError).toBe(first.profileError);
        expect(second.sessions!.length).toBeGreaterThanOrEqual(4);
        // The health the first poll could not read is read now.
        expect(requestsSince(next)[0]!.some((s) => /msdb\.dbo\.backupset/.test(s))).toBe(true);
        expect(second.mainTill!.backups).toHaveLength(1);
        expect(second.server.machineName).not.toBe('');

        // An interval later the profile is tried again, in the poll's one request.
        clock = new Date(clock.getTime() + 60 * 60_000);
        const retry = sim.statements().length;
        const third = await pollOk(monitor);
        expect(requestsSince(retry)).toHaveLength(1);
        expect(requestsSince(retry)[0]!.some((s) => /Saknas/.test(s))).toBe(true);
        expect(third.profileError).toMatch(/\[207\]/);
        // The server's identity as the last poll read it, and the health reading carried on.
        expect(third.server).toEqual(second.server);
        expect(third.mainTill).toEqual(second.mainTill);
      },
      () => clock,
    );
  });

  it('that is not read-only is refused before the batch is sent; the rest of the poll goes', async () => {
    const mark = sim.statements().length;
    const result = await pollOnce(config({ profile: 'UPDATE dbo.Kassor SET KlientID = 9' }), { localMachine: 'KONTORET' });
    if (!result.ok) throw new Error(result.detail);
    expect(result.profileError).toMatch(/UPDATE/);
    expect(result.mainTill).toBeDefined();
    expect(sim.statements().slice(mark).some((s) => /UPDATE/i.test(s.sql))).toBe(false);
  });
});
