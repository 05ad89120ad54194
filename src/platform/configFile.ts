// Reads and writes config.json: clear errors for a bad file, atomic writes, user-only permissions.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { configSchema, defaultConfig, type Config, type ConfigProblem } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import { jsonErrorText } from '../core/jsonError.js';
import { writeFileAtomically } from './atomicFile.js';

export interface LoadedConfig {
  config: Config;
  /** False when no file exists yet (first run). */
  exists: boolean;
}

export function loadConfig(path: string, lang: Lang): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: defaultConfig(), exists: false };
    throw new UserError(`${path}: ${readErrorText(error, lang)}`);
  }
  // Notepad may save UTF-8 with a byte order mark, which JSON.parse does not accept.
  text = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: ${jsonErrorText(error, text, lang)}`);
  }
  return { config: parseConfig(raw, lang, path), exists: true };
}

/** Why a file could not be read, in the user's language (for any file the user names). */
export function readErrorText(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return t(lang, 'input.noSuchFile');
  if (code === 'EACCES' || code === 'EPERM') return t(lang, 'input.noPermission');
  if (code === 'EISDIR') return t(lang, 'input.isFolder');
  if (code === 'ENOTREGULAR') return t(lang, 'input.notRegularFile');
  return t(lang, 'input.cannotRead', { detail: code ?? (error as Error).message });
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
      return `${place}: ${t(lang, 'config.invalid', { detail: issue.message })}`;
    }
    default:
      return `${place}: ${t(lang, 'config.invalid', { detail: issue.message })}`;
  }
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), raw);
}

/** Writes atomically and readable by the user only: it may hold a password. */
export function saveConfig(path: string, config: Config): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomically(path, `${JSON.stringify(config, null, 2)}\n`, 0o600);
}
