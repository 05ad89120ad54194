// The main till's reachability from raw poll outcomes: debounced (N failed polls to count as down,
// M good ones to count as up again) and watched for flapping (too many changes in a window).
import type { AlertSettings, ConnectionState, PollInput, Reach } from './model.js';

/** A run of consecutive polls with the same raw outcome. */
export type Streak = NonNullable<ConnectionState['streak']>;

/** How many polls confirm a change of reachability: the debounce, also what the history records by. */
export type ReachConfirmation = Pick<AlertSettings, 'unreachableAfterPolls' | 'reachableAfterPolls'>;

export function observePoll(previous: ConnectionState, poll: PollInput, settings: AlertSettings): ConnectionState {
  const state: ConnectionState = {
    ...previous,
    pollChanges: recent(previous.pollChanges, poll.at, settings.flapping.pollChanges, settings),
    confirmedChanges: recent(previous.confirmedChanges, poll.at, settings.flapping.confirmedChanges, settings),
  };
  if (!poll.ok) state.verdict = poll.verdict;

  const changed = previous.streak !== null && previous.streak.ok !== poll.ok;
  state.streak = extendStreak(previous.streak, poll.ok);
  if (changed) state.pollChanges = [...state.pollChanges, poll.at];

  const reach = confirmedReach(state.reach, state.streak, settings);
  if (reach !== state.reach) {
    if (state.reach !== 'unknown') state.confirmedChanges = [...state.confirmedChanges, poll.at];
    state.reach = reach;
  }

  const { flapping } = settings;
  if (state.pollChanges.length >= flapping.pollChanges || state.confirmedChanges.length >= flapping.confirmedChanges) {
    state.flapping = true;
  }
  return settleFlapping(state, poll.at, settings);
}

/**
 * Whether a failed poll now would be the one that confirms the main till is down: the moment to ask
 * the connection doctor for the notice's verdict, once per outage (not for a single missed poll).
 */
export function failureWouldConfirmOutage(state: ConnectionState, settings: AlertSettings): boolean {
  const failures = state.streak?.ok === false ? state.streak.count : 0;
  return failures + 1 === settings.unreachableAfterPolls;
}

/** A flapping line is stable again after `stableMs` without any change; checked on every input. */
export function settleFlapping(state: ConnectionState, at: number, settings: AlertSettings): ConnectionState {
  if (!state.flapping) return state;
  const lastChange = [...state.pollChanges, ...state.confirmedChanges].reduce((last, time) => Math.max(last, time), -Infinity);
  if (at - lastChange < settings.flapping.stableMs) return state;
  return { ...state, flapping: false, pollChanges: [], confirmedChanges: [] };
}

/** The streak after one more poll. */
export function extendStreak(streak: Streak | null, ok: boolean): Streak {
  return streak?.ok === ok ? { ok, count: streak.count + 1 } : { ok, count: 1 };
}

/** The reachability the streak confirms, starting from the one confirmed before. */
export function confirmedReach(reach: Reach, streak: Streak, settings: ReachConfirmation): Reach {
  if (streak.ok) {
    // From "unknown" one good poll is enough: nothing was ever reported down.
    const needed = reach === 'unreachable' ? settings.reachableAfterPolls : 1;
    return streak.count >= needed ? 'reachable' : reach;
  }
  return streak.count >= settings.unreachableAfterPolls ? 'unreachable' : reach;
}

/** The changes inside the window; only the last `keep` matter, so the state stays small however fast the polls. */
function recent(times: number[], at: number, keep: number, settings: AlertSettings): number[] {
  return times.filter((time) => at - time < settings.flapping.windowMs).slice(-keep);
}
