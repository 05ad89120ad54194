// The poll cycle every front end shares: poll the main till on the schedule, judge the poll, record it
// in the history, remember the latest poll and the latest good one, then tell every listener. The tray,
// the overview page and `watch` are listeners; none of them polls on its own.
import type { Change } from '../core/changes.js';
import type { HealthSettings } from '../core/config.js';
import type { SizeGrowth } from '../core/sizeGrowth.js';
import type { Finding } from '../core/findings.js';
import { t, type Lang } from '../core/i18n.js';
import type { PollResult, PollSuccess } from '../core/poll.js';
import { assessPoll } from '../core/pollAssessment.js';
import type { FleetAssessment } from '../core/rules.js';
import { startSchedule, type PollTiming, type RunningSchedule } from './schedule.js';

/** What one poll brought, as every listener gets it. */
export interface PollEvent {
  poll: PollResult;
  /** The fleet rules' judgement of the tills; null when the poll failed. */
  assessment: FleetAssessment | null;
  /** What the history recorded as changed by this poll (empty without a history). */
  changes: readonly Change[];
  /** The latest good poll: this one when it succeeded, else the one before; null before the first. */
  lastGood: PollSuccess | null;
}

/** Called after every poll, in the order of subscription; awaited before the next listener runs. */
export type PollListener = (event: PollEvent) => void | Promise<void>;

/** The part of the history store the cycle writes to. */
export interface PollRecorder {
  recordPoll(poll: PollResult, findings: readonly Finding[]): Change[];
}

export interface PollCycleOptions {
  /** One poll of the main till; never rejects (the monitor turns failures into a PollResult); null when there is nothing to poll (no server set). */
  poll: () => Promise<PollResult | null>;
  history: PollRecorder | null;
  /** The language of the findings (the settings may change it). */
  lang: () => Lang;
  /** The thresholds of the main till's health findings (config `health.*`); the defaults when absent. */
  health?: () => HealthSettings;
  /** The database's growth from the history's daily size samples, for the forecast in DATABASE_NEAR_LIMIT. */
  growth?: () => SizeGrowth | null;
  /** Where a failing history write or listener is reported, one line in the user's language; the cycle goes on. */
  log: (line: string) => void;
}

export class PollCycle {
  private latestPoll: PollResult | null = null;
  private latestGood: PollSuccess | null = null;
  private readonly listeners: PollListener[] = [];
  private schedule: RunningSchedule | null = null;
  private running: Promise<PollEvent | null> | null = null;

  constructor(private readonly options: PollCycleOptions) {}

  /** Calls `listener` after every poll from now on; returns the way to stop that. */
  subscribe(listener: PollListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  /** The latest poll, good or not; null before the first. */
  latest(): PollResult | null {
    return this.latestPoll;
  }

  /** The latest poll that reached the main till; null before the first. */
  lastGood(): PollSuccess | null {
    return this.latestGood;
  }

  /**
   * Polls at once, then on the timing (`count` polls in all when given). Resolves when the schedule
   * ends: after `count` polls, or after stop().
   */
  run(timing: PollTiming, count?: number): Promise<void> {
    if (this.schedule) throw new Error('the poll cycle is already running');
    const schedule = startSchedule(timing, async (signal) => void (await this.pollNow(signal)), count);
    this.schedule = schedule;
    return schedule.done.finally(() => {
      if (this.schedule === schedule) this.schedule = null;
    });
  }

  /**
   * One poll now, told to every listener ("Kontrollera nu", a second start of the tray). A call while a
   * poll runs waits for that one instead of stacking another. Null when the poll was abandoned by stop()
   * or there is nothing to poll.
   */
  pollNow(signal?: AbortSignal): Promise<PollEvent | null> {
    this.running ??= this.pollAndTell(signal).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops the schedule; the poll in flight is abandoned (not recorded, not told). */
  async stop(): Promise<void> {
    await this.schedule?.stop();
    this.schedule = null;
    await this.running?.catch(() => undefined);
  }

  private async pollAndTell(signal?: AbortSignal): Promise<PollEvent | null> {
    const poll = await this.options.poll();
    if (poll === null || signal?.aborted) return null;
    const assessment = poll.ok ? assessPoll(poll, this.options.lang(), { settings: this.options.health?.(), ...(this.options.growth ? { growth: this.options.growth } : {}) }) : null;
    let changes: Change[] = [];
    try {
      changes = this.options.history?.recordPoll(poll, assessment?.findings ?? []) ?? [];
    } catch (error) {
      this.options.log(t(this.options.lang(), 'service.historyFailed', { detail: (error as Error).message }));
    }
    this.latestPoll = poll;
    if (poll.ok) this.latestGood = poll;
    const event: PollEvent = { poll, assessment, changes, lastGood: this.latestGood };
    for (const listener of [...this.listeners]) {
      try {
        await listener(event);
      } catch (error) {
        // One listener that fails (a notification, a terminal line) must not keep the others uninformed.
        this.options.log(t(this.options.lang(), 'service.listenerFailed', { detail: (error as Error).message }));
      }
    }
    return event;
  }
}
