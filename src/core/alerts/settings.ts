// Alert settings: sensible defaults, and the mapping from the user's config file.
import type { Config } from '../config.js';
import type { AlertSettings } from './model.js';

const MINUTE = 60_000;

/**
 * Defaults for a poll every `pollIntervalMs`. The grace period covers the debounce (a main till that is
 * down at start is known to be down when the grace ends); a sleep is a gap of three missed polls and at
 * least five minutes, far beyond a slow poll (connect and request time-outs are seconds).
 */
export function defaultAlertSettings(pollIntervalMs = MINUTE): AlertSettings {
  const unreachableAfterPolls = 3;
  return {
    enabled: true,
    pollIntervalMs,
    unreachableAfterPolls,
    reachableAfterPolls: 2,
    graceMs: Math.max(3 * MINUTE, unreachableAfterPolls * pollIntervalMs),
    sleepGapMs: Math.max(5 * MINUTE, 4 * pollIntervalMs),
    dailyReminder: false,
    quietHours: null,
    flapping: { windowMs: 30 * MINUTE, pollChanges: 6, confirmedChanges: 3, stableMs: 15 * MINUTE },
  };
}

/** The config's `notifications` section for a poll every `pollIntervalMs`. */
export function alertSettingsFromConfig(notifications: Config['notifications'], pollIntervalMs: number): AlertSettings {
  const base = defaultAlertSettings(pollIntervalMs);
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
