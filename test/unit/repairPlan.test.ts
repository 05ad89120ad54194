// The one repair policy, shared by `repair`, the tray's menu and the page's button: from the doctor's
// report on the server the DSN holds, what (if anything) to write into it.
import { describe, expect, it } from 'vitest';
import type { DoctorReport } from '../../src/monitor/doctor/index.js';
import { repairPlan, repairPlanFrom, verifyWithDoctor } from '../../src/service/index.js';

const report = (code: DoctorReport['verdict']['code'], extra: Partial<DoctorReport> = {}): DoctorReport => ({
  server: 'GAMMAL\\PCKASSA',
  source: 'dsn',
  verdict: { code, host: 'GAMMAL', instance: 'PCKASSA' },
  candidates: [],
  ms: 5,
  ...extra,
});

describe('repairPlan', () => {
  it('writes nothing when the DSN’s server works', () => {
    expect(repairPlan(report('OK'))).toEqual({ action: 'none', reason: 'works' });
  });

  it('writes the way of writing the main till that works', () => {
    expect(repairPlan(report('DNS_FAILED', { working: '192.168.1.10\\PCKASSA' }))).toEqual({
      action: 'write',
      server: '192.168.1.10\\PCKASSA',
      loginProven: true,
    });
  });

  it('else writes where the database answers, saying Kassavakt’s login was not proven there', () => {
    expect(repairPlan(report('DNS_FAILED', { reached: '192.168.1.10\\PCKASSA' }))).toEqual({
      action: 'write',
      server: '192.168.1.10\\PCKASSA',
      loginProven: false,
    });
  });

  it('writes nothing when nothing else answers', () => {
    expect(repairPlan(report('HOST_UNREACHABLE'))).toEqual({ action: 'none', reason: 'nothingFound' });
  });
});

describe("repairPlanFrom: looking from what the DSN's Server names", () => {
  const named = { host: 'KASSA1', instance: 'PCKASSA' };

  it('asks nothing more when the target itself leads somewhere, or when nothing is named', async () => {
    const asked: unknown[] = [];
    const diagnose = async (server: unknown) => (asked.push(server), report('OK'));
    expect(await repairPlanFrom(report('DNS_FAILED', { working: 'X\\PCKASSA' }), named, diagnose)).toMatchObject({ server: 'X\\PCKASSA' });
    expect(await repairPlanFrom(report('NOTHING_LISTENING'), undefined, diagnose)).toEqual({ action: 'none', reason: 'nothingFound' });
    expect(asked).toEqual([]);
  });

  it('writes the named server when it works, or what the doctor finds from there', async () => {
    expect(await repairPlanFrom(report('NOTHING_LISTENING'), named, async () => report('OK', { server: 'KASSA1\\PCKASSA' }))).toEqual({
      action: 'write',
      server: 'KASSA1\\PCKASSA',
      loginProven: true,
    });
    const found = report('INSTANCE_NOT_FOUND', { working: 'KASSA1\\PCKASSA2' });
    expect(await repairPlanFrom(report('NOTHING_LISTENING'), named, async () => found)).toMatchObject({ server: 'KASSA1\\PCKASSA2', loginProven: true });
  });

  it('writes the named server where only the database answered, and nothing when it does not answer', async () => {
    const answered = report('LOGIN_FAILED', { server: 'KASSA1\\PCKASSA' });
    expect(await repairPlanFrom(report('NOTHING_LISTENING'), named, async () => answered)).toEqual({
      action: 'write',
      server: 'KASSA1\\PCKASSA',
      loginProven: false,
    });
    expect(await repairPlanFrom(report('NOTHING_LISTENING'), named, async () => report('HOST_UNREACHABLE'))).toEqual({ action: 'none', reason: 'nothingFound' });
  });
});

describe('verifyWithDoctor: the check after a repair', () => {
  const server = { host: 'KASSA1', instance: 'PCKASSA' };

  it('needs a login where the plan proved one, else an answering database', async () => {
    expect(await verifyWithDoctor(async () => report('OK'), true)(server)).toBe(true);
    expect(await verifyWithDoctor(async () => report('LOGIN_FAILED'), true)(server)).toBe(false);
    expect(await verifyWithDoctor(async () => report('LOGIN_FAILED'), false)(server)).toBe(true);
    expect(await verifyWithDoctor(async () => report('PORT_CLOSED'), false)(server)).toBe(false);
  });
});
