// The settings page over HTTP when the saved password cannot be opened here (a DPAPI value sealed by
// another Windows user or on another PC; on Linux no DPAPI value can be opened): the page says so in
// the catalog's words, and saving other settings without typing a password keeps the sealed value.
// And when the settings file cannot be written: the page says why, in its own language.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startConsole, type ConsoleHandle } from '../../src/console/server.js';
import { t } from '../../src/core/i18n.js';
import { FIXTURE_NOW, fixtureSource } from '../support/consoleFixture.js';
import { saveSettings, send, signIn, type Answer } from '../support/consoleHttp.js';

const SEALED = { dpapi: 'AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAAd2FzIHNlYWxlZCBieSBhbm90aGVyIHVzZXI=' };
const dir = mkdtempSync(join(tmpdir(), 'kassavakt-console-settings-'));
const opened: ConsoleHandle[] = [];
afterAll(async () => {
  for (const handle of opened) await handle.close();
});

function settingsFile(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, `${JSON.stringify({ server: 'KASSA1\\PCKASSA', user: 'kassavakt', password: SEALED }, null, 2)}\n`, { mode: 0o600 });
  return path;
}

/**
 * A console over `configFile`, signed in: its settings page, and saving the form with `fields` changed;
 * `lang`: the page in that language (`?lang=`), else the settings file's.
 */
async function consoleOver(configFile: string, lang?: string): Promise<{ page: () => Promise<string>; save: (fields: Record<string, string>) => Promise<Answer> }> {
  const own = await startConsole({ source: fixtureSource(), configFile, clock: () => new Date(FIXTURE_NOW) });
  opened.push(own);
  const cookie = await signIn(own.port, own.newUrl());
  const settingsPath = lang ? `/settings?lang=${lang}` : '/settings';
  const page = async () => (await send(own.port, settingsPath, { headers: { Cookie: cookie } })).body;
  const save = (fields: Record<string, string>) => saveSettings(own.port, cookie, { server: 'KASSA1\\PCKASSA', password: '', ...fields }, settingsPath);
  return { page, save };
}
describe('the settings page with a saved password that cannot be opened here', () => {
  it('says so in the catalog\'s words, not "not set"', async () => {
    const path = settingsFile('unreadable.json');
    const { page } = await consoleOver(path);
    const html = await page();
    expect(html).toContain(t('sv', 'secret.unreadable', { path }));
    expect(html).toContain('Nu: sparat, men går inte att läsa här.');
    expect(html).not.toContain('inte angivet');
    expect(html).toContain('name="clearPassword"');
  });

  it('keeps the sealed value exactly when other settings are saved without a password', async () => {
    const path = settingsFile('keep.json');
    const { save } = await consoleOver(path);
    expect((await save({})).status).toBe(303);
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    expect(saved.pollSchedule).toBe('*/5 * * * *');
    expect(saved.password).toEqual(SEALED);
  });

  it('replaces it with a password typed on the page, after which it reads as saved', async () => {
    const path = settingsFile('replace.json');
    const { save, page } = await consoleOver(path);
    expect((await save({ password: 'Nytt-456' })).status).toBe(303);
    expect(JSON.parse(readFileSync(path, 'utf8')).password).toBe('Nytt-456');
    const html = await page();
    expect(html).toContain('Nu: sparat.');
    expect(html).not.toContain('id="password-unreadable"');
  });

  it('removes it when asked', async () => {
    const path = settingsFile('clear.json');
    const { save } = await consoleOver(path);
    expect((await save({ clearPassword: 'on' })).status).toBe(303);
    expect(JSON.parse(readFileSync(path, 'utf8'))).not.toHaveProperty('password');
  });
});

describe('the settings page when the settings file cannot be written', () => {
  it('says why in the page\'s language, keeps what was typed, and creates nothing', async () => {
    // sysfs refuses to create anything in it, even for root.
    const path = '/sys/kassavakt-console-settings/config.json';
    const { save } = await consoleOver(path, 'en');
    const answer = await save({ pollSchedule: '*/10 * * * *' });
    expect(answer.status).toBe(500);
    expect(answer.body).toContain(t('en', 'console.settings.notSaved'));
    expect(answer.body).toContain(t('en', 'output.settingsNotSaved', { path, reason: t('en', 'output.noPermission') }));
    expect(answer.body).toContain('id="pollSchedule" name="pollSchedule" value="*/10 * * * *"');
    expect(existsSync(dirname(path))).toBe(false);
  });
});
