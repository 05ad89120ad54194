import { describe, expect, it } from 'vitest';
import type { Till } from '../../src/core/fleet.js';
import { assessFleet } from '../../src/core/rules.js';
import {
  LINE_SLOTS,
  TILL_SLOTS,
  trayView,
  type MenuSlot,
  type TrayState,
} from '../../src/core/trayModel.js';
import { formatLocalTime } from '../../src/core/localTime.js';

const now = new Date('2026-11-25T10:00:00Z');
const fleet: Till[] = [
  { name: 'KASSA1', clientId: 1, version: '38,5', role: 'main', lastSeen: '2026-11-25T08:00:00Z' },
  { name: 'KASSA2', clientId: 2, version: '38,5', role: 'sales' },
  { name: 'KASSA3', clientId: 3, version: '38.5', role: 'sales' },
  { name: 'BACKOFFICE', clientId: 4, version: '38,5', role: 'backoffice' },
];

function state(overrides: Partial<TrayState> = {}): TrayState {
  const tills = overrides.tills ?? fleet;
  return {
    lang: 'sv',
    platform: 'linux',
    connection: 'reachable',
    setupProblems: [],
    tills,
    findings: assessFleet(tills, 'sv').findings,
    autostart: false,
    now,
    ...overrides,
  };
}

const byKey = (menu: MenuSlot[], key: string): MenuSlot => {
  for (const item of menu) {
    if (item.key === key) return item;
    const inner = item.items?.find((x) => x.key === key);
    if (inner) return inner;
  }
  throw new Error(`no slot ${key}`);
};
const visibleLines = (menu: MenuSlot[]) => menu.filter((x) => x.key.startsWith('line') && !x.hidden).map((x) => x.title);
const shape = (menu: MenuSlot[]): unknown => menu.map((x) => [x.key, x.items ? shape(x.items) : null]);

