// The alert policy's data: what goes in (inputs, settings), what comes out (notices), and the state it
// keeps between inputs. Everything here is plain JSON so the tray and the history can keep it.
import type { Finding, Severity } from '../findings.js';
import type { AnalyzedTill } from '../rules.js';

/**
 * A moment on the clock: `at` is epoch milliseconds, `utcOffsetMinutes` the local offset from UTC at
 * that moment (`-new Date(at).getTimezoneOffset()`; +60 in Swedish winter, +120 in summer). The offset
 * travels with each input so quiet hours follow daylight saving without the policy reading the clock.
 */
export interface AlertClock {
  at: number;
  utcOffsetMinutes?: number;
}

export type PollInput = AlertClock &
  (
    | {
        type: 'poll';
        ok: true;
        /** The fleet's findings; null when the tills could not be read (nothing is re-evaluated). */
        findings: readonly Finding[] | null;
        /** The tills as `assessFleet` returns them; null when unknown. */
        tills: readonly AnalyzedTill[] | null;
      }
    | {
        type: 'poll';
        ok: false;
        /** The doctor's one-line verdict, already in the user's language. */
        verdict: string;
      }
  );

export type AlertInput =
  | PollInput
  /** Time passes without a poll: delivers what a snooze, quiet hours or a grace period held back. */
  | (AlertClock & { type: 'tick' })
  /** Hold notices back until `until` (epoch ms); null or a time not after `at` ends the snooze. */
  | (AlertClock & { type: 'snooze'; until: number | null })
  /** The program started (also when the state was kept from an earlier run). */
  | (AlertClock & { type: 'start' })
  /** The computer woke from sleep (when the OS says so; a clock jump is detected anyway). */
  | (AlertClock & { type: 'wake' });

export interface AlertSettings {
  /** False: nothing is ever notified; the state still follows the fleet. */
  enabled: boolean;
  pollIntervalMs: number;
  unreachableAfterPolls: number;
  reachableAfterPolls: number;
  /** Quiet period after start and after wake-up. */
  graceMs: number;
  /** A gap between two inputs longer than this means the computer slept. */
  sleepGapMs: number;
  dailyReminder: boolean;
  /** Local wall-clock times `HH:MM`; start after end means across midnight (22:00–07:00). */
  quietHours: { start: string; end: string } | null;
  flapping: {
    windowMs: number;
    /** Changes of the raw poll outcome (ok ↔ failed) within the window that make the line unstable. */
    pollChanges: number;
    /** Confirmed reachable ↔ unreachable changes within the window that make the line unstable. */
    confirmedChanges: number;
    /** How long without any change before it counts as stable again. */
    stableMs: number;
  };
}

export const NOTICE_KINDS = [
  'unreachable',
  'reachable',
  'unstable',
  'stable',
  'finding',
  'cleared',
  'reminder',
  'update',
  'updateDone',
  'summary',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** One desktop notification, already in the user's language. */
export interface Notice {
  kind: NoticeKind;
  severity: Severity;
  title: string;
  body: string;
  /** What the notice is about: `connection`, a finding episode key, or `update:<major>,<release>`. */
  key?: string;
}

export type Reach = 'unknown' | 'reachable' | 'unreachable';

/** The main till as the policy sees it: debounced reachability and whether the line is flapping. */
export interface ConnectionState {
  reach: Reach;
  /** Consecutive polls with the same raw outcome, and that outcome. */
  streak: { ok: boolean; count: number } | null;
  verdict: string;
  /** Times of raw outcome changes and of confirmed changes inside the flapping window. */
  pollChanges: number[];
  confirmedChanges: number[];
  flapping: boolean;
}

export interface OpenFinding {
  finding: Finding;
  openedAt: number;
}

export interface Release {
  major: number;
  release: number;
}

/** A release newer than the fleet ran before, and who is on it. */
export interface Rollout extends Release {
  version: string;
  on: string[];
  behind: string[];
}

/** What the user has been told: notices are the difference between this and the truth. */
export interface ToldState {
  reach: Reach;
  flapping: boolean;
  findings: Record<string, { finding: Finding; at: number }>;
  rollout: { key: string; done: boolean } | null;
}

export interface AlertState {
  lastAt: number | null;
  graceUntil: number;
  snoozeUntil: number | null;
  /** The last input fell in a hold (grace, snooze, quiet hours): the next delivery is a summary. */
  holding: boolean;
  connection: ConnectionState;
  findings: Record<string, OpenFinding>;
  highestRelease: Release | null;
  rollout: Rollout | null;
  told: ToldState;
}

export function initialAlertState(): AlertState {
  return {
    lastAt: null,
    graceUntil: 0,
    snoozeUntil: null,
    holding: false,
    connection: { reach: 'unknown', streak: null, verdict: '', pollChanges: [], confirmedChanges: [], flapping: false },
    findings: {},
    highestRelease: null,
    rollout: null,
    told: { reach: 'unknown', flapping: false, findings: {}, rollout: null },
  };
}
