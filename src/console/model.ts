// What the console shows, as plain data: the live parts (poller, history, doctor) fill it through a
// ConsoleSource, the pages and the static report only render it.
import type { HealthSettings } from '../core/config.js';
import type { Till } from '../core/fleet.js';
import type { Lang } from '../core/i18n.js';
import type { MainTillHealth, UnreadablePiece } from '../core/mainTill.js';
import type { SizeSample } from '../core/sizeGrowth.js';

export interface PollView {
  /** never: no poll has finished yet since start. */
  state: 'never' | 'ok' | 'unreachable';
  at?: string;
  /** The server string or the main till's machine name. */
  server?: string;
  /** Why the main till could not be read, already in the page's language. */
  reason?: string;
}

/** One stretch of time during which a till ran one version (raw string; null = unknown). */
export interface VersionSpan {
  from: string;
  /** Absent: still running it. */
  to?: string;
  version: string | null;
}

export interface TillTimeline {
  till: string;
  spans: VersionSpan[];
}

export interface FleetView {
  poll: PollView;
  tills: Till[];
  /** When each open finding was first seen, keyed by findingKey(). */
  openSince: Record<string, string>;
  timelines: TillTimeline[];
  /** The main till's own health from the latest good poll; absent before one. */
  mainTill?: MainTillView;
}

/** The "Huvudkassan" card: the latest reading, judged at `at` with the user's thresholds. */
export interface MainTillView {
  health: MainTillHealth;
  at: string;
  settings: HealthSettings;
  /** Pieces the login may not read, and the login a GRANT would name. */
  unreadable: UnreadablePiece[];
  login: string;
  /** The database's data size over time (daily samples from the history), oldest first. */
  sizes: SizeSample[];
}

export interface HistoryFilter {
  till?: string;
  /** Inclusive days, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export interface HistoryEventView {
  at: string;
  till?: string;
  severity: 'error' | 'warning' | 'info';
  /** Already in the page's language. */
  text: string;
}

export interface UptimeDayView {
  /** YYYY-MM-DD */
  day: string;
  /** Share of polls that reached the main till, 0..1; null when there were no polls that day. */
  share: number | null;
  polls: number;
}

export interface HistoryView {
  events: HistoryEventView[];
  uptime: UptimeDayView[];
  /** Every till the history knows, for the filter. */
  tills: string[];
}

export interface ProbeView {
  name: string;
  state: 'ok' | 'warning' | 'failed' | 'skipped';
  /** Plain-words verdict and what to do, already localized. */
  detail: string;
  fix?: string;
}

export interface ConnectionView {
  checkedAt: string;
  ok: boolean;
  summary: string;
  probes: ProbeView[];
}

export interface ActionOutcome {
  ok: boolean;
  /** Localized, shown to the user as is. */
  message: string;
}

/** The live data behind the console; each call reads fresh state. */
export interface ConsoleSource {
  fleet(lang: Lang): Promise<FleetView>;
  history(filter: HistoryFilter, lang: Lang): Promise<HistoryView>;
  /** The doctor's latest verdict, null when it never ran. */
  connection(lang: Lang): Promise<ConnectionView | null>;
  /** Runs the doctor now. */
  checkConnection(lang: Lang): Promise<ConnectionView>;
  /** The same repair as the tray's menu entry. */
  repair(lang: Lang): Promise<ActionOutcome>;
  /** The server PC-Kassa's DSN `dsnName` leads to (the settings page offers it when the file names none); null when none. */
  dsnServer(dsnName: string): Promise<string | null>;
}
