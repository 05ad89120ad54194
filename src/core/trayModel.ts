// What the tray shows, as a pure function of the state: icon, tooltip and the whole menu. The menu
// always has the same slots in the same order (systray2 cannot add or remove items once started);
// a slot that has nothing to say is hidden.
import type { Finding, Severity } from './findings.js';
import { worstSeverity } from './findings.js';
import { t, type Lang } from './i18n.js';
import type { Till } from './fleet.js';
import { formatLocalTime } from './localTime.js';
import { formatVersion, parseVersion, sameVersion, type ParsedVersion } from './version.js';

export type IconState = 'ok' | 'warning' | 'error' | 'offline';
export type Connection = 'starting' | 'reachable' | 'unreachable';

export interface TrayState {
  lang: Lang;
  platform: string;
  connection: Connection;
  /** Lines about the settings (broken file, what is still missing), already in the user's language. */
  setupProblems: string[];
  /** One-line verdict on why the main till does not answer, already in the user's language. */
  unreachableVerdict?: string;
  tills: readonly Till[];
  findings: readonly Finding[];
  /** ISO time until which notifications are paused. */
  pausedUntil?: string;
  /** Whether the program starts at login; null when that cannot be told. */
  autostart: boolean | null;
  now: Date;
}

export const LINE_SLOTS = 6;
export const TILL_SLOTS = 24;

export type SlotKey =
  | 'status'
  | `line${number}`
  | 'tills'
  | `till${number}`
  | 'tillsMore'
  | 'separatorActions'
  | 'checkNow'
  | 'repair'
  | 'overview'
  | 'pause'
  | 'pauseHour'
  | 'pauseTomorrow'
  | 'resume'
  | 'autostart'
  | 'separatorQuit'
  | 'quit';

export interface MenuSlot {
  key: SlotKey;
  title: string;
  enabled: boolean;
  hidden: boolean;
  checked?: boolean;
  separator?: boolean;
  items?: MenuSlot[];
}

export interface TrayView {
  icon: IconState;
  tooltip: string;
  menu: MenuSlot[];
}

export function trayView(state: TrayState): TrayView {
  const status = statusLine(state);
  return {
    icon: iconState(state),
    tooltip: t(state.lang, 'tray.tooltip', { status }),
    menu: [
      slot('status', status, { enabled: false }),
      ...lineSlots(state),
      tillsSlot(state),
      separator('separatorActions'),
      slot('checkNow', t(state.lang, 'tray.checkNow')),
      slot('repair', t(state.lang, 'tray.repair')),
      slot('overview', t(state.lang, 'tray.overview')),
      pauseSlot(state),
      slot('autostart', t(state.lang, state.platform === 'win32' ? 'tray.autostart.windows' : 'tray.autostart.login'), {
        checked: state.autostart === true,
        enabled: state.autostart !== null,
      }),
      separator('separatorQuit'),
      slot('quit', t(state.lang, 'tray.quit')),
    ],
  };
}

export function iconState(state: Pick<TrayState, 'connection' | 'setupProblems' | 'findings'>): IconState {
  if (state.setupProblems.length > 0 || state.connection !== 'reachable') return 'offline';
  const worst = worstSeverity(state.findings);
  return worst === 'error' ? 'error' : worst === 'warning' ? 'warning' : 'ok';
}

/** "4 kassor – alla på 38,5": stable between polls (no clock in it) so the tooltip does not flicker. */
export function statusLine(state: TrayState): string {
  const { lang } = state;
  if (state.setupProblems.length > 0) return t(lang, 'tray.status.needsSetup');
  if (state.connection === 'starting') return t(lang, 'tray.status.starting');
  if (state.connection === 'unreachable') return t(lang, 'tray.status.unreachable');
  const count = state.tills.length;
  if (count === 0) return t(lang, 'tray.status.noTills');
  const problems = state.findings.filter((f) => f.severity !== 'info').length;
  const common = commonVersion(state.tills);
  if (problems > 0) return t(lang, 'tray.status.problems', { count, problems });
  if (common === null) return t(lang, 'tray.status.mixed', { count });
  const version = formatVersion(common);
  return count === 1 ? t(lang, 'tray.status.oneTill', { version }) : t(lang, 'tray.status.allOn', { count, version });
}

