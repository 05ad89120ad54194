import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/core/changes.js';
import { LANGS } from '../../src/core/i18n.js';
import { changeLine, renderHistory } from '../../src/cli/historyText.js';
import { describeChange, formatDuration } from '../../src/core/changeText.js';

const at = '2026-11-25T08:01:00.000Z';
const every: Change[] = [
  { type: 'till.seen', at, till: 'KASSA3', version: '38,5', edition: 'fiscal', clientId: '3', role: 'sales', connected: true },
  { type: 'till.seen', at, till: 'LAGRET', version: null, edition: null, clientId: null, role: 'backoffice', connected: false },
  { type: 'till.version', at, till: 'KASSA3', from: '38,5', to: '38,6', fromEdition: 'fiscal', toEdition: 'fiscal' },
  { type: 'till.clientId', at, till: 'KASSA3', from: '3', to: '7' },
  { type: 'till.role', at, till: 'KASSA3', from: 'sales', to: 'backoffice' },
  { type: 'till.connected', at, till: 'KASSA3' },
  { type: 'till.disconnected', at, till: 'KASSA3' },
  { type: 'finding.raised', at, key: 'X', code: 'DUPLICATE_CLIENT_ID', severity: 'error', tills: ['KASSA3', 'KONTORET'], message: 'KASSA3 och KONTORET har samma Klient ID (3).' },
  { type: 'finding.cleared', at, key: 'X', code: 'DUPLICATE_CLIENT_ID', severity: 'error', tills: ['KASSA3', 'KONTORET'], since: '2026-11-23T06:00:00.000Z' },
  { type: 'server.unreachable', at, reason: 'PORT_CLOSED', detail: 'ECONNREFUSED' },
  { type: 'server.reachable', at, since: '2026-11-25T07:46:00.000Z', reason: 'PORT_CLOSED' },
];

describe('change lines', () => {
  it('reads like the shop talks, with the local time first', () => {
    const line = changeLine(every[2]!, 'sv');
    expect(line).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d KASSA3: version 38,5 → 38,6$/);
    expect(describeChange(every[8]!, 'sv')).toBe('Löst: samma Klient ID två gånger (KASSA3 och KONTORET), pågick 2 d 2 tim');
    expect(describeChange(every[10]!, 'en')).toBe('The main till can be reached again (gone for 15 min)');
    expect(describeChange(every[1]!, 'nb')).toBe('LAGRET: ny kasse (backoffice), versjon ukjent, klient-ID ukjent, ikke tilkoblet');
  });

  it('renders every kind of change in every language without a placeholder left', () => {
    for (const lang of LANGS) for (const change of every) expect(describeChange(change, lang)).not.toMatch(/\{\w+\}|undefined/);
  });

  // Outages of a few seconds read as seconds (they read "1 min" before); from a minute on, whole
  // minutes, and minutes are dropped once it is days.
  it.each([
    [0, '1 s'],
    [400, '1 s'],
    [4_000, '4 s'],
    [10_000, '10 s'],
    [16_000, '16 s'],
    [59_499, '59 s'],
    [59_500, '1 min'],
    [60_000, '1 min'],
    [89_999, '1 min'],
    [90_000, '2 min'],
    [59 * 60_000 + 29_999, '59 min'],
    [59 * 60_000 + 30_000, '1 h'],
    [65 * 60_000, '1 h 5 min'],
    [1440 * 60_000, '1 d'],
    [(3 * 1440 + 125) * 60_000, '3 d 2 h'],
  ])('formats %i ms as "%s"', (ms, text) => {
    expect(formatDuration(ms, 'en')).toBe(text);
  });

  it('says seconds in every language, and "borta i 4 s" for a short outage', () => {
    expect(LANGS.map((lang) => formatDuration(16_000, lang))).toEqual(['16 s', '16 s', '16 s']);
    expect(formatDuration(65 * 60_000, 'sv')).toBe('1 tim 5 min');
    const reachable: Change = { type: 'server.reachable', at, since: '2026-11-25T08:00:56.000Z', reason: 'PORT_CLOSED' };
    expect(describeChange(reachable, 'sv')).toBe('Huvudkassan går att nå igen (borta i 4 s)');
  });

  it('renders a history of 200,000 events (spreading them into push() overflowed the stack)', () => {
    const events: Change[] = Array.from({ length: 200_000 }, () => ({ type: 'till.connected', at, till: 'KASSA3' }));
    const lines = renderHistory({ events, timelines: [], open: [] }, 'en').split('\n');
    expect(lines.filter((line) => line.endsWith('KASSA3: connected to the main till')).length).toBe(200_000);
  });
});
