// The settings form: from the config to the form's values and back. Each field's mistake is named in
// plain words next to that field; parseConfig has the last word on the whole. The password is
// write-only: the form never carries it, an empty field keeps it (also one that cannot be opened here).
import { isCronExpression, type Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { isLang, t, type Lang } from '../core/i18n.js';
import { parseServerString } from '../core/serverString.js';
import { parseConfig } from '../platform/configFile.js';

export interface SettingsValues {
  server: string;
  database: string;
  dsnName: string;
  auth: string;
  user: string;
  domain: string;
  pollSchedule: string;
  notifyEnabled: boolean;
  dailyReminder: boolean;
  quietStart: string;
  quietEnd: string;
  unreachableAfter: string;
  reachableAfter: string;
  lang: string;
}

export type SettingsField = keyof SettingsValues;

export type SettingsResult =
  /** `keepStoredPassword`: write the password the file holds as it is (it cannot be opened here, and none was typed). */
  | { ok: true; config: Config; keepStoredPassword: boolean }
  | { ok: false; values: SettingsValues; errors: Partial<Record<SettingsField, string>>; message?: string };

export function settingsValues(config: Config): SettingsValues {
  return {
    server: config.server ?? '',
    database: config.database ?? '',
    dsnName: config.dsnName,
    auth: config.auth,
    user: config.user ?? '',
    domain: config.domain ?? '',
    pollSchedule: config.pollSchedule,
    notifyEnabled: config.notifications.enabled,
    dailyReminder: config.notifications.dailyReminder,
    quietStart: config.notifications.quietHours?.start ?? '',
    quietEnd: config.notifications.quietHours?.end ?? '',
    unreachableAfter: String(config.notifications.unreachableAfterPolls),
    reachableAfter: String(config.notifications.reachableAfterPolls),
    lang: config.lang,
  };
}

/**
 * The form as the page first shows it: the settings file's values, and when the file names no server,
 * the one PC-Kassa's DSN leads to (`dsnServer`, which the tray then polls), filled in for the user to
 * confirm by saving.
 */
export function initialSettings(config: Config, dsnServer: string | null): { values: SettingsValues; serverFromDsn: boolean } {
  const values = settingsValues(config);
  if (config.server !== undefined || dsnServer === null) return { values, serverFromDsn: false };
  return { values: { ...values, server: dsnServer }, serverFromDsn: true };
}

const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The label a field has on the page, so an error message names what the user sees. */
export const FIELD_LABELS: Record<SettingsField, Parameters<typeof t>[1]> = {
  server: 'console.settings.server',
  database: 'console.settings.database',
  dsnName: 'console.settings.dsnName',
  auth: 'console.settings.auth',
  user: 'console.settings.user',
  domain: 'console.settings.domain',
  pollSchedule: 'console.settings.pollSchedule',
  notifyEnabled: 'console.settings.notifyEnabled',
  dailyReminder: 'console.settings.dailyReminder',
  quietStart: 'console.settings.quietStart',
  quietEnd: 'console.settings.quietEnd',
  unreachableAfter: 'console.settings.unreachableAfter',
  reachableAfter: 'console.settings.reachableAfter',
  lang: 'console.settings.lang',
};

/** `passwordUnreadable`: the file holds a password this user cannot open here (loadConfig says so). */
export function readSettingsForm(form: URLSearchParams, current: Config, lang: Lang, passwordUnreadable = false): SettingsResult {
  const text = (name: string): string => (form.get(name) ?? '').trim();
  const values: SettingsValues = {
    server: text('server'),
    database: text('database'),
    dsnName: text('dsnName'),
    auth: text('auth'),
    user: text('user'),
    domain: text('domain'),
    pollSchedule: text('pollSchedule'),
    notifyEnabled: form.has('notifyEnabled'),
    dailyReminder: form.has('dailyReminder'),
    quietStart: text('quietStart'),
    quietEnd: text('quietEnd'),
    unreachableAfter: text('unreachableAfter'),
    reachableAfter: text('reachableAfter'),
    lang: text('lang'),
  };
  const errors: Partial<Record<SettingsField, string>> = {};
  const label = (field: SettingsField): string => t(lang, FIELD_LABELS[field]);

  if (values.server && !parseServerString(values.server).ok) errors.server = t(lang, 'console.settings.badServer', { value: values.server });
  if (!values.dsnName) errors.dsnName = t(lang, 'console.settings.required', { field: label('dsnName') });
  if (values.auth !== 'sql' && values.auth !== 'ntlm') errors.auth = t(lang, 'console.settings.badChoice', { field: label('auth') });
  if (!isLang(values.lang)) errors.lang = t(lang, 'console.settings.badChoice', { field: label('lang') });
  // parseConfig would refuse it too, but only here is the mistake shown next to its field.
  if (!values.pollSchedule || !isCronExpression(values.pollSchedule)) {
    errors.pollSchedule = t(lang, 'console.settings.badSchedule', { value: values.pollSchedule });
  }
  const count = (field: 'unreachableAfter' | 'reachableAfter'): number => {
    const n = Number(values[field]);
    if (!/^\d+$/.test(values[field]) || n < 1 || n > 100) {
      errors[field] = t(lang, 'console.settings.badNumber', { field: label(field), min: 1, max: 100 });
    }
    return n;
  };
  const unreachableAfterPolls = count('unreachableAfter');
  const reachableAfterPolls = count('reachableAfter');
  for (const field of ['quietStart', 'quietEnd'] as const) {
    if (values[field] && !CLOCK_PATTERN.test(values[field])) {
      errors[field] = t(lang, 'console.settings.badTime', { field: `${t(lang, 'console.settings.quietHours')} – ${label(field)}` });
    }
  }
  if (!errors.quietStart && !errors.quietEnd && Boolean(values.quietStart) !== Boolean(values.quietEnd)) {
    errors[values.quietStart ? 'quietEnd' : 'quietStart'] = t(lang, 'console.settings.quietBoth');
  }
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };

  const typed = form.get('password') || undefined;
  const password = form.has('clearPassword') ? undefined : (typed ?? current.password);
  const keepStoredPassword = passwordUnreadable && typed === undefined && !form.has('clearPassword');
  const raw = {
    ...current,
    server: values.server || undefined,
    database: values.database || undefined,
    dsnName: values.dsnName,
    auth: values.auth,
    user: values.user || undefined,
    password,
    domain: values.domain || undefined,
    pollSchedule: values.pollSchedule,
    lang: values.lang,
    notifications: {
      ...current.notifications,
      enabled: values.notifyEnabled,
      dailyReminder: values.dailyReminder,
      quietHours: values.quietStart ? { start: values.quietStart, end: values.quietEnd } : undefined,
      unreachableAfterPolls,
      reachableAfterPolls,
    },
  };
  try {
    return { ok: true, config: parseConfig(raw, lang, t(lang, 'console.settings.heading')), keepStoredPassword };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, values, errors, message: error.message };
    throw error;
  }
}

