// The tray: shows the icon at once, then listens to the service's poll cycle and turns each poll into
// icon, menu and notifications through the alert policy. Everything it decides is pure code in core/
// (alert policy, tray model); everything it touches is a port, so tests drive it with a fake clock.
import { formatDuration } from '../core/changeText.js';
import type { Config } from '../core/config.js';
import type { FleetSnapshot } from '../core/fleet.js';
import type { Finding } from '../core/findings.js';
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
import { formatLocalTime } from '../core/localTime.js';
import { tillsKnown } from '../core/poll.js';
import type { AnalyzedTill } from '../core/rules.js';
import { trayView, type Connection, type SlotKey, type TrayState } from '../core/trayModel.js';
import type { UpdateFileVerdict } from '../core/updateFile.js';
import type { Autostart } from '../platform/autostart.js';
import {
  checkSummary,
  repairOutcomeText,
  scheduleRhythm,
  type ConnectionCheck,
  type PollCycle,
  type PollEvent,
  type PollTiming,
  type RepairOutcome,
} from '../service/index.js';
import type { DesktopNotice } from './notifier.js';
import type { TrayHost } from './trayHost.js';

/** What the tray needs of the service (KassavaktService is one). */
export interface TrayService {
  config(): Config;
  timing(): PollTiming;
  readonly cycle: Pick<PollCycle, 'subscribe' | 'pollNow' | 'latest' | 'lastGood'>;
  readonly connection: { check(): Promise<ConnectionCheck> };
  repair(): Promise<RepairOutcome>;
  /** Starts polling; resolves when polling ends. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** The service with what the settings still lack, as the tray opens it after showing the icon. */
export interface OpenedService {
  service: TrayService;
  /** Lines for the menu (broken settings file, what is missing), in the user's language. */
  setupProblems: string[];
  /** The server or the login is not set yet: the settings page is what the user needs. */
  settingsMissing: boolean;
}

export interface TrayLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export interface TrayPorts {
  /** Epoch milliseconds now. */
  clock: () => number;
  /** Reads the settings and opens the service; may take a moment (the DSN on Windows), so the icon shows first. */
  openService: () => Promise<OpenedService>;
  /** Logs the notice and shows it; never rejects. */
  notify: (kind: string, notice: DesktopNotice) => Promise<void>;
  autostart: Autostart;
  /** Shows the icon with the first view; returns the host to update. */
  showTray: (state: TrayState, onClick: (key: SlotKey) => void, onHelperExit: () => void) => Promise<Pick<TrayHost, 'update' | 'stop' | 'helperPid'>>;
  /** Opens a page of the overview (`/`, `/settings`) in the browser, with a new one-time key. */
  openPage: (path: '/' | '/settings') => Promise<void>;
  /** Stops serving the overview page (before the service it reads from closes). */
  closePages: () => Promise<void>;
  /** Watches the download folders; each new PC-Kassa file is judged against `fleet()`. */
  watchDownloads: (fleet: () => FleetSnapshot | undefined, onVerdict: (verdict: UpdateFileVerdict) => void) => { close(): Promise<void> };
  /** Whether the settings page was opened by itself once already (on the first start), and remembering that it was. */
  settingsAsked: { get(): boolean; set(): void };
  log: TrayLog;
  /** Frees the rest (the instance lock) after everything else has closed. */
  close: () => Promise<void>;
}

export interface TrayOptions {
  /** The language until the settings are read. */
  lang: Lang;
  platform: string;
  /** Overrides the quiet time after start (for tests and demos). */
  graceMs?: number;
}

export class TrayApp {
  private alerts: AlertState = initialAlertState();
  private settings: AlertSettings | null = null;
  private lang: Lang;
  private service: TrayService | null = null;
  private setupProblems: string[] = [];
  private tills: readonly AnalyzedTill[] = [];
  private findings: readonly Finding[] = [];
  /** The poll's short reason for the latest failure, for the menu. */
  private verdict: string | undefined;
  /** The doctor's verdict for this outage: asked once, at the failed poll that confirms it. */
  private outageVerdict: string | null = null;
  private autostartOn: boolean | null = null;
  private host: Pick<TrayHost, 'update' | 'stop' | 'helperPid'> | null = null;
  private downloads: { close(): Promise<void> } | null = null;
  private polling: Promise<void> | null = null;
  private quitting: Promise<void> | null = null;
  /** Resolves when the tray has quit (menu, signal or helper gone). */
  readonly done: Promise<void>;
  private finish!: () => void;

