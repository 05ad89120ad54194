// Whether notices are held back right now, and why: the grace period after start or wake-up, a
// snooze, or quiet hours. What is held is told later as one summary of what is still true.
import { inQuietHours } from './clock.js';
import type { AlertClock, AlertSettings, AlertState } from './model.js';

export type HoldReason = 'grace' | 'snooze' | 'quiet';

export function alertHold(state: AlertState, clock: AlertClock, settings: AlertSettings): HoldReason | null {
  if (clock.at < state.graceUntil) return 'grace';
  if (state.snoozeUntil !== null && clock.at < state.snoozeUntil) return 'snooze';
  if (inQuietHours(clock, settings.quietHours)) return 'quiet';
  return null;
}

/** Start, an explicit wake-up, the first input ever, or a clock jump far beyond the poll interval. */
export function startsGrace(state: AlertState, input: AlertClock & { type: string }, settings: AlertSettings): boolean {
  if (input.type === 'start' || input.type === 'wake' || state.lastAt === null) return true;
  return Math.abs(input.at - state.lastAt) > settings.sleepGapMs;
}
