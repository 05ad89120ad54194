// The poll schedule with real timers: a cron expression (node-cron, seconds field), a fixed interval,
// --count, no overlapping polls, and stop() waiting for the poll in flight; and its rhythm.
import { describe, expect, it } from 'vitest';
import { isCronExpression as isValidCron } from '../../src/core/config.js';
import { scheduleRhythm, startSchedule } from '../../src/service/schedule.js';

const until = async (condition: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('poll schedule', () => {
  it('polls at once and then on a cron schedule, `count` times in all', async () => {
    const at: number[] = [];
    const schedule = startSchedule({ cron: '* * * * * *' }, async () => void at.push(Date.now()), 3);
    await schedule.done;
    expect(at).toHaveLength(3);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(500);
  });

  it('keeps a fixed interval and never runs two polls at once', async () => {
    let running = 0;
    let most = 0;
    let polls = 0;
    const schedule = startSchedule(
      { intervalSeconds: 0.02 },
      async () => {
        running += 1;
        most = Math.max(most, running);
        polls += 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
        running -= 1;
      },
      5,
    );
    await schedule.done;
    expect(polls).toBe(5);
    expect(most).toBe(1);
  });

  it('stop() tells the poll in flight to give up and waits for it', async () => {
    let finished = false;
    let sawAbort = false;
    let started = false;
    const schedule = startSchedule({ intervalSeconds: 60 }, async (signal) => {
      started = true;
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      sawAbort = signal.aborted;
      finished = true;
    });
    await until(() => started);
    await schedule.stop();
    expect(finished).toBe(true);
    expect(sawAbort).toBe(true);
    await expect(schedule.done).resolves.toBeUndefined();
  });

  it('ends with the error of a poll that throws', async () => {
    const schedule = startSchedule({ intervalSeconds: 0.01 }, async () => {
      throw new Error('bug');
    });
    await expect(schedule.done).rejects.toThrow('bug');
  });

  it('tells valid cron expressions from invalid ones', () => {
    expect(isValidCron('*/5 * * * *')).toBe(true);
    expect(isValidCron('every minute')).toBe(false);
  });
});

describe('schedule rhythm', () => {
  const MINUTE = 60_000;

  it.each([
    ['* * * * *', MINUTE, MINUTE],
    ['*/5 * * * *', 5 * MINUTE, 5 * MINUTE],
    ['*/10 * * * *', 10 * MINUTE, 10 * MINUTE],
    ['0 * * * *', 60 * MINUTE, 60 * MINUTE],
    ['*/10 * * * * *', 10_000, 10_000],
  ])('of %j is read from the runs node-cron plans', (cron, usualMs, longestMs) => {
    expect(scheduleRhythm({ cron })).toEqual({ usualMs, longestMs });
  });

  it('sees the night and the weekend of an office-hours schedule as gaps, not as its rhythm', () => {
    const rhythm = scheduleRhythm({ cron: '0 8-18 * * 1-5' });
    expect(rhythm.usualMs).toBe(60 * MINUTE);
    // Friday 18:00 to Monday 08:00 (a daylight-saving change inside the sample moves it by an hour).
    expect(Math.abs(rhythm.longestMs - 62 * 60 * MINUTE)).toBeLessThanOrEqual(60 * MINUTE);
  });

  it('of a fixed interval is that interval', () => {
    expect(scheduleRhythm({ intervalSeconds: 90 })).toEqual({ usualMs: 90_000, longestMs: 90_000 });
  });
});
