// The "Huvudkassan" card as the page and the report render it: the gauge's level at the thresholds,
// no gauge without a limit, the size chart from two daily samples on, and the health findings (with
// the forecast once the samples span a week) in the page's list.
import { describe, expect, it } from 'vitest';
import { mainTillFindings, renderMainTillCard } from '../../src/console/pages/mainTillCard.js';
import { renderOverview } from '../../src/console/pages/overview.js';
import type { FleetView, MainTillView } from '../../src/console/model.js';
import { defaultConfig } from '../../src/core/config.js';
import { EXPRESS_DATA_LIMIT_MB } from '../../src/core/mainTill.js';

const AT = '2026-11-25T08:00:00.000Z';
const DAY = 86_400_000;

function view(dataMB: number, overrides: Partial<MainTillView> = {}): MainTillView {
  return {
    health: { edition: 'Express Edition (64-bit)', engineEdition: 4, database: { name: 'PCKassa', dataMB, logMB: 300 }, backups: [{ type: 'full', finishedAt: '2026-11-24T22:10:00.000Z' }] },
    at: AT,
    settings: defaultConfig().health,
    unreadable: [],
    login: 'kassavakt',
    sizes: [],
    ...overrides,
  };
}

const gaugeLevel = (html: string) => /class="gauge-fill (\w+)"/.exec(html)?.[1];

describe('the Huvudkassan card', () => {
  it.each([
    [0.799, 'ok'],
    [0.8, 'warning'],
    [0.95, 'error'],
  ])('at %s of the limit the gauge is %s', (share, level) => {
    expect(gaugeLevel(renderMainTillCard(view(EXPRESS_DATA_LIMIT_MB * share), 'sv', 2, {}).text)).toBe(level);
  });

  it('fills the gauge with the used data, not with a data file made larger in advance, and says both', () => {
    const presized = view(9900);
    presized.health = { ...presized.health, database: { name: 'PCKassa', dataMB: 9900, usedDataMB: 6144, logMB: 300 } };
    const html = renderMainTillCard(presized, 'sv', 2, {}).text;
    expect(gaugeLevel(html)).toBe('ok');
    expect(html).toContain('<li>Kassadatabasen: 6 av 10 GB (60\u00a0%)</li>');
    expect(html).toContain('<li>Datafilerna tar 9,7 GB på disken</li>');
    expect(mainTillFindings(presized, 'sv').map((f) => f.code)).toEqual([]);
  });

  it('has no gauge where the edition sets no limit', () => {
    const standard = view(20_000);
    standard.health = { ...standard.health, edition: 'Standard Edition (64-bit)', engineEdition: 2 };
    const html = renderMainTillCard(standard, 'sv', 2, {}).text;
    expect(html).not.toContain('svg class="gauge"');
    expect(html).toContain('Kassadatabasen: 19,5 GB');
  });

  it('draws the size over time from two daily samples on', () => {
    const sizes = Array.from({ length: 8 }, (_, i) => ({ at: new Date(Date.parse(AT) - (7 - i) * DAY).toISOString(), dataMB: 8700 + 10 * i }));
    expect(renderMainTillCard(view(8770, { sizes: sizes.slice(0, 1) }), 'sv', 2, {}).text).not.toContain('size-chart');
    const html = renderMainTillCard(view(8770, { sizes }), 'sv', 2, { timeZone: 'UTC' }).text;
    expect(/<polyline class="size-line" points="([^"]+)"/.exec(html)![1]!.split(' ')).toHaveLength(8);
    expect(html).toContain('Kassadatabasens storlek 2026-11-18–2026-11-25: från 8,5 till 8,6 GB.');
    expect(mainTillFindings(view(8770, { sizes }), 'sv')[0]!.message).toContain('full omkring april 2027');
  });

  it('puts the health findings in the overview’s list', () => {
    const fleet: FleetView = {
      poll: { state: 'ok', at: AT, server: 'KASSA1' },
      tills: [{ name: 'KASSA1', role: 'main', clientId: 1, version: '38,5', connected: true }],
      openSince: {},
      timelines: [],
      mainTill: view(EXPRESS_DATA_LIMIT_MB * 0.96, { unreadable: [{ piece: 'volume', detail: 'denied' }] }),
    };
    const page = renderOverview(fleet, 'sv', { now: AT }).text;
    expect([...page.matchAll(/data-code="(\w+)"/g)].map((m) => m[1])).toEqual(['DATABASE_NEAR_LIMIT', 'HEALTH_UNKNOWN']);
    expect(page).toContain('<section class="main-till"');
  });
});