  constructor(
    private readonly options: TrayOptions,
    private readonly ports: TrayPorts,
  ) {
    this.lang = options.lang;
    this.done = new Promise((resolve) => (this.finish = resolve));
  }

  /** Shows the icon (grey, "connecting"), then opens the service and starts polling. */
  async start(): Promise<void> {
    this.host = await this.ports.showTray(
      this.state(),
      (key) => void this.onClick(key),
      () => {
        this.ports.log.error('tray helper ended unexpectedly');
        void this.quit();
      },
    );
    this.ports.log.info(`tray started (helper pid ${this.host.helperPid ?? '?'})`);
    const opened = await this.ports.openService();
    if (this.quitting) {
      await opened.service.close();
      return;
    }
    const { service } = opened;
    this.service = service;
    this.setupProblems = opened.setupProblems;
    const config = service.config();
    this.lang = config.lang;
    // The policy counts in polls: it takes the rhythm of the real schedule, never an assumed minute.
    const base = alertSettingsFromConfig(config.notifications, scheduleRhythm(service.timing()));
    this.settings = this.options.graceMs === undefined ? base : { ...base, graceMs: this.options.graceMs };
    this.alerts = evaluateAlerts(this.alerts, { type: 'start', ...this.now() }, this.settings, this.lang).state;
    service.cycle.subscribe((event) => this.onPoll(event));
    this.downloads = this.ports.watchDownloads(
      () => service.cycle.lastGood()?.snapshot,
      (verdict) => void this.onDownload(verdict),
    );
    this.autostartOn = await this.ports.autostart.isEnabled().catch(() => null);
    await this.render();
    if (opened.settingsMissing && !this.ports.settingsAsked.get()) await this.askForSettings();
    this.polling = service.start();
    this.ports.log.info('tray ready');
  }

  /** One poll now ("Kontrollera nu", a second start); waits until it has been handled. */
  async check(): Promise<void> {
    if (!this.service || this.quitting) return;
    await this.service.cycle.pollNow();
  }

  async quit(): Promise<void> {
    this.quitting ??= (async () => {
      await this.ports.closePages().catch(() => undefined);
      await this.downloads?.close().catch(() => undefined);
      await this.service?.close().catch((error: Error) => this.ports.log.error(`close: ${error.message}`));
      await this.polling;
      await this.host?.stop().catch(() => undefined);
      await this.ports.close().catch(() => undefined);
      this.ports.log.info('tray stopped');
      this.finish();
    })();
    return this.quitting;
  }

  private async onPoll({ poll, assessment }: PollEvent): Promise<void> {
    const settings = this.settings!;
    let input: AlertInput;
    if (poll.ok) {
      // A poll that could list no tills (the profile kept the batch from compiling, and the sessions
      // were not read) leaves the menu's tills and the rollout as they were, as a failed poll does.
      const known = tillsKnown(poll);
      if (known) this.tills = assessment!.tills;
      this.findings = assessment!.findings;
      input = { type: 'poll', ok: true, findings: this.findings, tills: known ? this.tills : null, ...this.now(Date.parse(poll.at)) };
      this.outageVerdict = null;
    } else {
      this.verdict = t(this.lang, `unreachable.reason.${poll.reason}`);
      if (failureWouldConfirmOutage(this.alerts.connection, settings)) this.outageVerdict = await this.diagnose();
      input = { type: 'poll', ok: false, verdict: this.outageVerdict ?? this.verdict, ...this.now(Date.parse(poll.at)) };
    }
    const before = this.connection;
    const evaluated = evaluateAlerts(this.alerts, input, settings, this.lang);
    this.alerts = evaluated.state;
    if (before !== this.connection) {
      this.ports.log.info(`main till ${this.connection}${poll.ok ? '' : ` (${poll.reason}: ${poll.detail})`}`);
    }
    await this.deliver(evaluated.notices);
    await this.render();
    // Written last, so a reader of the log knows that everything this poll caused has been done.
    if (poll.ok) this.ports.log.info(`poll ok: ${this.tills.length} tills, ${this.findings.length} findings`);
    else this.ports.log.warn(`poll failed: ${poll.reason}: ${poll.detail}`);
  }

