// Reading config.json: every mistake is one line in the user's language that names the file and,
// where there is one, the setting or the place in the text.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { loadConfig, parseConfig } from '../../src/platform/configFile.js';
import { readErrorText, writeErrorText } from '../../src/platform/fileErrorText.js';

const dir = mkdtempSync(join(tmpdir(), 'kv-configfile-'));
let n = 0;
function file(text: string): string {
  const path = join(dir, `config-${n++}.json`);
  writeFileSync(path, text);
  return path;
}

function loadError(path: string, lang: 'sv' | 'nb' | 'en' = 'sv'): string {
  try {
    loadConfig(path, lang);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('loadConfig', () => {
  it('gives the line and character of a JSON mistake, not the engine’s English', () => {
    const path = file('{\n  "server": "KASSA1",\n  "user": "kv",\n}\n');
    expect(loadError(path)).toBe(`${path}: är inte giltig JSON (fel på rad 4, tecken 1)`);
    expect(loadError(path, 'en')).toBe(`${path}: is not valid JSON (error at line 4, character 1)`);
  });

  it('says when the text ends too early', () => {
    const path = file('{ "server": ');
    expect(loadError(path)).toBe(`${path}: är inte giltig JSON (texten tar slut för tidigt; saknas en } eller ett "?)`);
  });

  it('never repeats the file’s text (it may hold the password) when the engine gives no place', () => {
    const path = file('{\n  "password": "Hemligt-1", x\n');
    const message = loadError(path, 'nb');
    expect(message).not.toContain('Hemligt');
    expect(message).toMatch(/: er ikke gyldig JSON/);
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(loadConfig(file('\uFEFF{ "server": "KASSA1" }'), 'sv').config.server).toBe('KASSA1');
  });

  it('names a bad schedule and a bad till program pattern in the chosen language', () => {
    const schedule = file(JSON.stringify({ pollSchedule: 'varje minut' }));
    expect(loadError(schedule)).toBe(`${schedule}: pollSchedule: "varje minut" är inget giltigt schema (cron-uttryck), t.ex. "* * * * *" för varje minut`);
    const pattern = file(JSON.stringify({ tillProgramPattern: 'pc(kassa' }));
    expect(loadError(pattern, 'en')).toBe(`${pattern}: tillProgramPattern: is not a valid pattern (regular expression)`);
  });

  // The range message lost a bound: "browserPort: out of range (1–)".
  it.each([
    [{ browserPort: 0 }, 'browserPort: must be at least 1'],
    [{ browserPort: 70000 }, 'browserPort: must be at most 65535'],
    [{ notifications: { unreachableAfterPolls: 0 } }, 'notifications.unreachableAfterPolls: must be at least 1'],
    [{ retention: { hourlyDays: 5000 } }, 'retention.hourlyDays: must be at most 3650'],
    [{ server: '  ' }, 'server: must not be empty'],
    [{ watchFolders: [''] }, 'watchFolders.0: must not be empty'],
  ])('names the bound a setting crossed: %j', (settings, expected) => {
    const path = file(JSON.stringify(settings));
    expect(loadError(path, 'en')).toBe(`${path}: ${expected}`);
  });

  it('says that a folder is not a file', () => {
    const folder = join(dir, 'a-folder.json');
    mkdirSync(folder);
    expect(loadError(folder)).toBe(`${folder}: är en mapp, inte en fil`);
  });

  it('is a first run when there is no file', () => {
    expect(loadConfig(join(dir, 'none.json'), 'sv')).toMatchObject({ exists: false, config: { pollSchedule: '* * * * *' } });
  });
});

describe('parseConfig', () => {
  it('refuses a schedule from the settings page too', () => {
    expect(() => parseConfig({ pollSchedule: '61 * * * *' }, 'en', 'Settings')).toThrow('Settings: pollSchedule: "61 * * * *" is not a valid schedule');
    expect(parseConfig({ pollSchedule: '*/5 * * * *' }, 'en').pollSchedule).toBe('*/5 * * * *');
  });
});

describe('health.* thresholds in order', () => {
  // A warning above its error (95.5 % with these) used to be accepted, and such a database got no finding.
  it.each([
    [{ sizeWarningPercent: 96 }, 'config: health.sizeWarningPercent: must not be more than health.sizeErrorPercent (95): the warning comes before the error'],
    [{ backupMaxAgeHours: 200, backupErrorDays: 7 }, 'config: health.backupMaxAgeHours: must not be more than health.backupErrorDays (7 × 24 = 168): the warning comes before the error'],
    [{ diskWarningPercent: 1 }, 'config: health.diskWarningPercent: must not be less than health.diskErrorPercent (2): the warning comes before the error'],
    [{ diskWarningGB: 0.5 }, 'config: health.diskWarningGB: must not be less than health.diskErrorGB (1): the warning comes before the error'],
  ])('refuses %j in one line', (health, message) => {
    expect(() => parseConfig({ health }, 'en')).toThrow(new UserError(message));
  });

  it('accepts a warning equal to its error, and says it in the user’s language from the file', () => {
    expect(parseConfig({ health: { sizeWarningPercent: 95, backupMaxAgeHours: 168, diskWarningGB: 1 } }, 'en').health.sizeWarningPercent).toBe(95);
    const path = join(dir, 'settings.json');
    writeFileSync(path, JSON.stringify({ health: { sizeWarningPercent: 96 } }));
    expect(() => loadConfig(path, 'sv')).toThrow('health.sizeWarningPercent: får inte vara större än health.sizeErrorPercent (95): varningen ska komma före felet');
  });
});

describe('readErrorText and writeErrorText', () => {
  it('turns error codes into words', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: something`), { code });
    expect(readErrorText(error('EACCES'), 'sv')).toBe('du saknar behörighet att läsa filen');
    expect(readErrorText(error('EPERM'), 'en')).toBe('you are not allowed to read the file');
    expect(readErrorText(error('ENOENT'), 'nb')).toBe('filen finnes ikke');
    expect(readErrorText(error('ENOTDIR'), 'en')).toBe('part of the path is a file, not a folder');
    expect(readErrorText(error('EBUSY'), 'sv')).toBe('kan inte läsas: EBUSY');
  });

  it('says why a file could not be written, never as a bare code where words exist', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: something`), { code });
    expect(writeErrorText(error('ENOENT'), 'sv')).toBe('mappen finns inte');
    expect(writeErrorText(error('ENOTDIR'), 'sv')).toBe('en del av sökvägen är en fil, inte en mapp');
    expect(writeErrorText(error('EPERM'), 'en')).toBe('you are not allowed to write there');
    expect(writeErrorText(error('EROFS'), 'nb')).toBe('disken er skrivebeskyttet');
    expect(writeErrorText(error('ENOSPC'), 'en')).toBe('the disk is full');
    expect(writeErrorText(error('EISDIR'), 'en')).toBe('it is a folder');
    expect(writeErrorText(error('EIO'), 'sv')).toBe('kan inte skrivas: EIO');
  });

});
