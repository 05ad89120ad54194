// What to tell: the difference between what is true now and what the user was last told. Comparing
// against "told" (not against the previous poll) is what makes a held-back summary list only what is
// still true: a problem that came and went during a snooze leaves no difference.
import type { Finding } from '../findings.js';
import { rolloutKey } from './rollout.js';
import type { AlertSettings, AlertState, Reach, Rollout, ToldState } from './model.js';

const DAY = 24 * 60 * 60_000;

export type Change =
  | { kind: 'unreachable'; verdict: string }
  | { kind: 'reachable' }
  | { kind: 'unstable' }
  | { kind: 'stable'; reach: Reach; verdict: string }
  | { kind: 'finding' | 'cleared' | 'reminder'; key: string; finding: Finding }
  | { kind: 'update' | 'updateDone'; key: string; rollout: Rollout };

/** The changes to tell at `at`, and the told state once they are told. */
export function diffTold(state: AlertState, at: number, settings: AlertSettings): { told: ToldState; changes: Change[] } {
  const told: ToldState = structuredClone(state.told);
  const connection = connectionChanges(state, told);
  const rolloutBefore = told.rollout !== null && !told.rollout.done;
  const rollout = rolloutChanges(state.rollout, told);
  const rolloutActive = rolloutBefore || (told.rollout !== null && !told.rollout.done);
  // Concatenated, never spread into a call: 200,000 findings at once would overflow the stack.
  return { told, changes: [...connection, ...rollout, ...findingChanges(state, told, at, settings, rolloutActive)] };
}

function connectionChanges(state: AlertState, told: ToldState): Change[] {
  const { reach, flapping, verdict } = state.connection;
  if (flapping) {
    if (told.flapping) return [];
    told.flapping = true;
    return [{ kind: 'unstable' }];
  }
  if (told.flapping) {
    told.flapping = false;
    told.reach = reach;
    return [{ kind: 'stable', reach, verdict }];
  }
  const before = told.reach;
  told.reach = reach;
  if (reach === 'unreachable' && before !== 'unreachable') return [{ kind: 'unreachable', verdict }];
  if (reach === 'reachable' && before === 'unreachable') return [{ kind: 'reachable' }];
  return [];
}

/** Once per release: when it starts (if anyone is behind), and when everyone has it. */
function rolloutChanges(rollout: Rollout | null, told: ToldState): Change[] {
  if (rollout === null) {
    if (told.rollout) told.rollout = { ...told.rollout, done: true };
    return [];
  }
  const key = rolloutKey(rollout);
  const finished = rollout.behind.length === 0;
  if (told.rollout?.key !== key) {
    told.rollout = { key, done: finished };
    return finished ? [] : [{ kind: 'update', key, rollout }];
  }
  if (told.rollout.done || !finished) return [];
  told.rollout = { key, done: true };
  return [{ kind: 'updateDone', key, rollout }];
}

/**
 * Opened and cleared episodes, and daily reminders. While a rollout is being announced, the version
 * mismatch it causes is its shadow: it opens and clears without a notice of its own.
 */
function findingChanges(
  state: AlertState,
  told: ToldState,
  at: number,
  settings: AlertSettings,
  rolloutActive: boolean,
): Change[] {
  const shadowed = (key: string) => rolloutActive && key === 'VERSION_MISMATCH';
  const changes: Change[] = [];
  for (const [key, { finding }] of Object.entries(state.findings)) {
    const known = told.findings[key];
    if (!known) {
      told.findings[key] = { finding, at };
      if (!shadowed(key)) changes.push({ kind: 'finding', key, finding });
    } else if (settings.dailyReminder && at - known.at >= DAY) {
      told.findings[key] = { finding, at };
      changes.push({ kind: 'reminder', key, finding });
    } else {
      known.finding = finding;
    }
  }
  for (const [key, { finding }] of Object.entries(told.findings)) {
    if (key in state.findings) continue;
    delete told.findings[key];
    if (!shadowed(key)) changes.push({ kind: 'cleared', key, finding });
  }
  return changes;
}
