// The export as the poll cycle feeds it: what stays when a poll could not say everything.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import type { Till } from '../../src/core/fleet.js';
import type { PollFailure, PollSuccess } from '../../src/core/poll.js';
import { assessPoll } from '../../src/core/pollAssessment.js';
import { attachMetrics } from '../../src/service/metrics/index.js';
import type { PollEvent, PollListener } from '../../src/service/pollCycle.js';

const tills: Till[] = [
  { name: 'KASSA1', role: 'main', clientId: 1, version: '38,5', connected: true },
  { name: 'KASSA2', role: 'sales', clientId: 1, version: '38,5', connected: true },
];
const server = { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa' };
const good = (at: string): PollSuccess => ({ ok: true, at, latencyMs: 5, server, sessions: [], snapshot: { tills } });
/** The profile did not compile, so the batch said nothing: no sessions, no tills. */
const blind = (at: string): PollSuccess => ({ ok: true, at, latencyMs: 5, server, sessions: null, snapshot: { tills: [] }, profileError: 'Invalid column name' });
const down = (at: string): PollFailure => ({ ok: false, at, latencyMs: 5000, reason: 'TIMEOUT', detail: 'timeout' });

async function exportAfter(polls: Array<PollSuccess | PollFailure>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kv-attach-'));
  let listener: PollListener | undefined;
  const cycle = { subscribe: (l: PollListener) => ((listener = l), () => undefined) };
  const metrics = await attachMetrics(cycle, { metrics: { ...defaultConfig().metrics, textfile: dir, shop: 'Gränden' } }, {}, 'sv', () => undefined);
  let lastGood: PollSuccess | null = null;
  for (const poll of polls) {
    if (poll.ok) lastGood = poll;
    const event: PollEvent = { poll, assessment: poll.ok ? assessPoll(poll, 'sv') : null, changes: [], lastGood };
    await listener!(event);
  }
  await metrics!.close();
  return readFileSync(join(dir, 'kassavakt.prom'), 'utf8');
}

describe('attachMetrics', () => {
  it('keeps the tills of the last poll that listed them when a poll could not, and takes its findings', async () => {
    const text = await exportAfter([good('2026-11-30T08:00:00Z'), blind('2026-11-30T08:01:00Z')]);
    expect(text).toContain('kassavakt_tills{role="sales",shop="Gränden"} 1');
    expect(text).toContain('kassavakt_tills_connected{shop="Gränden"} 2');
    expect(text).toContain('kassavakt_findings{code="PROFILE_FAILED",severity="warning",shop="Gränden"} 1');
  });

  it('keeps the tills and findings of the last good poll while the main till does not answer', async () => {
    const text = await exportAfter([good('2026-11-30T08:00:00Z'), down('2026-11-30T08:01:00Z')]);
    expect(text).toContain('kassavakt_up{shop="Gränden"} 0');
    expect(text).toContain('kassavakt_till_info{till="KASSA2",role="sales",version="38,5",edition="fiscal",client_id="1",shop="Gränden"} 1');
    expect(text).toContain('kassavakt_findings{code="DUPLICATE_CLIENT_ID",severity="error",shop="Gränden"} 1');
    expect(text).toContain(`kassavakt_last_success_timestamp_seconds{shop="Gränden"} ${Date.parse('2026-11-30T08:00:00.005Z') / 1000}`);
  });
});
