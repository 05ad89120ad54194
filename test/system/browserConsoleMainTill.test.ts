// The "Huvudkassan" card in Debian's Chromium: the console against a simulated main till whose
// database nears the Express limit and whose last backup is old (from the fleet file's mainTill),
// then the static report of the same data. Saves a screenshot of the card.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleHandle } from '../../src/console/server.js';
import { writeReportFile } from '../../src/console/runConsole.js';
import type { FleetSnapshot } from '../../src/core/fleet.js';
import type { PollSuccess } from '../../src/core/poll.js';
import { loadConfig } from '../../src/platform/configFile.js';
import { openHistoryStore } from '../../src/store/index.js';
import { ARTIFACTS } from '../support/browser.js';
import { startSimConsole, type SimConsole } from '../support/simConsole.js';

const HOST = '127.0.93.7';
const DAY = 86_400_000;
const fleet: FleetSnapshot = {
  tills: [
    { name: 'KASSA1', role: 'main', clientId: 1, version: '38,5', connected: true },
    { name: 'KASSA2', role: 'sales', clientId: 2, version: '38,5', connected: true },
    { name: 'BACKOFFICE', role: 'backoffice', clientId: 3, version: '38,5', connected: true },
  ],
  mainTill: {
    startedAt: new Date(Date.now() - 12 * DAY).toISOString(),
    database: { name: 'PCKassa', dataMB: 8806, logMB: 310 },
    backups: [{ type: 'full', finishedAt: new Date(Date.now() - 3 * DAY).toISOString(), file: 'D:\\Backup\\PCKassa_dagsavslut.BAK' }],
    volume: { totalMB: 238_000, freeMB: 151_000 },
  },
};

/** Ten days of daily health readings before today: the data grew 10 MB a day to 8,806 MB (files full). */
function seedSizeHistory(dir: string): void {
  const store = openHistoryStore({ dir, lang: 'sv' });
  for (let day = 10; day >= 1; day--) {
    const at = new Date(Date.now() - day * DAY).toISOString();
    const poll: PollSuccess = {
      ok: true,
      at,
      latencyMs: 5,
      server: { machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa', login: 'kassavakt' },
      sessions: [],
      snapshot: { tills: fleet.tills },
      mainTill: { ...fleet.mainTill, database: { name: 'PCKassa', dataMB: 8806 - day * 10, usedDataMB: 8806 - day * 10, logMB: 310 }, readAt: at, unreadable: [] },
    };
    store.recordPoll(poll, []);
  }
  store.close();
}

let shop: SimConsole | undefined;
let browser: Browser;
let page: Page;
let session: ConsoleHandle;
let configFile: string;
let dataDir: string;

beforeAll(async () => {
  shop = await startSimConsole({ host: HOST, fleet, dirPrefix: 'kassavakt-console-maintill-', seed: seedSizeHistory });
  ({ browser, page, session, dataDir, configFile } = shop);
});

afterAll(() => shop?.close());

describe('the Huvudkassan card', () => {
  it('shows the size against the 10 GB limit, the backup age and the findings, in Swedish', async () => {
    await page.goto(session.url);
    await expect
      .poll(async () => {
        await page.reload();
        return page.locator('section.main-till').count();
      }, { timeout: 15_000 })
      .toBe(1);
    const card = page.locator('section.main-till');
    expect(await card.locator('h2').innerText()).toBe('Huvudkassan');
    const facts = await card.locator('ul.main-till-facts li').allInnerTexts();
    expect(facts).toEqual([
      'Utgåva: Express Edition (64-bit)',
      'Kassadatabasen: 8,6 av 10 GB (86\u00a0%)',
      expect.stringMatching(/^Senaste säkerhetskopia: \d{4}-\d\d-\d\d \d\d:\d\d \(3 dygn sedan\)$/),
      'Ledigt på disken: 147,5 av 232,4 GB',
      expect.stringMatching(/^Igång sedan: \d{4}-\d\d-\d\d \d\d:\d\d$/),
    ]);
    const gauge = card.locator('svg.gauge');
    expect(await gauge.getAttribute('aria-label')).toBe('Kassadatabasen: 8,6 av 10 GB (86\u00a0%)');
    const fill = await gauge.locator('rect.gauge-fill').evaluate((el) => ({ cls: el.getAttribute('class'), width: Number(el.getAttribute('width')) }));
    expect(fill.cls).toBe('gauge-fill warning');
    expect(fill.width).toBeCloseTo(320 * (8806 / 10240), 0);
    expect(await page.locator('li.finding[data-code="DATABASE_NEAR_LIMIT"]').innerText()).toMatch(
      /Kassadatabasen är 8,6 av 10 GB \(86\s%\) och har vuxit 0,3 GB i månaden de senaste 10 dygnen: full omkring \w+ \d{4}\./,
    );
    expect(await card.locator('figure.size-chart polyline.size-line').getAttribute('points')).toMatch(/^(\S+ ){10}\S+$/);
    expect(await card.locator('figure.size-chart figcaption').innerText()).toMatch(/^Kassadatabasens storlek .+: från 8,5 till 8,6 GB\.$/);
    expect(await page.locator('li.finding[data-code="BACKUP_STALE"]').innerText()).toContain('D:\\Backup\\PCKassa_dagsavslut.BAK');
    await card.screenshot({ path: join(ARTIFACTS, 'console-main-till-card.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'console-main-till-overview.png'), fullPage: true });
  });

  it('is in the static report too', async () => {
    const out = join(ARTIFACTS, 'console-main-till-report.html');
    // An artifact left by an earlier run is replaced (report refuses to overwrite a file it cannot tell is its own).
    rmSync(out, { force: true });
    await writeReportFile({ dataDir, config: loadConfig(configFile, 'sv').config, out, lang: 'sv' });
    const report = await browser.newPage();
    await report.goto(pathToFileURL(out).href);
    expect(await report.locator('section.main-till h3').innerText()).toBe('Huvudkassan');
    expect(await report.locator('section.main-till svg.gauge rect.gauge-fill').getAttribute('class')).toBe('gauge-fill warning');
    expect(await report.locator('li.finding[data-code="BACKUP_STALE"]').count()).toBe(1);
    await report.close();
  });
});
