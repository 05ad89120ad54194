// The tray process: polls the main till on a schedule, keeps the history, runs the alert policy,
// and renders the state as icon, menu and notifications. Everything it decides is done by pure code
// in core/ (findings, alert policy, tray model); this file only wires them to the OS.
import type { Config } from '../core/config.js';
import { t, type Lang } from '../core/i18n.js';
import {
  alertSettingsFromConfig,
  evaluateAlerts,
  failureWouldConfirmOutage,
  initialAlertState,
  snoozeUntil,
  type AlertClock,
  type AlertInput,
  type AlertSettings,
  type AlertState,
  type Notice,
  type SnoozeChoice,
} from '../core/alerts/index.js';
import type { Finding } from '../core/findings.js';
import type { PollResult } from '../core/poll.js';
import { assessPoll } from '../core/pollAssessment.js';
import type { AnalyzedTill } from '../core/rules.js';
import { trayView, type Connection, type SlotKey, type TrayState } from '../core/trayModel.js';
import type { Autostart } from '../platform/autostart.js';
import type { RotatingLog } from '../platform/log.js';
import type { DesktopNotice } from './notifier.js';
import { startSchedule, type PollTiming, type RunningSchedule } from '../monitor/schedule.js';
import type { TrayHost } from './trayHost.js';

/** The parts of the outside world the tray talks to; each is a narrow seam (tests and bench swap none). */
export interface TrayPorts {
  poll: (() => Promise<PollResult>) | null;
  recordPoll: (poll: PollResult, findings: readonly Finding[]) => void;
  /** Logs the notice and shows it; never rejects. */
  notify: (kind: string, notice: DesktopNotice) => Promise<void>;
  autostart: Autostart;
  /** Shows the icon with the first view; returns the host to update. */
  showTray: (state: TrayState, onClick: (key: SlotKey) => void, onHelperExit: () => void) => Promise<TrayHost>;
  openOverview: () => Promise<void>;
  repair: () => Promise<void>;
  /** The connection doctor's verdict and fix in the user's words; null when it finds nothing wrong. */
  diagnose: () => Promise<string | null>;
  log: RotatingLog;
  /** Frees everything else (connection, history file, instance lock). */
  close: () => Promise<void>;
}

export interface TrayRunOptions {
  config: Config;
  setupProblems: string[];
  schedule: PollTiming;
  /** Overrides the quiet time after start (for tests and demos). */
  graceMs?: number;
  platform: string;
}

export class TrayApp {
  private alerts: AlertState = initialAlertState();
  private readonly settings: AlertSettings;
  private tills: readonly AnalyzedTill[] = [];
  private findings: readonly Finding[] = [];
  /** The poll's short reason for the latest failure, for the menu. */
  private verdict: string | undefined;
  /** The doctor's verdict for this outage: asked once, at the failed poll that confirms it. */
  private outageVerdict: string | null = null;
  private autostartOn: boolean | null = null;
  private host: TrayHost | null = null;
  private schedule: RunningSchedule | null = null;
  private checking: Promise<void> | null = null;
  private quitting: Promise<void> | null = null;
  private readonly lang: Lang;
  /** Resolves when the tray has quit (menu, signal or helper gone). */
  readonly done: Promise<void>;
  private finish!: () => void;

  constructor(
    private readonly options: TrayRunOptions,
    private readonly ports: TrayPorts,
  ) {
    this.lang = options.config.lang;
    // The policy counts in polls; with a cron schedule it assumes the default of one a minute.
    const intervalMs = 'intervalSeconds' in options.schedule ? options.schedule.intervalSeconds * 1000 : 60_000;
    const base = alertSettingsFromConfig(options.config.notifications, intervalMs);
    this.settings = options.graceMs === undefined ? base : { ...base, graceMs: options.graceMs };
    this.done = new Promise((resolve) => (this.finish = resolve));
  }

  async start(): Promise<void> {
    this.autostartOn = await this.ports.autostart.isEnabled().catch(() => null);
    this.alerts = evaluateAlerts(this.alerts, { type: 'start', ...clock() }, this.settings, this.lang).state;
    this.host = await this.ports.showTray(
      this.state(),
      (key) => void this.onClick(key),
      () => {
        this.ports.log.error('tray helper ended unexpectedly');
        void this.quit();
      },
    );
    this.ports.log.info(`tray started (helper pid ${this.host.helperPid ?? '?'})`);
    if (this.ports.poll === null) return;
    // Polls at once, then on the schedule; a poll still running when the next is due skips that one.
    this.schedule = startSchedule(this.options.schedule, () => this.check());
    this.schedule.done.catch((error: Error) => this.ports.log.error(`schedule: ${error.message}`));
  }

