// Polls the main till on the configured schedule while `kassavakt console` runs on its own (the tray
// has its own loop), records each poll in the history and keeps the latest for the pages.
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { PollResult } from '../core/poll.js';
import { assessPoll } from '../core/pollAssessment.js';
import { Monitor } from '../monitor/poll.js';
import { startSchedule, type RunningSchedule } from '../monitor/schedule.js';
import type { HistoryStore } from '../store/index.js';

export class PollLoop {
  private monitor: Monitor | null = null;
  private schedule: RunningSchedule | null = null;
  private last: PollResult | null = null;
  /** Why polling cannot run (no or bad server), already in the user's language. */
  problem: string | null = null;

  constructor(
    private readonly history: HistoryStore | null,
    private readonly log: (line: string) => void,
  ) {}

  latest(): PollResult | null {
    return this.last;
  }

  /** (Re)starts with these settings: polls once now (resolving when that poll is in), then on the schedule. */
  async start(config: Config): Promise<void> {
    await this.stop();
    let monitor: Monitor;
    try {
      monitor = new Monitor(config);
      this.problem = null;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      this.problem = error.message;
      this.log(error.message);
      return;
    }
    this.monitor = monitor;
    let firstPollIn!: () => void;
    const firstPoll = new Promise<void>((resolve) => {
      firstPollIn = resolve;
    });
    const schedule = startSchedule({ cron: config.pollSchedule }, async (signal) => {
      try {
        await this.pollNow(monitor, config, signal);
      } catch (error) {
        // One poll that cannot be recorded must not end the polling.
        this.log(`poll: ${(error as Error).message}`);
      } finally {
        firstPollIn();
      }
    });
    schedule.done.catch((error: Error) => this.log(`schedule: ${error.message}`));
    this.schedule = schedule;
    await firstPoll;
  }

  private async pollNow(monitor: Monitor, config: Config, signal: AbortSignal): Promise<void> {
    const poll = await monitor.poll();
    if (signal.aborted) return; // stopping: the poll in flight is abandoned, not half-recorded
    this.last = poll;
    const findings = poll.ok ? assessPoll(poll, config.lang, { settings: config.health }).findings : [];
    this.history?.recordPoll(poll, findings);
  }

  async stop(): Promise<void> {
    await this.schedule?.stop().catch(() => undefined);
    this.schedule = null;
    await this.monitor?.close();
    this.monitor = null;
  }
}
