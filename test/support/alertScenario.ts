// A fake clock for the alert policy: a scenario is a list of (minute, input), run through
// evaluateAlerts with the state kept as JSON between steps (as the tray keeps it), and the result is a
// timeline of notices that a test compares with exactly what a person should have been told.
import { expect } from 'vitest';
import {
  defaultAlertSettings,
  evaluateAlerts,
  initialAlertState,
  type AlertInput,
  type AlertSettings,
  type AlertState,
  type Notice,
} from '../../src/core/alerts/index.js';
import type { Role, Till } from '../../src/core/fleet.js';
import type { Lang } from '../../src/core/i18n.js';
import { assessFleet } from '../../src/core/rules.js';

const MINUTE = 60_000;
/** Minute 0 is Monday 23 November 2026, 00:00 local time in Stockholm (UTC+1). */
export const LOCAL_MIDNIGHT = Date.UTC(2026, 10, 22, 23, 0);
export const UTC_OFFSET = 60;

export type Event =
  | { type: 'ok'; tills: Till[] | null }
  | { type: 'fail'; verdict: string }
  | { type: 'tick' | 'start' | 'wake' }
  | { type: 'snooze'; untilMinute: number | null };

export type Step = [minute: number, event: Event];

export const till = (name: string, clientId: number | undefined, version: string, role: Role = 'sales'): Till => ({
  name,
  role,
  version,
  ...(clientId === undefined ? {} : { clientId }),
});

/** KASSA1 (main), KASSA2, BACKOFFICE on 38,5 with IDs 1, 2, 3. */
export const HEALTHY: Till[] = [till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38,5'), till('BACKOFFICE', 3, '38,5', 'backoffice')];
/** BACKOFFICE was installed with KASSA2's Client ID. */
export const DUPLICATE_ID: Till[] = [till('KASSA1', 1, '38,5', 'main'), till('KASSA2', 2, '38,5'), till('BACKOFFICE', 2, '38,5', 'backoffice')];
/** KASSA2 has no Client ID. */
export const MISSING_ID: Till[] = [till('KASSA1', 1, '38,5', 'main'), till('KASSA2', undefined, '38,5'), till('BACKOFFICE', 3, '38,5', 'backoffice')];
/** Both problems at once. */
export const DUPLICATE_AND_MISSING: Till[] = [
  till('KASSA1', 1, '38,5', 'main'),
  till('KASSA2', undefined, '38,5'),
  till('BACKOFFICE', 1, '38,5', 'backoffice'),
];

export const VERDICT = 'Huvudkassan KASSA1 svarar inte på port 1433: kontrollera att datorn är på.';

export const ok = (tills: Till[] | null = HEALTHY): Event => ({ type: 'ok', tills });
export const fail = (verdict = VERDICT): Event => ({ type: 'fail', verdict });
export const tick: Event = { type: 'tick' };
export const start: Event = { type: 'start' };
export const wake: Event = { type: 'wake' };
export const snooze = (untilMinute: number | null): Event => ({ type: 'snooze', untilMinute });

/** One step per minute from `from` to `to` inclusive (every `every` minutes). */
export function each(from: number, to: number, event: Event | ((minute: number) => Event), every = 1): Step[] {
  const steps: Step[] = [];
  for (let m = from; m <= to; m += every) steps.push([m, typeof event === 'function' ? event(m) : event]);
  return steps;
}

/** Local clock time on day `day` (0 = the first) → scenario minute. */
export function clock(day: number, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return day * 24 * 60 + h! * 60 + m!;
}

export function settings(overrides: Partial<AlertSettings> = {}, pollMinutes = 1): AlertSettings {
  return { ...defaultAlertSettings(pollMinutes * MINUTE), ...overrides };
}

export interface Told {
  minute: number;
  notice: Notice;
}

const assessments = new WeakMap<Till[], Map<Lang, ReturnType<typeof assessFleet>>>();

/** The fleets are shared constants: assess each once per language. */
function assessOnce(tills: Till[], lang: Lang): ReturnType<typeof assessFleet> {
  const byLang = assessments.get(tills) ?? new Map<Lang, ReturnType<typeof assessFleet>>();
  assessments.set(tills, byLang);
  const assessed = byLang.get(lang) ?? assessFleet(tills, lang);
  byLang.set(lang, assessed);
  return assessed;
}

export function toInput(minute: number, event: Event, lang: Lang): AlertInput {
  const at = LOCAL_MIDNIGHT + minute * MINUTE;
  const base = { at, utcOffsetMinutes: UTC_OFFSET };
  switch (event.type) {
    case 'ok': {
      if (event.tills === null) return { ...base, type: 'poll', ok: true, findings: null, tills: null };
      const assessed = assessOnce(event.tills, lang);
      return { ...base, type: 'poll', ok: true, findings: assessed.findings, tills: assessed.tills };
    }
    case 'fail':
      return { ...base, type: 'poll', ok: false, verdict: event.verdict };
    case 'snooze':
      return { ...base, type: 'snooze', until: event.untilMinute === null ? null : LOCAL_MIDNIGHT + event.untilMinute * MINUTE };
    default:
      return { ...base, type: event.type };
  }
}

/** Runs the steps in order; the state goes through JSON between steps, as it would on disk. */
export function runScenario(
  steps: Step[],
  options: { settings?: AlertSettings; lang?: Lang; state?: AlertState } = {},
): { told: Told[]; state: AlertState } {
  const lang = options.lang ?? 'sv';
  const alertSettings = options.settings ?? settings();
  let state = options.state ?? initialAlertState();
  const told: Told[] = [];
  for (const [minute, event] of steps) {
    const result = evaluateAlerts(state, toInput(minute, event, lang), alertSettings, lang);
    const kept = JSON.parse(JSON.stringify(result.state)) as AlertState;
    expect(kept).toEqual(result.state);
    state = kept;
    for (const notice of result.notices) told.push({ minute, notice });
  }
  return { told, state };
}

/** `m12 unreachable: Huvudkassan svarar inte` — the timeline view of what was told. */
export function timeline(told: Told[]): string[] {
  return told.map(({ minute, notice }) => `m${minute} ${notice.kind}: ${notice.title}`);
}

/** A warmed-up start: started at minute 0, healthy polls through the grace period to minute 9. */
export const STARTED: Step[] = [[0, start], ...each(0, 9, ok())];
