// Wall-clock questions the policy asks of an input's time: local time of day, quiet hours, snooze ends.
import type { AlertClock, AlertSettings } from './model.js';

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

/** Minutes since local midnight (0..1439). */
export function localMinuteOfDay(clock: AlertClock): number {
  const minutes = Math.floor(clock.at / MINUTE) + (clock.utcOffsetMinutes ?? 0);
  return ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}

/** `HH:MM` → minutes since midnight. */
export function minuteOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Inside quiet hours; a start after the end spans midnight, equal start and end means none. */
export function inQuietHours(clock: AlertClock, quietHours: AlertSettings['quietHours']): boolean {
  if (!quietHours) return false;
  const start = minuteOfDay(quietHours.start);
  const end = minuteOfDay(quietHours.end);
  const now = localMinuteOfDay(clock);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

export type SnoozeChoice = 'hour' | 'tomorrow';

/**
 * When a snooze chosen in the menu ends: an hour from now, or "until tomorrow" = the next morning at
 * the end of quiet hours (07:00 without them). Before that time of day it is this morning: a snooze at
 * 02:00 is over at 07:00, not a day later.
 */
export function snoozeUntil(choice: SnoozeChoice, clock: AlertClock, quietHours: AlertSettings['quietHours']): number {
  if (choice === 'hour') return clock.at + 60 * MINUTE;
  const morning = minuteOfDay(quietHours?.end ?? '07:00');
  const now = localMinuteOfDay(clock);
  const minutesAhead = morning > now ? morning - now : DAY_MINUTES - now + morning;
  const startOfMinute = Math.floor(clock.at / MINUTE) * MINUTE;
  return startOfMinute + minutesAhead * MINUTE;
}
