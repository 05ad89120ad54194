// The stale-IP case end to end through the API the tray calls: the DSN names an old address, the
// main till answers under its computer name (resolved through the resolver seam to 127.0.150.1),
// runDoctor finds it and repairDsn writes it into an odbc.ini, the doctor checking the new target;
// then a repair whose target does not answer (rolled back), the refusals and the undo.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import type { ServerAddress } from '../../src/core/serverString.js';
import { runDoctor, type NameResolver } from '../../src/monitor/doctor/index.js';
import { UnixOdbcDsnStore } from '../../src/platform/dsn/unixodbc.js';
import { lastRepair, repairBackupPath, repairDsn, undoRepair } from '../../src/platform/dsn/repair.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';

const dir = mkdtempSync(join(tmpdir(), 'kassavakt-repair-'));
const iniPath = join(dir, 'odbc.ini');
const dataDir = join(dir, 'data');
const ORIGINAL = '[Nutid - PC Kassa]\r\nDriver=FreeTDS\r\nServer=127.0.150.2\\PCKASSA\r\nDatabase=PCKassa\r\n';
const store = new UnixOdbcDsnStore('Nutid - PC Kassa', async () => ({ system: iniPath }));
const resolver: NameResolver = {
  lookup: async (name) => {
    if (name.toUpperCase() === 'HUVUDKASSA') return ['127.0.150.1'];
    throw Object.assign(new Error(name), { code: 'ENOTFOUND' });
  },
  reverse: async () => [],
};
let sim: RunningSim;
const config = () => ({ ...defaultConfig(), user: 'kassavakt', password: 'kassavakt', database: 'PCKassa', browserPort: sim.browserPort! });
/** The check the CLI and the tray give the repair: the doctor on the DSN's new target alone. */
const doctorVerify = async (server: ServerAddress) =>
  (await runDoctor({ server, config: config(), resolver, maxCandidates: 0, timeouts: { tcpMs: 1000, browserMs: 800 } })).verdict.code === 'OK';

beforeAll(async () => {
  writeFileSync(iniPath, ORIGINAL);
  sim = await startSim({ host: '127.0.150.1', browserPort: 0, machineName: 'HUVUDKASSA' });
});

afterAll(async () => {
  await sim.stop();
});

describe('doctor + repair on a DSN with a stale IP address', () => {
  it('finds the main till by the name the Browser and the history give, and repairs the DSN', async () => {
    const current = await store.read();
    expect(current).toEqual({
      location: iniPath,
      values: { Server: '127.0.150.2\\PCKASSA', Port: null },
      target: { kind: 'server', server: { host: '127.0.150.2', instance: 'PCKASSA' } },
    });
    const report = await runDoctor({
      server: { host: '127.0.150.2', instance: 'PCKASSA' },
      source: 'dsn',
      dsnName: store.dsnName,
      config: config(),
      resolver,
      remembered: { machineName: 'HUVUDKASSA', address: '127.0.150.1' },
      timeouts: { tcpMs: 1000, browserMs: 800 },
    });
    expect(report.verdict.code).not.toBe('OK');
    expect(report.working).toBe('HUVUDKASSA\\PCKASSA');

    const result = await repairDsn(store, report.working!, dataDir, { verify: doctorVerify, now: new Date('2026-11-25T10:00:00Z') });
    expect(result).toMatchObject({ previous: '127.0.150.2\\PCKASSA', current: 'HUVUDKASSA\\PCKASSA', changed: true });
    expect(readFileSync(iniPath, 'latin1')).toBe(ORIGINAL.replace('127.0.150.2\\PCKASSA', 'HUVUDKASSA\\PCKASSA'));
    expect(lastRepair(store, dataDir)).toEqual({
      dsnName: 'Nutid - PC Kassa',
      kind: 'unixodbc',
      location: iniPath,
      previous: { Server: '127.0.150.2\\PCKASSA' },
      written: { Server: 'HUVUDKASSA\\PCKASSA' },
      at: '2026-11-25T10:00:00.000Z',
    });

    const after = await runDoctor({ server: { host: 'HUVUDKASSA', instance: 'PCKASSA' }, config: config(), resolver });
    expect(after.verdict.code).toBe('OK');
  });

  it('puts the old value back and records nothing when the doctor finds the new target not answering', async () => {
    const before = readFileSync(iniPath);
    await expect(repairDsn(store, '127.0.150.9\\PCKASSA', dataDir, { verify: doctorVerify })).rejects.toMatchObject({
      failure: 'STILL_FAILS',
      detail: '127.0.150.9\\PCKASSA',
    });
    expect(readFileSync(iniPath).equals(before)).toBe(true);
    expect(lastRepair(store, dataDir)?.written).toEqual({ Server: 'HUVUDKASSA\\PCKASSA' });
  });

  it('refuses a server string that could smuggle keys into the DSN, writing nothing', async () => {
    const before = readFileSync(iniPath, 'latin1');
    for (const bad of ['KASSA1\\PCKASSA;Driver=evil', 'KASSA1\\PCKASSA\r\nTrace=Yes', '{KASSA1}', ' KASSA1\\PCKASSA']) {
      await expect(repairDsn(store, bad, dataDir, { verify: doctorVerify })).rejects.toMatchObject({ failure: 'INVALID_SERVER' });
    }
    expect(readFileSync(iniPath, 'latin1')).toBe(before);
  });

  it('will not undo over a change someone made since', async () => {
    const edited = ORIGINAL.replace('127.0.150.2\\PCKASSA', 'KASSA9\\PCKASSA');
    const repaired = readFileSync(iniPath, 'latin1');
    writeFileSync(iniPath, edited);
    await expect(undoRepair(store, dataDir)).rejects.toMatchObject({ failure: 'CHANGED_SINCE' });
    expect(readFileSync(iniPath, 'latin1')).toBe(edited);
    writeFileSync(iniPath, repaired);
  });

  it('undoes the repair byte for byte and forgets it', async () => {
    const result = await undoRepair(store, dataDir);
    expect(result).toMatchObject({ previous: 'HUVUDKASSA\\PCKASSA', current: '127.0.150.2\\PCKASSA' });
    expect(readFileSync(iniPath, 'latin1')).toBe(ORIGINAL);
    expect(lastRepair(store, dataDir)).toBeUndefined();
    expect(existsSync(repairBackupPath(dataDir))).toBe(true);
  });
});