  /** One poll now; a call while one runs waits for that one instead of stacking another. */
  check(): Promise<void> {
    if (this.ports.poll === null || this.quitting) return Promise.resolve();
    this.checking ??= this.pollAndRender()
      .catch((error: Error) => this.ports.log.error(`check: ${error.message}`))
      .finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  async quit(): Promise<void> {
    this.quitting ??= (async () => {
      await this.schedule?.stop().catch(() => undefined);
      await this.checking?.catch(() => undefined);
      await this.host?.stop().catch(() => undefined);
      await this.ports.close().catch(() => undefined);
      this.ports.log.info('tray stopped');
      this.finish();
    })();
    return this.quitting;
  }

  private async pollAndRender(): Promise<void> {
    const result = await this.ports.poll!();
    let findings: readonly Finding[] = [];
    let input: AlertInput;
    if (result.ok) {
      const assessment = assessPoll(result, this.lang, { settings: this.options.config.health });
      findings = assessment.findings;
      this.tills = assessment.tills;
      this.findings = findings;
      input = { type: 'poll', ok: true, findings, tills: assessment.tills, ...clock(Date.parse(result.at)) };
      this.outageVerdict = null;
    } else {
      this.verdict = t(this.lang, `unreachable.reason.${result.reason}`);
      if (failureWouldConfirmOutage(this.alerts.connection, this.settings)) this.outageVerdict = await this.diagnose();
      input = { type: 'poll', ok: false, verdict: this.outageVerdict ?? this.verdict, ...clock(Date.parse(result.at)) };
    }
    try {
      this.ports.recordPoll(result, findings);
    } catch (error) {
      this.ports.log.error(`history: ${(error as Error).message}`);
    }
    const before = this.connection;
    const evaluated = evaluateAlerts(this.alerts, input, this.settings, this.lang);
    this.alerts = evaluated.state;
    if (before !== this.connection) {
      this.ports.log.info(`main till ${this.connection}${result.ok ? '' : ` (${result.reason}: ${result.detail})`}`);
    }
    await this.deliver(evaluated.notices);
    await this.render();
    // Written last, so a reader of the log knows that everything this poll caused has been done.
    if (result.ok) this.ports.log.info(`poll ok: ${this.tills.length} tills, ${findings.length} findings`);
    else this.ports.log.warn(`poll failed: ${result.reason}: ${result.detail}`);
  }

  private async diagnose(): Promise<string | null> {
    try {
      return await this.ports.diagnose();
    } catch (error) {
      this.ports.log.warn(`doctor failed: ${(error as Error).message}`);
      return null;
    }
  }

  /** The main till's reach as the alert policy has confirmed it. */
  private get connection(): Connection {
    const { reach } = this.alerts.connection;
    return reach === 'unknown' ? 'starting' : reach;
  }

  private state(): TrayState {
    return {
      lang: this.lang,
      platform: this.options.platform,
      connection: this.connection,
      setupProblems: this.options.setupProblems,
      unreachableVerdict: this.verdict,
      tills: this.tills,
      findings: this.findings,
      pausedUntil: this.alerts.snoozeUntil === null ? undefined : new Date(this.alerts.snoozeUntil).toISOString(),
      autostart: this.autostartOn,
      now: new Date(),
    };
  }

  private async render(): Promise<void> {
    await this.host?.update(trayView(this.state())).catch((error: Error) => this.ports.log.warn(`tray update failed: ${error.message}`));
  }

  private async onClick(key: SlotKey): Promise<void> {
    this.ports.log.info(`menu: ${key}`);
    try {
      switch (key) {
        case 'checkNow':
          return await this.check();
        case 'quit':
          return await this.quit();
        case 'pauseHour':
          return await this.snooze('hour');
        case 'pauseTomorrow':
          return await this.snooze('tomorrow');
        case 'resume':
          return await this.snooze(null);
        case 'autostart':
          await this.ports.autostart.setEnabled(this.autostartOn !== true);
          this.autostartOn = await this.ports.autostart.isEnabled();
          return await this.render();
        case 'overview':
          return await this.ports.openOverview();
        case 'repair':
          return await this.ports.repair();
        default:
          // Status, finding and till lines open the overview, where the details are.
          if (key.startsWith('line') || key.startsWith('till')) return await this.ports.openOverview();
      }
    } catch (error) {
      this.ports.log.error(`menu ${key}: ${(error as Error).message}`);
    }
  }

  private async snooze(choice: SnoozeChoice | null): Promise<void> {
    const now = clock();
    const until = choice === null ? null : snoozeUntil(choice, now, this.settings.quietHours);
    const evaluated = evaluateAlerts(this.alerts, { type: 'snooze', until, ...now }, this.settings, this.lang);
    this.alerts = evaluated.state;
    await this.deliver(evaluated.notices);
    await this.render();
  }

  private async deliver(notices: readonly Notice[]): Promise<void> {
    for (const notice of notices) await this.ports.notify(notice.kind, { title: notice.title, body: notice.body, severity: notice.severity });
  }
}

function clock(at = Date.now()): AlertClock {
  return { at, utcOffsetMinutes: -new Date(at).getTimezoneOffset() };
}