describe('trayView', () => {
  it('shows a healthy fleet: green check, status line, no finding lines', () => {
    const view = trayView(state());
    expect(view.icon).toBe('ok');
    expect(byKey(view.menu, 'status').title).toBe('4 kassor – alla på 38,5');
    expect(view.tooltip).toBe('Kassavakt – 4 kassor – alla på 38,5');
    expect(visibleLines(view.menu)).toEqual([]);
    expect(byKey(view.menu, 'tills').title).toBe('Kassor (4)');
  });

  it('keeps the same slots in the same order whatever the state', () => {
    const healthy = trayView(state());
    const broken = trayView(state({ connection: 'unreachable', unreachableVerdict: 'Porten är stängd', pausedUntil: '2026-11-25T11:00:00Z' }));
    const many = trayView(state({ tills: Array.from({ length: 40 }, (_, i) => ({ name: `K${i}`, role: 'sales' as const, clientId: 1 })) }));
    expect(shape(broken.menu)).toEqual(shape(healthy.menu));
    expect(shape(many.menu)).toEqual(shape(healthy.menu));
  });

  it('shows a duplicate Client ID as an error line and a red icon', () => {
    const tills = fleet.map((x) => (x.name === 'BACKOFFICE' ? { ...x, clientId: 2 } : x));
    const view = trayView(state({ tills }));
    expect(view.icon).toBe('error');
    expect(byKey(view.menu, 'status').title).toBe('4 kassor – 1 att åtgärda');
    const lines = visibleLines(view.menu);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Fel: .*KASSA2.*BACKOFFICE|^Fel: .*BACKOFFICE.*KASSA2/);
  });

  it('shows a version behind as a warning with mixed versions in the status line', () => {
    const tills = fleet.map((x) => (x.name === 'KASSA3' ? { ...x, version: '38,4' } : x));
    const view = trayView(state({ tills }));
    expect(view.icon).toBe('warning');
    expect(byKey(view.menu, 'status').title).toBe('4 kassor – 1 att åtgärda');
    expect(visibleLines(view.menu)[0]).toMatch(/^Varning: /);
  });

  it('is grey while connecting and when unreachable, with the verdict as a line', () => {
    expect(trayView(state({ connection: 'starting', tills: [], findings: [] })).icon).toBe('offline');
    const view = trayView(state({ connection: 'unreachable', unreachableVerdict: 'Porten är stängd' }));
    expect(view.icon).toBe('offline');
    expect(byKey(view.menu, 'status').title).toBe('Huvudkassan svarar inte');
    expect(visibleLines(view.menu)).toEqual(['Porten är stängd']);
  });

  it('shows setup problems first and folds overflowing lines into "… och N till"', () => {
    const problems = Array.from({ length: 9 }, (_, i) => `problem ${i}`);
    const lines = visibleLines(trayView(state({ setupProblems: problems })).menu);
    expect(lines).toHaveLength(LINE_SLOTS);
    expect(lines[0]).toBe('problem 0');
    expect(lines[LINE_SLOTS - 1]).toBe(`… och ${9 - (LINE_SLOTS - 1)} till`);
  });

  it('lists tills with version, Client ID and last seen, and folds the rest', () => {
    const view = trayView(state());
    expect(byKey(view.menu, 'till1').title).toBe(
      `KASSA1 – 38,5 – Klient ID 1 – senast ${formatLocalTime(new Date('2026-11-25T08:00:00Z'))}`,
    );
    expect(byKey(view.menu, 'till0').title).toBe('BACKOFFICE – 38,5 – Klient ID 4 – senast okänd');
    expect(byKey(view.menu, 'till4').hidden).toBe(true);
    const many = trayView(state({ tills: Array.from({ length: TILL_SLOTS + 3 }, (_, i) => ({ name: `K${i}`, role: 'sales' as const })) }));
    expect(byKey(many.menu, 'tillsMore')).toMatchObject({ hidden: false, title: '… och 3 till' });
  });

  it('names autostart by platform and reflects its state', () => {
    expect(byKey(trayView(state({ platform: 'win32', autostart: true })).menu, 'autostart')).toMatchObject({
      title: 'Starta med Windows',
      checked: true,
      enabled: true,
    });
    expect(byKey(trayView(state({ autostart: null })).menu, 'autostart')).toMatchObject({
      title: 'Starta vid inloggning',
      enabled: false,
    });
  });

  it('shows a pause and offers to resume it only while it lasts', () => {
    const paused = trayView(state({ pausedUntil: '2026-11-25T11:00:00Z' }));
    expect(byKey(paused.menu, 'pause').title).toBe(`Aviseringar pausade till ${formatLocalTime(new Date('2026-11-25T11:00:00Z'))}`);
    expect(byKey(paused.menu, 'resume').hidden).toBe(false);
    const over = trayView(state({ pausedUntil: '2026-11-25T09:00:00Z' }));
    expect(byKey(over.menu, 'pause').title).toBe('Pausa aviseringar');
    expect(byKey(over.menu, 'resume').hidden).toBe(true);
  });

  it('speaks English and Norwegian too', () => {
    expect(trayView(state({ lang: 'en' })).tooltip).toBe('Kassavakt – 4 tills – all on 38,5');
    expect(byKey(trayView(state({ lang: 'nb' })).menu, 'checkNow').title).toBe('Kontroller nå');
  });

  it('keeps a till name with line breaks on its own menu line, in the till list and in the finding lines', () => {
    const tills: Till[] = [
      { name: 'KASSA1', clientId: 1, version: '38,5', role: 'main' },
      { name: 'K2\nAllt är bra', clientId: 2, version: '38,5', role: 'sales' },
      { name: 'K3\r\nInga fel', clientId: 2, version: '38,5', role: 'sales' },
    ];
    const view = trayView(state({ tills, findings: assessFleet(tills, 'sv').findings }));
    const titles = view.menu.flatMap((item) => [item.title, ...(item.items ?? []).map((inner) => inner.title)]);
    expect(titles.filter((title) => /[\r\n]/.test(title))).toEqual([]);
    expect(titles.some((title) => title.startsWith('K2\\u000AAllt är bra – 38,5 – Klient ID 2 – '))).toBe(true);
    expect(visibleLines(view.menu).some((line) => line.includes('K2\\u000AAllt är bra och K3\\u000D\\u000AInga fel'))).toBe(true);
    expect(view.tooltip).not.toMatch(/[\r\n]/);
  });
});

