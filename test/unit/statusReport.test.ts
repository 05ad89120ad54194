// `status` when the tills query (the profile) failed: the user reads the PROFILE_FAILED finding in
// their language; the driver's English stays in --json, as the detail.
import { describe, expect, it } from 'vitest';
import { renderStatus, statusJson } from '../../src/cli/statusReport.js';
import type { PollSuccess } from '../../src/core/poll.js';
import { assessPoll } from '../../src/core/pollAssessment.js';

const poll: PollSuccess = {
  ok: true,
  at: '2024-06-01T08:00:00.000Z',
  latencyMs: 12,
  server: { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa' },
  sessions: [],
  snapshot: { tills: [{ name: 'KASSA1', role: 'main', connected: true }] },
  profileError: "Invalid object name 'dbo.Kassaregister'. [EREQUEST]",
};

describe('status with a failed profile', () => {
  it('prints the catalog message, not the driver’s words', () => {
    const text = renderStatus(poll, assessPoll(poll, 'sv'), 'sv');
    expect(text).toContain('Kassavakt ser vilka kassor som är anslutna, men kan inte läsa kassornas versioner och Klient ID ur databasen.');
    expect(text).not.toContain('Invalid object name');
  });

  it('keeps the detail in --json beside the message', () => {
    const json = statusJson(poll, assessPoll(poll, 'en'));
    expect(json.profileError).toEqual({
      message: 'Kassavakt sees which tills are connected but cannot read their versions and Client IDs from the database.',
      detail: "Invalid object name 'dbo.Kassaregister'. [EREQUEST]",
    });
  });

  it('has no profileError when the profile worked', () => {
    const { profileError: _, ...fine } = poll;
    expect(statusJson(fine, assessPoll(fine, 'sv'))).not.toHaveProperty('profileError');
  });
});
