import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../src/console/html.js';
import { renderConnection } from '../../src/console/pages/connection.js';
import { parseHistoryFilter, renderHistory } from '../../src/console/pages/history.js';
import { renderOverview } from '../../src/console/pages/overview.js';
import { renderReport } from '../../src/console/report.js';
import { FIXTURE_NOW, fixtureConnection, fixtureFleet, fixtureHistory } from '../support/consoleFixture.js';

describe('html', () => {
  it('escapes every interpolated value unless it is already markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${['<', html`<br>`]}${null}${false}</p>`.text).toBe('<p><b>&lt;i&gt;</b>&lt;<br></p>');
  });
});

describe('overview page', () => {
  it('escapes what comes from the main till', () => {
    const fleet = { ...fixtureFleet, tills: [{ name: '<img src=x onerror=alert(1)>', role: 'sales' as const, version: '<b>38,5' }] };
    const page = renderOverview(fleet, 'sv', { now: FIXTURE_NOW }).text;
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>38');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('marks each till in the table with its worst problem, and only the tills that have one', () => {
    const page = renderOverview(fixtureFleet, 'sv', { now: FIXTURE_NOW }).text;
    const badge = (till: string) => {
      const row = new RegExp(`<tr data-till="${till}">(.*?)</tr>`).exec(page)![1]!;
      return /<span class="badge (\w+)">([^<]*)<\/span>/.exec(row)?.slice(1) ?? null;
    };
    expect(badge('KASSA1')).toBeNull();
    expect(badge('KASSA2')).toEqual(['error', 'FEL']);
    expect(badge('KASSA3')).toEqual(['warning', 'VARNING']);
    expect(badge('BACKOFFICE')).toEqual(['error', 'FEL']);
  });

  it('tells plainly when the main till does not answer', () => {
    const fleet = { ...fixtureFleet, poll: { state: 'unreachable' as const, at: FIXTURE_NOW, server: 'KASSA1\\PCKASSA', reason: 'Datorn KASSA1 svarar inte.' } };
    const page = renderOverview(fleet, 'sv', { now: FIXTURE_NOW, timeZone: 'UTC' }).text;
    expect(page).toContain('Kassavakt når inte huvudkassan KASSA1\\PCKASSA (senaste försök 2025-03-14 10:00): Datorn KASSA1 svarar inte.');
  });
});

describe('history filter', () => {
  it('reads the till and the period and reports a date it cannot read', () => {
    const { filter, problems } = parseHistoryFilter(new URLSearchParams('till=KASSA2&from=2025-03-01&to=14/3'), 'sv');
    expect(filter).toEqual({ till: 'KASSA2', from: '2025-03-01' });
    expect(problems).toEqual(['Till och med: "14/3" är inget datum (skriv ÅÅÅÅ-MM-DD). Alla datum visas.']);
    const page = renderHistory(fixtureHistory, 'sv', { filter, problems }).text;
    expect(page).toContain('<option value="KASSA2" selected>');
  });
});

describe('static report', () => {
  const report = renderReport({ fleet: fixtureFleet, history: fixtureHistory, lang: 'sv', now: FIXTURE_NOW, timeZone: 'UTC' });

  it('holds the overview and the history in one file without script or network', () => {
    expect(report).toContain('<svg class="timeline-chart"');
    expect(report).toContain('samma Klient ID (2)');
    expect(report).toContain('Huvudkassan nåbar per dag');
    expect(report).not.toMatch(/<script|<link|src="http|href="http|@import|url\(http/i);
    expect(report).toContain(`default-src 'none'`);
  });

  it('has no forms or links into the live console', () => {
    expect(report).not.toContain('<form');
    expect(report).not.toMatch(/href="\/(?!\/)/);
  });
});

describe('connection page', () => {
  const repairButton = (page: string) => /<form method="post" action="\/connection\/repair">.*?(<button[^>]*>)/s.exec(page)![1]!;

  it('heads a problem and makes the repair the main button', () => {
    const page = renderConnection(fixtureConnection, 'sv', { csrf: 'x' }).text;
    expect(page).toContain('<strong>Anslutningen har problem.</strong> PC-Kassas anslutning (DSN) pekar på fel dator.');
    expect(repairButton(page)).not.toContain('secondary');
  });

  it('says once that the connection works, and keeps the repair in the background', () => {
    const ok = { ...fixtureConnection, ok: true, summary: 'Anslutningen till huvudkassan (KASSA1) fungerar.' };
    const page = renderConnection(ok, 'sv', { csrf: 'x' }).text;
    expect(page).toContain('<strong>Anslutningen till huvudkassan (KASSA1) fungerar.</strong>');
    const status = /<div class="status ok" role="status">(.*?)<br>/s.exec(page)![1]!;
    expect(status).toBe('<strong>Anslutningen till huvudkassan (KASSA1) fungerar.</strong>\n');
    expect(repairButton(page)).toContain('class="secondary"');
  });
});
