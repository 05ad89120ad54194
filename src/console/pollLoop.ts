// Polls the main till on the configured schedule while `kassavakt console` runs on its own (the tray
// has its own loop), records each poll in the history and keeps the latest for the pages.
import cron, { type ScheduledTask } from 'node-cron';
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { PollResult } from '../core/poll.js';
import { assessPoll } from '../core/pollAssessment.js';
import { Monitor } from '../monitor/poll.js';
import type { HistoryStore } from '../store/index.js';

export class PollLoop {
  private monitor: Monitor | null = null;
  private task: ScheduledTask | null = null;
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

  /** (Re)starts with these settings: polls once now, then on the schedule. */
  async start(config: Config): Promise<void> {
    await this.stop();
    try {
      this.monitor = new Monitor(config);
      this.problem = null;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      this.problem = error.message;
      this.log(error.message);
      return;
    }
    this.task = cron.schedule(config.pollSchedule, () => this.pollNow(config), { noOverlap: true });
    await this.pollNow(config);
  }

  private async pollNow(config: Config): Promise<void> {
    const monitor = this.monitor;
    if (!monitor) return;
    const poll = await monitor.poll();
    this.last = poll;
    const findings = poll.ok ? assessPoll(poll, config.lang).findings : [];
    this.history?.recordPoll(poll, findings);
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    this.task = null;
    await this.monitor?.close();
    this.monitor = null;
  }
}