  /** A new PC-Kassa file in Downloads: right or wrong for these tills, and how old that knowledge is. */
  private async onDownload(verdict: UpdateFileVerdict): Promise<void> {
    const severity = verdict.matches === false ? 'error' : verdict.matches ? 'info' : 'warning';
    const good = this.service?.cycle.lastGood();
    const latest = this.service?.cycle.latest();
    // Judged against the last good poll; when the main till has not answered since, say how old that is.
    const stale = good && latest && latest !== good;
    const age = stale
      ? ` ${t(this.lang, 'tray.download.fleetAge', {
          time: formatLocalTime(new Date(good.at)),
          age: formatDuration(this.ports.clock() - Date.parse(good.at), this.lang),
        })}`
      : '';
    await this.ports.notify('download', { title: verdict.message, body: `${verdict.advice}${age}`, severity });
  }

  /** First start without a server or login: the settings page opens by itself, this once. */
  private async askForSettings(): Promise<void> {
    this.ports.log.info('first start: opening the settings page');
    try {
      this.ports.settingsAsked.set();
      await this.openPage('/settings');
    } catch (error) {
      this.ports.log.warn(`settings page: ${(error as Error).message}`);
    }
  }

  private async diagnose(): Promise<string | null> {
    try {
      const check = await this.service!.connection.check();
      const { ok, summary } = checkSummary(this.lang, check);
      return ok ? null : summary;
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
      setupProblems: this.setupProblems,
      unreachableVerdict: this.verdict,
      tills: this.tills,
      findings: this.findings,
      pausedUntil: this.alerts.snoozeUntil === null ? undefined : new Date(this.alerts.snoozeUntil).toISOString(),
      autostart: this.autostartOn,
      now: new Date(this.ports.clock()),
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
          return await this.openPage('/');
        case 'repair':
          return await this.repair();
        default:
          // The lines open the page where they can be acted on: the settings while they are missing.
          if (key.startsWith('line')) return await this.openPage(this.setupProblems.length > 0 ? '/settings' : '/');
          if (key.startsWith('till')) return await this.openPage('/');
      }
    } catch (error) {
      this.ports.log.error(`menu ${key}: ${(error as Error).message}`);
    }
  }

  /** The page is served by the service: nothing to open until it is there. */
  private async openPage(path: '/' | '/settings'): Promise<void> {
    if (this.service) await this.ports.openPage(path);
  }

  private async repair(): Promise<void> {
    if (!this.service) return;
    const { ok, message } = repairOutcomeText(this.lang, await this.service.repair());
    this.ports.log.info(`repair: ${message}`);
    await this.ports.notify('repair', { title: t(this.lang, 'tray.repairTitle'), body: message, severity: ok ? 'info' : 'warning' });
    await this.check();
  }

  private async snooze(choice: SnoozeChoice | null): Promise<void> {
    if (!this.settings) return;
    const now = this.now();
    const until = choice === null ? null : snoozeUntil(choice, now, this.settings.quietHours);
    const evaluated = evaluateAlerts(this.alerts, { type: 'snooze', until, ...now }, this.settings, this.lang);
    this.alerts = evaluated.state;
    await this.deliver(evaluated.notices);
    await this.render();
  }

  private async deliver(notices: readonly Notice[]): Promise<void> {
    for (const notice of notices) await this.ports.notify(notice.kind, { title: notice.title, body: notice.body, severity: notice.severity });
  }

  private now(at = this.ports.clock()): AlertClock {
    return { at, utcOffsetMinutes: -new Date(at).getTimezoneOffset() };
  }
}
