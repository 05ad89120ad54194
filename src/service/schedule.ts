// When to poll: a cron expression (config `pollSchedule`, node-cron) or a plain interval in seconds
// (`--interval`, for sub-minute runs). Polls never overlap; stop() lets the poll in flight end.
import cron, { type ScheduledTask } from 'node-cron';
import type { PollRhythm } from '../core/alerts/index.js';

export type PollTiming = { cron: string } | { intervalSeconds: number };

/** Enough runs to see a weekend in an office-hours schedule (11 a day), few enough to take milliseconds. */
const SAMPLE_RUNS = 200;

/** The schedule's own rhythm, from node-cron's next runs: the median gap and the longest one. */
export function scheduleRhythm(timing: PollTiming): PollRhythm {
  if ('intervalSeconds' in timing) return { usualMs: timing.intervalSeconds * 1000, longestMs: timing.intervalSeconds * 1000 };
  const task = cron.createTask(timing.cron, () => undefined);
  let runs: Date[];
  try {
    runs = task.getNextRuns(SAMPLE_RUNS);
  } finally {
    void task.destroy();
  }
  const gaps = runs
    .slice(1)
    .map((run, i) => run.getTime() - runs[i]!.getTime())
    .sort((a, b) => a - b);
  return { usualMs: gaps[Math.floor(gaps.length / 2)]!, longestMs: gaps.at(-1)! };
}

export interface RunningSchedule {
  /** Resolves after the last poll (when `count` polls have run, or after stop()); rejects if a poll throws. */
  done: Promise<void>;
  /** Stops scheduling, signals the poll in flight to give up, and waits for it. */
  stop(): Promise<void>;
}

/**
 * Runs `tick` once at once, then on the schedule, `count` times in all when given. A tick that is still
 * running when the next is due makes that one skip rather than queue.
 */
export function startSchedule(timing: PollTiming, tick: (signal: AbortSignal) => Promise<void>, count?: number): RunningSchedule {
  const abort = new AbortController();
  let runs = 0;
  let stopped = false;
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let task: ScheduledTask | null = null;
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const done = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });

  const halt = () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    void task?.destroy();
    task = null;
  };

  const fire = async (): Promise<void> => {
    if (stopped || inFlight !== null) return;
    runs += 1;
    const startedAt = Date.now();
    inFlight = tick(abort.signal);
    try {
      await inFlight;
    } catch (error) {
      halt();
      settle.reject(error);
      return;
    } finally {
      inFlight = null;
    }
    if (count !== undefined && runs >= count) {
      halt();
      settle.resolve();
    } else if (stopped) {
      settle.resolve();
    } else if ('intervalSeconds' in timing) {
      // Fixed rate: a slow poll shortens the wait instead of pushing every later poll back.
      const wait = Math.max(0, startedAt + timing.intervalSeconds * 1000 - Date.now());
      timer = setTimeout(() => void fire(), wait);
    }
  };

  if ('cron' in timing) {
    // node-cron skips a run that starts more than a second late, which a busy PC easily is; a poll up
    // to half an interval late is still the poll that was due. The runs a sleep or a clock jump skipped
    // are not made up (the next one comes on time, and the alert policy sees the gap); node-cron would
    // write an English warning to the console for each of them, in the middle of `watch`'s output.
    const tolerance = Math.min(30_000, scheduleRhythm(timing).usualMs / 2);
    task = cron.schedule(timing.cron, () => void fire(), { noOverlap: true, missedExecutionTolerance: tolerance, suppressMissedWarning: true });
  }
  void fire();

  return {
    done,
    async stop() {
      if (stopped && inFlight === null) return done;
      halt();
      abort.abort();
      if (inFlight === null) settle.resolve();
      return done;
    },
  };
}
