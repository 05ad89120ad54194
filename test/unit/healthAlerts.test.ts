// The main till's health through the tray's existing findings path: a poll's findings (assessPoll)
// give the status line and one menu line per finding, and the alert policy tells once when a backup
// goes stale (not again each hour as its age grows) and once when a new backup clears it.
import { describe, expect, it } from 'vitest';
import { defaultAlertSettings, evaluateAlerts, initialAlertState, type AlertState, type Notice } from '../../src/core/alerts/index.js';
import type { MainTillReading } from '../../src/core/mainTill.js';
import type { PollSuccess } from '../../src/core/poll.js';
import { assessPoll } from '../../src/core/pollAssessment.js';
import { trayView } from '../../src/core/trayModel.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = Date.parse('2026-11-25T06:00:00Z');
const lastNight = '2026-11-24T22:10:00.000Z';
const tills = [
  { name: 'KASSA1', role: 'main' as const, clientId: 1, version: '38,5', connected: true },
  { name: 'KONTORET', role: 'backoffice' as const, clientId: 2, version: '38,5', connected: true },
];

function poll(at: number, finishedAt: string): PollSuccess {
  const mainTill: MainTillReading = {
    edition: 'Express Edition (64-bit)',
    engineEdition: 4,
    database: { name: 'PCKassa', dataMB: 2400, logMB: 300 },
    backups: [{ type: 'full', finishedAt, file: 'D:\\Backup\\CH.BAK' }],
    volume: { totalMB: 200_000, freeMB: 100_000 },
    readAt: new Date(at).toISOString(),
    unreadable: [],
  };
  return {
    ok: true,
    at: new Date(at).toISOString(),
    latencyMs: 3,
    server: { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa', login: 'kassavakt' },
    sessions: [],
    snapshot: { tills },
    mainTill,
  };
}

describe('health findings in the tray', () => {
  it('one menu line per finding and the status line counts it', () => {
    const result = poll(START + 40 * HOUR, lastNight);
    const assessment = assessPoll(result, 'sv');
    const view = trayView({ lang: 'sv', platform: 'linux', connection: 'reachable', setupProblems: [], tills: assessment.tills, findings: assessment.findings, autostart: false, now: new Date(result.at) });
    expect(view.icon).toBe('warning');
    const lines = view.menu.filter((slot) => slot.key.startsWith('line') && !slot.hidden).map((slot) => slot.title);
    expect(lines).toEqual([expect.stringContaining('Senaste säkerhetskopian av kassadatabasen gjordes')]);
  });

  it('notifies once when the backup goes stale and once when a new one clears it', () => {
    const settings = defaultAlertSettings(HOUR);
    let state: AlertState = initialAlertState();
    const told: Array<{ hour: number; notice: Notice }> = [];
    const step = (hour: number, finishedAt: string) => {
      const at = START + hour * HOUR;
      const assessment = assessPoll(poll(at, finishedAt), 'sv');
      const result = evaluateAlerts(state, { type: 'poll', ok: true, findings: assessment.findings, tills: assessment.tills, at, utcOffsetMinutes: 60 }, settings, 'sv');
      state = result.state;
      for (const notice of result.notices) told.push({ hour, notice });
    };
    state = evaluateAlerts(state, { type: 'start', at: START, utcOffsetMinutes: 60 }, settings, 'sv').state;
    for (let hour = 1; hour <= 60; hour++) step(hour, lastNight);
    step(61, new Date(START + 61 * HOUR - 30 * MINUTE).toISOString());
    expect(told.map(({ hour, notice }) => [hour, notice.kind, notice.title])).toEqual([
      [29, 'finding', 'Säkerhetskopian är gammal'],
      [61, 'cleared', 'Löst: ny säkerhetskopia'],
    ]);
  });
});
