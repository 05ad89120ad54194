// The console as `kassavakt console` runs it, against the simulated main till, in Debian's Chromium;
// then the static report of the same data, opened from disk with the network switched off.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleHandle } from '../../src/console/server.js';
import { writeReportFile } from '../../src/console/runConsole.js';
import type { FleetSnapshot } from '../../src/core/fleet.js';
import { loadConfig } from '../../src/platform/configFile.js';
import { ARTIFACTS, saveScreenshot } from '../support/browser.js';
import { SIM_PASSWORD, startSimConsole, type SimConsole } from '../support/simConsole.js';

const HOST = '127.0.93.1';
const fleet: FleetSnapshot = {
  tills: [
    { name: 'KASSA1', role: 'main', clientId: 1, version: '38,5', connected: true },
    { name: 'KASSA2', role: 'sales', clientId: 2, version: '38,5', connected: true },
    { name: 'KASSA3', role: 'sales', clientId: 3, version: '38,4', connected: true },
    { name: 'BACKOFFICE', role: 'backoffice', clientId: 2, version: '38,5', connected: true },
  ],
};

let shop: SimConsole | undefined;
let browser: Browser;
let page: Page;
let session: ConsoleHandle;
let dataDir: string;
let configFile: string;
const logged: string[] = [];

beforeAll(async () => {
  shop = await startSimConsole({ host: HOST, fleet, dirPrefix: 'kassavakt-console-sim-', log: (line) => logged.push(line) });
  ({ browser, page, session, dataDir, configFile } = shop);
});

afterAll(() => shop?.close());

async function openUntilPolled(): Promise<void> {
  await page.goto(session.url);
  await expect
    .poll(async () => {
      await page.reload();
      return page.locator('table.fleet tbody tr').count();
    }, { timeout: 15_000 })
    .toBe(4);
}

describe('console against the simulated main till', () => {
  it('shows the fleet the main till reports', async () => {
    await openUntilPolled();
    expect(await page.locator('p.status.ok').innerText()).toContain('svarade');
    const names = await page.locator('table.fleet tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-till')));
    expect(names.sort()).toEqual(['BACKOFFICE', 'KASSA1', 'KASSA2', 'KASSA3']);
    expect(await page.locator('tr[data-till="KASSA3"]').innerText()).toContain('38,4');
    await saveScreenshot(page, 'console-sim-overview');
  });

  it('shows the duplicate Client ID and the version gap with their advice', async () => {
    const duplicate = await page.locator('li.finding[data-code="DUPLICATE_CLIENT_ID"]').innerText();
    expect(duplicate).toContain('samma Klient ID (2)');
    expect(duplicate).toContain('Byt Klient ID på BACKOFFICE');
    const version = await page.locator('li.finding[data-code="VERSION_MISMATCH"]').innerText();
    expect(version).toContain('Uppdatera KASSA3 till 38,5');
  });

  it('draws the version timeline from the history, one row per till', async () => {
    const rows = await page.locator('svg.timeline-chart g.row').evaluateAll((els) => els.map((el) => el.getAttribute('data-till')));
    expect([...rows].sort()).toEqual(['BACKOFFICE', 'KASSA1', 'KASSA2', 'KASSA3']);
  });

  it('lists the first sighting of each till in the history', async () => {
    await page.getByRole('link', { name: 'Historik' }).click();
    const events = await page.locator('table.events tbody').innerText();
    expect(events).toContain('KASSA3: ny kassa (säljande kassa), version 38,4, Klient ID 3');
    expect(await page.locator('table.uptime tbody tr').count()).toBe(1);
    await saveScreenshot(page, 'console-sim-history');
  });

  it('runs the connection doctor from the page', async () => {
    await page.getByRole('link', { name: 'Anslutning' }).click();
    expect(await page.locator('p.status.never').count()).toBe(1);
    await page.getByRole('button', { name: 'Kontrollera nu' }).click();
    await expect.poll(() => page.locator('.status.ok').count(), { timeout: 20_000 }).toBe(1);
    const probes = await page.locator('ol.probes').innerText();
    expect(probes).toContain('Inloggning');
    expect(await page.content()).not.toContain(SIM_PASSWORD);
    await saveScreenshot(page, 'console-sim-connection');
  });

  it('saves settings the running console then uses', async () => {
    await page.getByRole('link', { name: 'Inställningar' }).click();
    expect(await page.content()).not.toContain(SIM_PASSWORD);
    await page.getByLabel('Hur ofta (schema)').fill('*/10 * * * *');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => page.locator('p.notice.ok').count()).toBe(1);
    expect(JSON.parse(readFileSync(configFile, 'utf8')).pollSchedule).toBe('*/10 * * * *');
    expect(statSync(configFile).mode & 0o777).toBe(0o600);
    await page.getByRole('link', { name: 'Översikt' }).click();
    await expect.poll(() => page.locator('table.fleet tbody tr').count(), { timeout: 15_000 }).toBe(4);
    expect(logged).toEqual([]);
  });

  it('writes a report that opens from disk without any network and shows the same data', async () => {
    const out = join(ARTIFACTS, 'console-report.html');
    // An artifact left by an earlier run is replaced (report refuses to overwrite a file it cannot tell is its own).
    rmSync(out, { force: true });
    const config = loadConfig(configFile, 'sv').config;
    await writeReportFile({ dataDir, config, out, lang: 'sv' });
    const context = await browser.newContext({ offline: true, viewport: { width: 1366, height: 768 } });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const report = await context.newPage();
    await report.goto(pathToFileURL(out).href);
    const names = await report.locator('table.fleet tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-till')));
    expect(names.sort()).toEqual(['BACKOFFICE', 'KASSA1', 'KASSA2', 'KASSA3']);
    expect(await report.locator('li.finding[data-code="DUPLICATE_CLIENT_ID"]').innerText()).toContain('Byt Klient ID på BACKOFFICE');
    expect(await report.locator('svg.timeline-chart g.row').count()).toBe(4);
    expect(await report.locator('table.events tbody').innerText()).toContain('KASSA3: ny kassa');
    const background = await report.evaluate('getComputedStyle(document.querySelector("thead th")).borderBottomStyle');
    expect(background).toBe('solid');
    expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
    await saveScreenshot(report, 'console-report');
    await context.close();
  });
});
