import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config.js';
import { renderSettings } from '../../src/console/pages/settings.js';
import { initialSettings, readSettingsForm, settingsValues } from '../../src/console/settingsForm.js';

const current = configSchema.parse({ server: 'KASSA1\\PCKASSA', user: 'kv', password: 'Hemligt-123', profile: 'SELECT 1 AS name', watchFolders: ['C:\\Updates'] });

function form(overrides: Record<string, string | undefined> = {}): URLSearchParams {
  const values = settingsValues(current);
  const fields: Record<string, string | undefined> = {
    server: values.server,
    database: values.database,
    dsnName: values.dsnName,
    auth: values.auth,
    user: values.user,
    domain: values.domain,
    pollSchedule: values.pollSchedule,
    notifyEnabled: 'on',
    quietStart: '',
    quietEnd: '',
    unreachableAfter: values.unreachableAfter,
    reachableAfter: values.reachableAfter,
    lang: values.lang,
    password: '',
    ...overrides,
  };
  return new URLSearchParams(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined));
}

describe('readSettingsForm', () => {
  it('keeps the saved password when the field is left empty, and settings the form does not show', () => {
    const result = readSettingsForm(form(), current, 'sv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.password).toBe('Hemligt-123');
    expect(result.config.profile).toBe('SELECT 1 AS name');
    expect(result.config.watchFolders).toEqual(['C:\\Updates']);
  });

  it('never puts the password into the form values', () => {
    expect(JSON.stringify(settingsValues(current))).not.toContain('Hemligt-123');
  });

  it('replaces the password when a new one is typed and removes it when asked', () => {
    const changed = readSettingsForm(form({ password: 'Nytt-456' }), current, 'sv');
    expect(changed.ok && changed.config.password).toBe('Nytt-456');
    const cleared = readSettingsForm(form({ clearPassword: 'on' }), current, 'sv');
    expect(cleared.ok && cleared.config.password).toBeUndefined();
  });

  it('keeps a saved password that cannot be opened here when the field is left empty, and only then', () => {
    const unreadable = { ...current, password: undefined };
    const kept = readSettingsForm(form(), unreadable, 'sv', true);
    expect(kept.ok && kept.keepStoredPassword).toBe(true);
    const typed = readSettingsForm(form({ password: 'Nytt-456' }), unreadable, 'sv', true);
    expect(typed.ok && [typed.keepStoredPassword, typed.config.password]).toEqual([false, 'Nytt-456']);
    const cleared = readSettingsForm(form({ clearPassword: 'on' }), unreadable, 'sv', true);
    expect(cleared.ok && cleared.keepStoredPassword).toBe(false);
    const readable = readSettingsForm(form(), current, 'sv');
    expect(readable.ok && readable.keepStoredPassword).toBe(false);
  });

  it('turns empty fields into "not set" and an unticked box into false', () => {
    const result = readSettingsForm(form({ server: '', notifyEnabled: undefined, dailyReminder: undefined }), current, 'sv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.server).toBeUndefined();
    expect(result.config.notifications.enabled).toBe(false);
  });

  it('accepts the server strings PC-Kassa uses', () => {
    for (const server of ['KASSA1\\PCKASSA', '192.168.99.60\\PCKASSA1', 'kassa1,1433', '.\\PCKASSA', 'kassa1.butik.local']) {
      expect(readSettingsForm(form({ server }), current, 'sv').ok, server).toBe(true);
    }
  });

  it('names each mistake next to its field, in the chosen language', () => {
    const result = readSettingsForm(
      form({ server: 'KASSA1,99999', pollSchedule: 'every minute', unreachableAfter: '0', reachableAfter: 'two', quietStart: '25:00', dsnName: '', lang: 'de' }),
      current,
      'en',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.server).toContain('does not look like a server address');
    expect(result.errors.pollSchedule).toContain('"every minute" is not a schedule');
    expect(result.errors.unreachableAfter).toContain('enter a whole number from 1 to 100');
    expect(result.errors.reachableAfter).toContain('enter a whole number from 1 to 100');
    expect(result.errors.quietStart).toContain('enter a time as HH:MM');
    expect(result.errors.dsnName).toContain('must not be empty');
    expect(result.errors.lang).toContain('choose one of the options');
    expect(result.values.pollSchedule).toBe('every minute');
  });

  it('wants both ends of the quiet hours or neither', () => {
    const result = readSettingsForm(form({ quietStart: '22:00' }), current, 'sv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.quietEnd).toBe('Tyst tid: fyll i både från och till, eller lämna båda tomma.');
    const both = readSettingsForm(form({ quietStart: '22:00', quietEnd: '06:00' }), current, 'sv');
    expect(both.ok && both.config.notifications.quietHours).toEqual({ start: '22:00', end: '06:00' });
  });
});

describe('initialSettings: the server PC-Kassa\'s DSN leads to, when the settings file names none', () => {
  const noServer = configSchema.parse({ user: 'kv' });

  it('fills it in and says so', () => {
    expect(initialSettings(noServer, '192.168.99.60\\PCKASSA')).toEqual({
      values: { ...settingsValues(noServer), server: '192.168.99.60\\PCKASSA' },
      serverFromDsn: true,
    });
  });

  it('keeps the file\'s server over the DSN\'s, and an empty field when the DSN names none', () => {
    expect(initialSettings(current, 'ANNAN\\PCKASSA')).toEqual({ values: settingsValues(current), serverFromDsn: false });
    expect(initialSettings(noServer, null)).toEqual({ values: settingsValues(noServer), serverFromDsn: false });
  });

  it('is saved as typed when the user confirms it with Spara', () => {
    const { values } = initialSettings(noServer, '192.168.99.60\\PCKASSA');
    const result = readSettingsForm(form({ server: values.server }), noServer, 'sv');
    expect(result.ok && result.config.server).toBe('192.168.99.60\\PCKASSA');
  });

  it('is shown on the page with where it came from, tied to the field for screen readers', () => {
    const { values } = initialSettings(noServer, '192.168.99.60\\PCKASSA');
    const page = String(renderSettings({ values, serverFromDsn: 'Nutid - PC Kassa', passwordSaved: false, configPath: 'config.json', csrf: 'x' }, 'sv'));
    expect(page).toContain('id="server" name="server" value="192.168.99.60\\PCKASSA" aria-describedby="server-note server-hint"');
    expect(page).toContain('<p class="notice" id="server-note">Ifylld från PC-Kassas ODBC-koppling (DSN &quot;Nutid - PC Kassa&quot;). Stämmer den? Klicka Spara.</p>');
    const plain = String(renderSettings({ values: settingsValues(current), passwordSaved: true, configPath: 'config.json', csrf: 'x' }, 'sv'));
    expect(plain).not.toContain('server-note');
    expect(plain).toContain('aria-describedby="server-hint"');
  });
});
