// When the tray asks the connection doctor: at the failed poll that confirms an outage, once.
import { describe, expect, it } from 'vitest';
import { defaultAlertSettings, evaluateAlerts, failureWouldConfirmOutage, initialAlertState, type AlertState } from '../../src/core/alerts/index.js';

const settings = defaultAlertSettings();
const start = Date.parse('2026-11-23T10:00:00Z');

/** Runs polls one minute apart; returns, for each, whether a failure there would confirm the outage. */
function asks(polls: boolean[], options = settings): boolean[] {
  let state: AlertState = initialAlertState();
  return polls.map((ok, minute) => {
    const wouldAsk = failureWouldConfirmOutage(state.connection, options);
    const input = ok ? { type: 'poll' as const, ok: true as const, findings: [], tills: [] } : { type: 'poll' as const, ok: false as const, verdict: 'x' };
    state = evaluateAlerts(state, { ...input, at: start + minute * 60_000, utcOffsetMinutes: 60 }, options, 'sv').state;
    return wouldAsk && !ok;
  });
}

describe('failureWouldConfirmOutage', () => {
  it('is true only at the third failure in a row, not for a single missed poll', () => {
    expect(asks([true, false, true, false, false, false, false, false])).toEqual([false, false, false, false, false, true, false, false]);
  });

  it('asks again for the next outage after the main till came back', () => {
    const polls = [false, false, false, true, true, false, false, false];
    expect(asks(polls).map((ask, i) => (ask ? i : -1)).filter((i) => i >= 0)).toEqual([2, 7]);
  });

  it('follows the configured debounce', () => {
    expect(asks([false, false], { ...settings, unreachableAfterPolls: 1 })).toEqual([true, false]);
  });
});
