// When the tray polls: every N seconds (`--interval`) or on the config's cron schedule. A run that is
// still busy when the next is due is skipped, never stacked.
import cron from 'node-cron';

export interface PollTimer {
  stop(): void;
}

export function startPollTimer(when: { intervalMs: number } | { cron: string }, run: () => Promise<void>): PollTimer {
  if ('cron' in when) {
    const task = cron.schedule(when.cron, run, { noOverlap: true });
    return { stop: () => void task.stop() };
  }
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      run().finally(next);
    }, when.intervalMs);
  };
  next();
  return {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/** The time between polls the alert policy counts with: the interval, or one minute for cron. */
export function pollIntervalMs(when: { intervalMs: number } | { cron: string }): number {
  return 'intervalMs' in when ? when.intervalMs : 60_000;
}
