// Reads and writes config.json: clear errors for a bad file, atomic writes, user-only permissions, and
// the password sealed where the system can protect it (platform/secret), so no caller sees the difference.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { configSchema, defaultConfig, type Config, type ConfigProblem } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import { jsonErrorText } from '../core/jsonError.js';
import { writeFileAtomically } from './atomicFile.js';
import { isFileSystemError, readErrorText, writeErrorText } from './fileErrorText.js';
import { readRegularFile } from './regularFile.js';
import { openStoredPassword, platformProtector, SecretError, storedPassword, type SecretProtector } from './secret/index.js';

export interface LoadedConfig {
  config: Config;
  /** False when no file exists yet (first run). */
  exists: boolean;
  /**
   * True when the file holds a password this user on this computer cannot open (sealed by another
   * Windows user or on another PC; `secret.unreadable` asks to enter it again). `config` has no
   * password then, and the file is left as it is.
   */
  passwordUnreadable?: boolean;
}

/**
 * Reads the settings. A plain password where the system can protect it (a file from before, or typed
 * in by hand) is sealed in the file at once; the settings themselves are the same either way.
 */
export function loadConfig(path: string, lang: Lang, protector: SecretProtector | null = platformProtector()): LoadedConfig {
  const raw = readConfigJson(path, lang);
  if (raw === undefined) return { config: defaultConfig(), exists: false };
  const opened = isRecord(raw) ? openPassword(raw.password, protector, path, lang) : undefined;
  if (!isRecord(raw) || opened === undefined) return { config: parseConfig(raw, lang, path), exists: true };
  if (!opened.ok) return { config: parseConfig({ ...raw, password: undefined }, lang, path), exists: true, passwordUnreadable: true };
  const config = parseConfig({ ...raw, password: opened.password }, lang, path);
  if (opened.sealNow) sealInPlace(path, raw, opened.password, protector);
  return { config, exists: true };
}

/** The file's JSON, or undefined when there is no file yet. A FIFO or device is refused, never waited on. */
function readConfigJson(path: string, lang: Lang): unknown {
  let text: string;
  try {
    text = readRegularFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`${path}: ${readErrorText(error, lang)}`);
  }
  // Notepad may save UTF-8 with a byte order mark, which JSON.parse does not accept.
  text = text.replace(/^\uFEFF/, '');
  try {
    return text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: ${jsonErrorText(error, text, lang)}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function openPassword(stored: unknown, protector: SecretProtector | null, path: string, lang: Lang) {
  try {
    return openStoredPassword(stored, protector);
  } catch (error) {
    throw unavailableError(error, path, lang);
  }
}

/**
 * Rewrites the file with the password sealed and every other key as it was. Best effort: when the file
 * cannot be written now, it keeps what it had (nothing is lost) and the next read tries again.
 */
function sealInPlace(path: string, raw: Record<string, unknown>, password: string, protector: SecretProtector | null): void {
  try {
    writeFileAtomically(path, `${JSON.stringify({ ...raw, password: storedPassword(password, protector) }, null, 2)}\n`, 0o600);
  } catch {
    // Read-only file or folder, or the protection failed: the settings still work from the plain value.
  }
}

function unavailableError(error: unknown, path: string, lang: Lang): unknown {
  if (error instanceof SecretError && error.reason === 'unavailable') return new UserError(t(lang, 'secret.unavailable', { path, detail: error.message }));
  return error;
}

/** Validates settings from any source (file, settings page); the error names the setting. */
export function parseConfig(raw: unknown, lang: Lang, source = 'config'): Config {
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new UserError(`${source}: ${describeIssue(issue, lang, raw)}`);
}

function describeIssue(issue: z.core.$ZodIssue, lang: Lang, raw: unknown): string {
  const place = issue.path.length ? issue.path.join('.') : '(root)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${place}: ${t(lang, 'config.unknownKeys', { keys: issue.keys.join(', ') })}`;
    case 'invalid_value':
      return `${place}: ${t(lang, 'input.oneOf', { values: issue.values.map(String).join(', ') })}`;
    case 'invalid_type':
      return `${place}: ${t(lang, 'config.wrongType', { expected: issue.expected })}`;
    // zod names only the bound that was crossed: the message says that one, never "(1–)".
    case 'too_small':
      if (issue.origin !== 'number' && issue.origin !== 'int' && Number(issue.minimum) === 1) return `${place}: ${t(lang, 'config.empty')}`;
      return `${place}: ${t(lang, 'config.tooSmall', { min: String(issue.minimum) })}`;
    case 'too_big':
      return `${place}: ${t(lang, 'config.tooBig', { max: String(issue.maximum) })}`;
    case 'custom': {
      const problem = (issue.params as { problem?: ConfigProblem } | undefined)?.problem;
      if (problem === 'notRegExp') return `${place}: ${t(lang, 'config.notRegExp')}`;
      if (problem === 'badSchedule') return `${place}: ${t(lang, 'config.badSchedule', { value: String(valueAt(raw, issue.path)) })}`;
      if (problem === 'warningPastError') {
        const { past, error, limit } = issue.params as { past: 'above' | 'below'; error: string; limit: string };
        return `${place}: ${t(lang, past === 'above' ? 'config.warningAboveError' : 'config.warningBelowError', { error, limit })}`;
      }
      return `${place}: ${t(lang, 'config.invalid', { detail: issue.message })}`;
    }
    default:
      return `${place}: ${t(lang, 'config.invalid', { detail: issue.message })}`;
  }
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), raw);
}

export interface SaveOptions {
  /** The language of a failure's line: the one the user chose (default: the settings' own). */
  lang?: Lang;
  protector?: SecretProtector | null;
}

/**
 * Writes atomically and readable by the user only, the password sealed where the system can. A file or
 * folder that cannot be written is one line (UserError) and the file as it was.
 */
export function saveConfig(path: string, config: Config, options: SaveOptions = {}): void {
  const lang = options.lang ?? config.lang;
  const protector = options.protector !== undefined ? options.protector : platformProtector();
  let password;
  try {
    password = config.password === undefined ? undefined : storedPassword(config.password, protector);
  } catch (error) {
    throw unavailableError(error, path, lang);
  }
  writeSettings(path, config, password, lang);
}

/**
 * Writes the settings but keeps the password the file holds, exactly as it is: one this user cannot
 * open here (`passwordUnreadable`) still works for the user and the PC that sealed it. `lang`: as in
 * SaveOptions.
 */
export function saveConfigKeepingPassword(path: string, config: Config, lang: Lang = config.lang): void {
  const raw = readConfigJson(path, lang);
  writeSettings(path, config, isRecord(raw) ? raw.password : undefined, lang);
}

function writeSettings(path: string, config: Config, password: unknown, lang: Lang): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomically(path, `${JSON.stringify({ ...config, password }, null, 2)}\n`, 0o600);
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    throw new UserError(t(lang, 'output.settingsNotSaved', { path, reason: writeErrorText(error, lang) }));
  }
}
