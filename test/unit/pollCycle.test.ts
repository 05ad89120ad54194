// The poll cycle's promise to its listeners (the tray, the page, watch, and next the metrics exporter):
// after every poll, each listener gets the poll, its assessment, what the history recorded as changed
// and the last good poll, in the order they subscribed, whatever another listener does.
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/core/changes.js';
import type { Finding } from '../../src/core/findings.js';
import type { PollResult } from '../../src/core/poll.js';
import { PollCycle, type PollEvent } from '../../src/service/index.js';
import { DUPLICATE_ID } from '../support/alertScenario.js';

const good = (at: string): PollResult => ({
  ok: true,
  at,
  latencyMs: 3,
  server: { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa' },
  sessions: [],
  snapshot: { tills: DUPLICATE_ID },
});
const failed = (at: string): PollResult => ({ ok: false, at, latencyMs: 5, reason: 'PORT_CLOSED', detail: 'ECONNREFUSED' });

function cycleOf(polls: PollResult[], recorded: { poll: PollResult; findings: readonly Finding[] }[] = []) {
  const logged: string[] = [];
  const change: Change = { type: 'till.connected', at: '2026-11-23T09:00:00.000Z', till: 'KASSA2' };
  const cycle = new PollCycle({
    poll: async () => polls.shift() ?? null,
    history: {
      recordPoll: (poll, findings) => {
        recorded.push({ poll, findings });
        return [change];
      },
    },
    lang: () => 'en',
    log: (line) => void logged.push(line),
  });
  return { cycle, logged, change };
}

describe('PollCycle', () => {
  it('records each poll with its findings, then tells the listeners the poll, assessment, changes and last good poll', async () => {
    const recorded: { poll: PollResult; findings: readonly Finding[] }[] = [];
    const first = good('2026-11-23T09:00:00.000Z');
    const second = failed('2026-11-23T09:01:00.000Z');
    const { cycle, change } = cycleOf([first, second], recorded);
    const events: PollEvent[] = [];
    cycle.subscribe((event) => void events.push(event));

    await cycle.pollNow();
    await cycle.pollNow();

    expect(recorded.map((r) => [r.poll, r.findings.map((f) => f.code)])).toEqual([
      [first, ['DUPLICATE_CLIENT_ID']],
      [second, []],
    ]);
    expect(events[0]).toMatchObject({ poll: first, changes: [change], lastGood: first });
    expect(events[0]!.assessment!.findings.map((f) => f.code)).toEqual(['DUPLICATE_CLIENT_ID']);
    expect(events[1]).toMatchObject({ poll: second, assessment: null, changes: [change], lastGood: first });
    expect(cycle.latest()).toBe(second);
    expect(cycle.lastGood()).toBe(first);
  });

  it('tells every listener in order, also after one of them fails, and logs the failure', async () => {
    const { cycle, logged } = cycleOf([good('2026-11-23T09:00:00.000Z'), good('2026-11-23T09:01:00.000Z')]);
    const heard: string[] = [];
    cycle.subscribe(async () => {
      heard.push('first');
      throw new Error('notification daemon gone');
    });
    const stop = cycle.subscribe(() => void heard.push('second'));
    cycle.subscribe(() => void heard.push('third'));
    await cycle.pollNow();
    expect(heard).toEqual(['first', 'second', 'third']);
    expect(logged).toEqual(['Something went wrong after the poll (notification daemon gone); watching goes on.']);

    // Unsubscribed, the second no longer hears the next poll; the others still do.
    stop();
    await cycle.pollNow();
    expect(heard).toEqual(['first', 'second', 'third', 'first', 'third']);
  });

  it('shares a poll in flight instead of stacking another', async () => {
    let release!: () => void;
    let polls = 0;
    const cycle = new PollCycle({
      poll: () => {
        polls += 1;
        return new Promise((resolve) => (release = () => resolve(good('2026-11-23T09:00:00.000Z'))));
      },
      history: null,
      lang: () => 'sv',
      log: () => undefined,
    });
    const a = cycle.pollNow();
    const b = cycle.pollNow();
    release();
    expect(await a).toBe(await b);
    expect(polls).toBe(1);
  });

  it('runs on a schedule, `count` polls in all, and nothing when there is nothing to poll', async () => {
    const { cycle } = cycleOf([good('2026-11-23T09:00:00.000Z'), failed('2026-11-23T09:00:01.000Z')]);
    let heard = 0;
    cycle.subscribe(() => void (heard += 1));
    await cycle.run({ intervalSeconds: 0.01 }, 3);
    // Two polls, then the third found no server to poll: no event for it.
    expect(heard).toBe(2);
  });
});
