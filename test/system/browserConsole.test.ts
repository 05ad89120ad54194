// The console in Debian's Chromium, fed the fixture fleet: what a store manager sees and can do,
// and that the browser's own protections (cookie, CSP) hold.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole, type ConsoleHandle } from '../../src/console/server.js';
import { laptopPage, launchChromium, saveScreenshot } from '../support/browser.js';
import { FIXTURE_NOW, fixtureSource } from '../support/consoleFixture.js';

let browser: Browser;
let console_: ConsoleHandle;
let page: Page;
let configFile: string;
const source = fixtureSource();
const cspViolations: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kassavakt-console-'));
  configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify({ server: 'KASSA1\\PCKASSA', user: 'kassavakt', password: 'Hemligt-123' }));
  console_ = await startConsole({ source, configFile, timeZone: 'Europe/Stockholm', clock: () => new Date(FIXTURE_NOW) });
  browser = await launchChromium();
  page = await laptopPage(browser);
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await console_?.close();
});

describe('console pages in Chromium (fixture data)', () => {
  it('opens with the key, drops it from the address bar and shows the fleet', async () => {
    await page.goto(console_.url);
    expect(page.url()).toBe(`http://127.0.0.1:${console_.port}/`);
    const rows = page.locator('table.fleet tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const names = await page.locator('table.fleet tbody th').allInnerTexts();
    expect(names.map((n) => n.split(/\s/)[0])).toEqual(['KASSA1', 'KASSA2', 'KASSA3', 'BACKOFFICE']);
    const backoffice = await page.locator('tr[data-till="BACKOFFICE"]').innerText();
    expect(backoffice).toContain('backoffice');
    expect(backoffice).toContain('38,05');
    expect(backoffice).toContain('utan kontrollbox');
    await saveScreenshot(page, 'console-overview');
  });

  it('shows the findings with their advice', async () => {
    const duplicate = page.locator('li.finding[data-code="DUPLICATE_CLIENT_ID"]');
    await expect.poll(() => duplicate.count()).toBe(1);
    const text = await duplicate.innerText();
    expect(text).toContain('samma Klient ID (2)');
    expect(text).toContain('Så här gör du:');
    expect(text).toContain('Byt Klient ID på BACKOFFICE');
    expect(text).toContain('Ändra inte ID på KASSA2');
    expect(await page.locator('li.finding[data-code="EDITION_MISMATCH"]').count()).toBe(1);
  });

  it('draws the version timeline with one row per till', async () => {
    const chart = page.locator('svg.timeline-chart');
    await expect.poll(() => chart.count()).toBe(1);
    const rows = await chart.locator('g.row').evaluateAll((els) => els.map((el) => el.getAttribute('data-till')));
    expect(rows).toEqual(['KASSA1', 'KASSA2', 'KASSA3', 'BACKOFFICE']);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(800);
    expect(await page.locator('ul.legend li').allInnerTexts()).toEqual(
      expect.arrayContaining(['38,4 (med kontrollbox)', '38,5 (med kontrollbox)', '38,05 (utan kontrollbox)']),
    );
  });

  it('filters the history by till', async () => {
    await page.getByRole('link', { name: 'Historik' }).click();
    await page.getByLabel('Kassa', { exact: true }).selectOption('KASSA3');
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect.poll(() => page.locator('table.events tbody tr').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('till')).toBe('KASSA3');
    expect(await page.locator('table.uptime tbody tr').count()).toBe(3);
    await page.goto(`http://127.0.0.1:${console_.port}/history`);
    await saveScreenshot(page, 'console-history');
  });

  it('shows the doctor’s verdict and repairs with the button', async () => {
    await page.getByRole('link', { name: 'Anslutning' }).click();
    expect(await page.locator('ol.probes li').count()).toBe(4);
    await saveScreenshot(page, 'console-connection');
    await page.getByRole('button', { name: 'Reparera anslutningen' }).click();
    await expect.poll(() => page.locator('p.notice.ok').count()).toBe(1);
    expect(source.repairs).toBe(1);
    expect(await page.locator('p.notice.ok').innerText()).toContain('pekar nu på KASSA1');
  });

  it('saves settings with user-only permissions and never sends the password back', async () => {
    await page.getByRole('link', { name: 'Inställningar' }).click();
    const html = await page.content();
    expect(html).not.toContain('Hemligt-123');
    expect(await page.locator('#password-hint').innerText()).toContain('sparat');
    await page.getByLabel('Hur ofta (schema)').fill('*/5 * * * *');
    await page.getByLabel('Från', { exact: true }).fill('22:00');
    await page.getByLabel('Till', { exact: true }).fill('06:00');
    await saveScreenshot(page, 'console-settings');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => page.locator('p.notice.ok').count()).toBe(1);
    const saved = JSON.parse(readFileSync(configFile, 'utf8'));
    expect(saved.pollSchedule).toBe('*/5 * * * *');
    expect(saved.notifications.quietHours).toEqual({ start: '22:00', end: '06:00' });
    expect(saved.password).toBe('Hemligt-123');
    expect(statSync(configFile).mode & 0o777).toBe(0o600);
    expect(await page.content()).not.toContain('Hemligt-123');
  });

  it('rejects bad settings with a clear message and keeps the file', async () => {
    const before = readFileSync(configFile, 'utf8');
    await page.getByLabel('Hur ofta (schema)').fill('varje minut');
    await page.getByLabel('Varna när huvudkassan inte har svarat så här många kontroller i rad').fill('0');
    await page.getByRole('button', { name: 'Spara' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    const text = await alert.innerText();
    expect(text).toContain('Inställningarna sparades inte.');
    expect(text).toContain('"varje minut" går inte att läsa som schema');
    expect(text).toContain('skriv ett heltal från 1 till 100');
    expect(await page.locator('#pollSchedule').getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'console-settings-error');
    expect(readFileSync(configFile, 'utf8')).toBe(before);
  });

  it('switches language with ?lang=', async () => {
    await page.goto(`http://127.0.0.1:${console_.port}/?lang=en`);
    expect(await page.locator('h1').innerText()).toBe('Overview');
    expect(await page.locator('li.finding[data-code="DUPLICATE_CLIENT_ID"]').innerText()).toContain('share the same Client ID (2)');
    await saveScreenshot(page, 'console-overview-en');
    await page.getByRole('link', { name: 'History' }).click();
    expect(await page.locator('h1').innerText()).toBe('History');
    await page.goto(`http://127.0.0.1:${console_.port}/?lang=nb`);
    expect(await page.locator('h1').innerText()).toBe('Oversikt');
    await page.goto(`http://127.0.0.1:${console_.port}/?lang=sv`);
  });

  it('can be used with the keyboard alone', async () => {
    await page.goto(`http://127.0.0.1:${console_.port}/`);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').innerText()).toBe('Hoppa till innehållet');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').innerText()).toBe('Översikt');
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).toBe('solid');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/history$/);
  });

  it('ran with no Content-Security-Policy violations', () => {
    expect(cspViolations).toEqual([]);
  });
});
