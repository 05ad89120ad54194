// Alert settings: sensible defaults, and the mapping from the user's config file.
import type { Config } from '../config.js';
import type { AlertSettings } from './model.js';

const MINUTE = 60_000;

/**
 * How often the schedule polls: the usual gap between two polls, and the longest it leaves (a night or
 * a weekend in an office-hours schedule). Taken from the schedule itself, never assumed.
 */
export interface PollRhythm {
  usualMs: number;
  longestMs: number;
}

/**
 * Defaults for a poll every `pollIntervalMs`. The grace period covers the debounce (a main till that is
 * down at start is known to be down when the grace ends); a sleep is a gap of three missed polls and at
 * least five minutes, far beyond a slow poll (connect and request time-outs are seconds), and longer than
 * any gap the schedule leaves on purpose.
 */
export function defaultAlertSettings(pollIntervalMs = MINUTE, longestGapMs = pollIntervalMs): AlertSettings {
  const unreachableAfterPolls = 3;
  return {
    enabled: true,
    pollIntervalMs,
    unreachableAfterPolls,
    reachableAfterPolls: 2,
    graceMs: Math.max(3 * MINUTE, unreachableAfterPolls * pollIntervalMs),
    sleepGapMs: Math.max(5 * MINUTE, 4 * pollIntervalMs, longestGapMs + pollIntervalMs),
    dailyReminder: false,
    quietHours: null,
    flapping: { windowMs: 30 * MINUTE, pollChanges: 6, confirmedChanges: 3, stableMs: 15 * MINUTE },
  };
}

/** The config's `notifications` section for polls in this rhythm. */
export function alertSettingsFromConfig(notifications: Config['notifications'], rhythm: PollRhythm): AlertSettings {
  const pollIntervalMs = rhythm.usualMs;
  const base = defaultAlertSettings(pollIntervalMs, rhythm.longestMs);
  return {
    ...base,
    enabled: notifications.enabled,
    dailyReminder: notifications.dailyReminder,
    quietHours: notifications.quietHours ?? null,
    unreachableAfterPolls: notifications.unreachableAfterPolls,
    reachableAfterPolls: notifications.reachableAfterPolls,
    graceMs:
      notifications.graceMinutes === undefined
        ? Math.max(base.graceMs, notifications.unreachableAfterPolls * pollIntervalMs)
        : notifications.graceMinutes * MINUTE,
  };
}
