// The password in config.json at the seam to the system's protection: a plain password from before is
// sealed on first read with every other setting kept, a value this user cannot open asks for the
// password again and leaves the file alone. DPAPI cannot exist on Linux, so a stand-in protector plays
// it here (sealed per user, refuses another user's value); test/system/dpapi-wine.test.ts runs the real one.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { resolveConnection } from '../../src/cli/options.js';
import { loadConfig, parseConfig, saveConfig } from '../../src/platform/configFile.js';
import { SecretError, type SecretProtector } from '../../src/platform/secret/index.js';

const PASSWORD = 'Hemligt-åäö 2026';
const dir = mkdtempSync(join(tmpdir(), 'kv-secret-'));
let n = 0;

function configFile(content: unknown): string {
  const path = join(dir, `config-${n++}.json`);
  writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`);
  chmodSync(path, 0o600);
  return path;
}

/**
 * Seals for one user only, so that another user's value is refused as DPAPI refuses it; like DPAPI,
 * sealing the same password twice gives different bytes (a rewrite of the file would show).
 */
function standIn(user: string): SecretProtector {
  const scramble = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ 0x5a));
  return {
    scheme: 'dpapi',
    protect: (secret) => scramble(Buffer.from(JSON.stringify({ user, secret, salt: randomBytes(8).toString('hex') }))).toString('base64'),
    unprotect: (sealed) => {
      let opened: { user?: string; secret?: string };
      try {
        opened = JSON.parse(scramble(Buffer.from(sealed, 'base64')).toString('utf8'));
      } catch {
        throw new SecretError('unreadable', 'damaged');
      }
      if (opened.user !== user || typeof opened.secret !== 'string') throw new SecretError('unreadable', 'another user');
      return opened.secret;
    },
  };
}

const unavailable: SecretProtector = {
  scheme: 'dpapi',
  protect: () => {
    throw new SecretError('unavailable', 'Cannot find the native Koffi module');
  },
  unprotect: () => {
    throw new SecretError('unavailable', 'Cannot find the native Koffi module');
  },
};

const earlierSettings = {
  server: 'KASSA1\\PCKASSA',
  user: 'kassavakt',
  password: PASSWORD,
  database: 'PCKassa',
  profile: 'SELECT Datornamn AS name FROM dbo.Kassor',
  watchFolders: ['D:\\Hämtade filer'],
  notifications: { quietHours: { start: '22:00', end: '07:00' } },
};

function sealedBy(user: string): Record<string, unknown> {
  return { ...earlierSettings, password: { dpapi: standIn(user).protect(PASSWORD) } };
}

describe('a plain password where the system can protect it', () => {
  it('is sealed in the file on first read, every other setting kept as it was', () => {
    const path = configFile(earlierSettings);
    const loaded = loadConfig(path, 'sv', standIn('anna'));
    expect(loaded.config.password).toBe(PASSWORD);
    expect(loaded.passwordUnreadable).toBeUndefined();

    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('Hemligt');
    const written = JSON.parse(text);
    expect(Object.keys(written)).toEqual(Object.keys(earlierSettings));
    expect({ ...written, password: PASSWORD }).toEqual(earlierSettings);
    expect(Object.keys(written.password)).toEqual(['dpapi']);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('reads the same settings from the sealed file afterwards, without writing it again', () => {
    const path = configFile(earlierSettings);
    const first = loadConfig(path, 'sv', standIn('anna')).config;
    const sealedText = readFileSync(path, 'utf8');
    const second = loadConfig(path, 'sv', standIn('anna'));
    expect(second.config).toEqual(first);
    expect(readFileSync(path, 'utf8')).toBe(sealedText);
  });

  it('keeps the file as it was when sealing fails, and still works from the plain value', () => {
    const path = configFile(earlierSettings);
    const before = readFileSync(path, 'utf8');
    expect(loadConfig(path, 'sv', unavailable).config.password).toBe(PASSWORD);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('is not touched when another setting is wrong: the mistake is named, the file stays', () => {
    const path = configFile({ ...earlierSettings, pollSchedule: 'varje minut' });
    const before = readFileSync(path, 'utf8');
    expect(() => loadConfig(path, 'sv', standIn('anna'))).toThrow(/pollSchedule: "varje minut" är inget giltigt schema/);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('is left as it is when it is empty: there is nothing to hide', () => {
    // Written compactly, so that a rewrite would show.
    const path = join(dir, 'empty-password.json');
    const before = JSON.stringify({ ...earlierSettings, password: '' });
    writeFileSync(path, before);
    expect(loadConfig(path, 'sv', standIn('anna')).config.password).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('stays plain where there is no protector (Linux: the file is readable by the user only)', () => {
    const path = configFile(earlierSettings);
    const before = readFileSync(path, 'utf8');
    expect(loadConfig(path, 'sv', null).config.password).toBe(PASSWORD);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('a sealed password this user cannot open', () => {
  it('gives the other settings without a password and leaves the file byte for byte', () => {
    const path = configFile(sealedBy('anna'));
    const before = readFileSync(path, 'utf8');
    const loaded = loadConfig(path, 'sv', standIn('bertil'));
    expect(loaded.passwordUnreadable).toBe(true);
    expect(loaded.config.password).toBeUndefined();
    expect(loaded.config).toMatchObject({ server: 'KASSA1\\PCKASSA', user: 'kassavakt', profile: earlierSettings.profile });
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('is one line in the user’s language from every command that reads the settings', () => {
    // The real Linux protector (none): a file sealed on Windows cannot be opened here either.
    const path = configFile({ ...sealedBy('anna'), lang: 'nb' });
    const before = readFileSync(path, 'utf8');
    const refusal = (lang?: 'en') => {
      try {
        resolveConnection({ config: path, lang }, lang ?? 'nb', {});
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        return (error as UserError).message;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal()).toBe(
      `${path}: det lagrede passordet til SQL-påloggingen kan ikke leses her (det ble lagret av en annen Windows-bruker eller på en annen datamaskin). Skriv inn passordet på nytt: kassavakt login, eller under Innstillinger i oversikten.`,
    );
    expect(refusal('en')).toMatch(/: the saved password of the SQL login cannot be read here .*Enter the password again: kassavakt login/);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('does not stop a command that was given the password another way', () => {
    const path = configFile(sealedBy('anna'));
    expect(resolveConnection({ config: path }, 'sv', { KASSAVAKT_PASSWORD: 'från miljön' }).password).toBe('från miljön');
    expect(resolveConnection({ config: path, password: 'från kommandoraden' }, 'sv', {}).password).toBe('från kommandoraden');
  });

  it('is refused the same way when the sealed value is damaged', () => {
    const path = configFile({ ...earlierSettings, password: { dpapi: 'inte base64 från DPAPI' } });
    expect(loadConfig(path, 'sv', standIn('anna')).passwordUnreadable).toBe(true);
  });
});

describe('when the protection itself cannot be loaded', () => {
  it('says so in one line that names the file, instead of a stack trace', () => {
    const path = configFile(sealedBy('anna'));
    expect(() => loadConfig(path, 'en', unavailable)).toThrow(
      new UserError(`${path}: the Windows protection of the password (DPAPI) could not be used (Cannot find the native Koffi module). Reinstall Kassavakt.`),
    );
    const config = parseConfig({ password: PASSWORD, lang: 'sv' }, 'sv');
    expect(() => saveConfig(join(dir, 'new.json'), config, { protector: unavailable })).toThrow(/Windows skydd för lösenordet \(DPAPI\) gick inte att använda/);
  });
});

describe('saveConfig (the settings page and kassavakt login)', () => {
  it('seals the password where the system can, and reads it back', () => {
    const path = join(dir, 'saved-sealed.json');
    saveConfig(path, parseConfig({ server: 'KASSA1', password: PASSWORD }, 'sv'), { protector: standIn('anna') });
    expect(readFileSync(path, 'utf8')).not.toContain('Hemligt');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadConfig(path, 'sv', standIn('anna')).config.password).toBe(PASSWORD);
  });

  it('writes it as it is into the user-only file where there is no protector', () => {
    const path = join(dir, 'saved-plain.json');
    saveConfig(path, parseConfig({ server: 'KASSA1', password: PASSWORD }, 'sv'), { protector: null });
    expect(JSON.parse(readFileSync(path, 'utf8')).password).toBe(PASSWORD);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('writes no password key when there is none, and an empty one as it is', () => {
    const path = join(dir, 'saved-none.json');
    saveConfig(path, parseConfig({ server: 'KASSA1' }, 'sv'), { protector: standIn('anna') });
    expect(JSON.parse(readFileSync(path, 'utf8'))).not.toHaveProperty('password');
    saveConfig(path, parseConfig({ server: 'KASSA1', password: '' }, 'sv'), { protector: standIn('anna') });
    expect(JSON.parse(readFileSync(path, 'utf8')).password).toBe('');
  });
});

describe('a password value that is neither plain nor sealed', () => {
  it('is named by the settings schema as before', () => {
    const path = configFile({ server: 'KASSA1', password: 1234 });
    expect(() => loadConfig(path, 'en', standIn('anna'))).toThrow(`${path}: password: wrong type (must be string)`);
  });
});
