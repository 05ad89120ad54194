// The doctor against the simulated main till, one verdict per case, each on its own loopback
// address (127.0.14x.1). Names that must resolve to those addresses come through the resolver seam.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/core/config.js';
import { runDoctor, type DoctorInput } from '../../src/monitor/doctor/index.js';
import type { NameResolver } from '../../src/monitor/doctor/dnsProbe.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';

const LOGIN = { ...defaultConfig(), user: 'kassavakt', password: 'kassavakt', database: 'PCKassa' };
const FAST = { dnsMs: 1000, tcpMs: 1000, browserMs: 800, loginMs: 3000, queryMs: 3000 };
const running: RunningSim[] = [];

async function sim(host: string, options: Parameters<typeof startSim>[0] = {}): Promise<RunningSim> {
  const started = await startSim({ host, browserPort: 0, ...options });
  running.push(started);
  return started;
}

function doctor(server: DoctorInput['server'], browserPort: number, extra: Partial<DoctorInput> & { login?: Partial<Config> } = {}) {
  const { login, ...rest } = extra;
  return runDoctor({ server, config: { ...LOGIN, browserPort, ...login }, timeouts: FAST, ...rest });
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

describe('doctor verdicts against the sim', () => {
  it('says OK when the configured server string works', async () => {
    const s = await sim('127.0.141.1');
    const report = await doctor({ host: '127.0.141.1', instance: 'PCKASSA' }, s.browserPort!);
    expect(report.verdict).toMatchObject({ code: 'OK', port: s.port });
    expect(report.candidates).toHaveLength(1);
    expect(report.candidates[0]!.probes.map((p) => [p.probe, p.state])).toEqual([
      ['browser', 'found'],
      ['hostAlive', 'answers'],
      ['tcp', 'listening'],
      ['login', 'ok'],
      ['query', 'ok'],
    ]);
  });

  it('says NOTHING_LISTENING when no SQL Server runs at the address', async () => {
    const report = await doctor({ host: '127.0.142.1', instance: 'PCKASSA' }, 41434);
    expect(report.verdict.code).toBe('NOTHING_LISTENING');
    expect(report.working).toBeUndefined();
    const browser = report.candidates[0]!.probes.find((p) => p.probe === 'browser');
    expect(browser).toMatchObject({ state: 'silent' });
  });

  it('says PORT_CLOSED when the Browser names a port that refuses connections', async () => {
    const s = await sim('127.0.143.1');
    await s.faults.refuseConnections(true);
    const report = await doctor({ host: '127.0.143.1', instance: 'PCKASSA' }, s.browserPort!);
    expect(report.verdict).toMatchObject({ code: 'PORT_CLOSED', port: s.port });
  });

  it('says BROWSER_SILENT when the instance runs on 1433 but the Browser does not answer, and finds HOST,1433', async () => {
    const s = await sim('127.0.144.1', { port: 1433 });
    s.faults.browserSilent(true);
    const report = await doctor({ host: '127.0.144.1', instance: 'PCKASSA' }, s.browserPort!);
    expect(report.verdict.code).toBe('BROWSER_SILENT');
    expect(report.working).toBe('127.0.144.1,1433');
  });

  it('says INSTANCE_NOT_FOUND, lists the real instance and finds it', async () => {
    const s = await sim('127.0.145.1', { instance: 'PCKASSA1' });
    const report = await doctor({ host: '127.0.145.1', instance: 'PCKASSA' }, s.browserPort!);
    expect(report.verdict).toMatchObject({ code: 'INSTANCE_NOT_FOUND', instances: ['PCKASSA1'] });
    expect(report.working).toBe('127.0.145.1\\PCKASSA1');
  });

  it('says LOGIN_FAILED with SQL error 18456 for a wrong password', async () => {
    const s = await sim('127.0.146.1');
    const report = await doctor(
      { host: '127.0.146.1', instance: 'PCKASSA' },
      s.browserPort!,
      { login: { password: 'wrong' } },
    );
    expect(report.verdict).toMatchObject({ code: 'LOGIN_FAILED', errorNumber: 18456 });
    expect(report.working).toBeUndefined();
    expect(JSON.stringify(report)).not.toContain('wrong');
  });

  it('says DATABASE_MISSING (4060) for a database that does not exist', async () => {
    const s = await sim('127.0.147.1');
    const report = await doctor(
      { host: '127.0.147.1', instance: 'PCKASSA' },
      s.browserPort!,
      { login: { database: 'Saknas' } },
    );
    expect(report.verdict).toMatchObject({ code: 'DATABASE_MISSING', database: 'Saknas' });
  });

  it('says DNS_FAILED for a computer name that does not resolve', async () => {
    const report = await doctor({ host: 'no-such-main-till.invalid', instance: 'PCKASSA' }, 41434);
    expect(report.verdict.code).toBe('DNS_FAILED');
  });

  it('finds the main till under its computer name when the DSN has a stale IP address', async () => {
    const s = await sim('127.0.148.1', { machineName: 'HUVUDKASSA' });
    const resolver: NameResolver = {
      lookup: async (name) => {
        if (name.toUpperCase() === 'HUVUDKASSA') return ['127.0.148.1'];
        throw Object.assign(new Error(name), { code: 'ENOTFOUND' });
      },
      reverse: async () => [],
    };
    const report = await doctor(
      { host: '127.0.148.2', instance: 'PCKASSA' },
      s.browserPort!,
      { resolver, remembered: { machineName: 'HUVUDKASSA' } },
    );
    expect(report.verdict.code).toBe('NOTHING_LISTENING');
    expect(report.working).toBe('HUVUDKASSA\\PCKASSA');
    expect(report.candidates.find((c) => c.server === 'HUVUDKASSA\\PCKASSA')).toMatchObject({ origin: 'remembered' });
  });
});
