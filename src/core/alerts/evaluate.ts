// The alert policy in one call: fold an input into the state, then tell what changed if nothing holds
// notices back. Pure: the clock is the input's `at`, the state is plain JSON.
import type { Lang } from '../i18n.js';
import { observePoll, settleFlapping } from './connection.js';
import { diffTold, type Change } from './delivery.js';
import { observeFindings } from './episodes.js';
import { alertHold, startsGrace } from './hold.js';
import type { AlertInput, AlertSettings, AlertState, Notice } from './model.js';
import { renderNotice, renderSummary } from './render.js';
import { observeReleases } from './rollout.js';

/** More changes than this at once (e.g. a new fleet) come as one summary even without a hold. */
const MOST_SINGLE_NOTICES = 3;

export function evaluateAlerts(
  previous: AlertState,
  input: AlertInput,
  settings: AlertSettings,
  lang: Lang,
): { state: AlertState; notices: Notice[] } {
  const state = observe(structuredClone(previous), input, settings);

  if (alertHold(state, input, settings) !== null) return { state: { ...state, holding: true }, notices: [] };

  const { told, changes } = diffTold(state, input.at, settings);
  const notices = settings.enabled ? compose(changes, state.holding, lang) : [];
  return { state: { ...state, told, holding: false }, notices };
}

function observe(state: AlertState, input: AlertInput, settings: AlertSettings): AlertState {
  if (startsGrace(state, input, settings)) state.graceUntil = input.at + settings.graceMs;
  state.lastAt = input.at;
  if (state.snoozeUntil !== null && input.at >= state.snoozeUntil) state.snoozeUntil = null;

  switch (input.type) {
    case 'poll':
      state.connection = observePoll(state.connection, input, settings);
      if (input.ok && input.findings !== null) state.findings = observeFindings(state.findings, input.findings, input.at);
      if (input.ok && input.tills !== null) {
        const releases = observeReleases(state.highestRelease, state.rollout, input.tills);
        state.highestRelease = releases.highestRelease;
        state.rollout = releases.rollout;
      }
      break;
    case 'snooze':
      state.snoozeUntil = input.until !== null && input.until > input.at ? input.until : null;
      state.connection = settleFlapping(state.connection, input.at, settings);
      break;
    case 'tick':
    case 'start':
    case 'wake':
      state.connection = settleFlapping(state.connection, input.at, settings);
      break;
  }
  return state;
}

/** After a hold, several changes make one summary; otherwise each change is its own notice. */
function compose(changes: Change[], afterHold: boolean, lang: Lang): Notice[] {
  if (changes.length === 0) return [];
  if ((afterHold && changes.length > 1) || changes.length > MOST_SINGLE_NOTICES) return [renderSummary(changes, lang)];
  return changes.map((change) => renderNotice(change, lang));
}
