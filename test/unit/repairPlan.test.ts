// The one repair policy, shared by `repair`, the tray's menu and the page's button: from the doctor's
// report on the server the DSN holds, what (if anything) to write into it.
import { describe, expect, it } from 'vitest';
import type { DoctorReport } from '../../src/monitor/doctor/index.js';
import { repairPlan } from '../../src/service/index.js';

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