function commonVersion(tills: readonly Till[]): ParsedVersion | null {
  let common: ParsedVersion | null = null;
  for (const till of tills) {
    const parsed = till.version === undefined ? null : parseVersion(till.version, till.edition);
    if (parsed === null) return null;
    if (common === null) common = parsed;
    else if (!sameVersion(common, parsed)) return null;
  }
  return common;
}

const SEVERITY_LINE: Record<Severity, 'tray.line.error' | 'tray.line.warning' | 'tray.line.info'> = {
  error: 'tray.line.error',
  warning: 'tray.line.warning',
  info: 'tray.line.info',
};

function lineSlots(state: TrayState): MenuSlot[] {
  const { lang } = state;
  const lines = [
    ...state.setupProblems,
    ...(state.connection === 'unreachable' && state.unreachableVerdict ? [state.unreachableVerdict] : []),
    ...(state.connection === 'reachable'
      ? state.findings.map((f) => t(lang, SEVERITY_LINE[f.severity], { text: f.message }))
      : []),
  ];
  const overflow = lines.length > LINE_SLOTS;
  const shown = overflow ? [...lines.slice(0, LINE_SLOTS - 1), t(lang, 'tray.line.more', { count: lines.length - (LINE_SLOTS - 1) })] : lines;
  return Array.from({ length: LINE_SLOTS }, (_, i) => {
    const text = shown[i];
    return slot(`line${i}`, text === undefined ? '' : shorten(text), { hidden: text === undefined });
  });
}

function tillsSlot(state: TrayState): MenuSlot {
  const { lang } = state;
  const tills = [...state.tills].sort((a, b) => a.name.localeCompare(b.name));
  const items = Array.from({ length: TILL_SLOTS }, (_, i) => {
    const till = tills[i];
    return slot(`till${i}`, till ? tillLine(lang, till) : '', { hidden: till === undefined });
  });
  const more = tills.length - TILL_SLOTS;
  items.push(slot('tillsMore', more > 0 ? t(lang, 'tray.line.more', { count: more }) : '', { hidden: more <= 0, enabled: false }));
  return { ...slot('tills', t(lang, 'tray.tills', { count: tills.length }), { hidden: tills.length === 0 }), items };
}

function tillLine(lang: Lang, till: Till): string {
  const unknown = t(lang, 'tray.till.unknown');
  return t(lang, 'tray.till.line', {
    name: till.name,
    version: till.version?.trim() || unknown,
    clientId: till.clientId === undefined || String(till.clientId).trim() === '' ? unknown : String(till.clientId).trim(),
    lastSeen: till.lastSeen ? formatLocalTime(new Date(till.lastSeen)) : unknown,
  });
}

function pauseSlot(state: TrayState): MenuSlot {
  const { lang } = state;
  const paused = state.pausedUntil !== undefined && Date.parse(state.pausedUntil) > state.now.getTime();
  const title = paused
    ? t(lang, 'tray.paused', { until: formatLocalTime(new Date(state.pausedUntil!)) })
    : t(lang, 'tray.pause');
  return {
    ...slot('pause', title),
    items: [
      slot('pauseHour', t(lang, 'tray.pause.hour')),
      slot('pauseTomorrow', t(lang, 'tray.pause.tomorrow')),
      slot('resume', t(lang, 'tray.pause.resume'), { hidden: !paused }),
    ],
  };
}


const MAX_LINE = 100;

function shorten(text: string): string {
  return text.length <= MAX_LINE ? text : `${text.slice(0, MAX_LINE - 1).trimEnd()}…`;
}

function slot(key: SlotKey, title: string, options: Partial<Omit<MenuSlot, 'key' | 'title'>> = {}): MenuSlot {
  return { key, title, enabled: options.enabled ?? true, hidden: options.hidden ?? false, ...options };
}

function separator(key: SlotKey): MenuSlot {
  return { key, title: '', enabled: true, hidden: false, separator: true };
}
