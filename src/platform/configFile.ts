// Reads and writes config.json: clear errors for a bad file, atomic writes, user-only permissions.
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { configSchema, defaultConfig, type Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';

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
    throw new UserError(`${path}: ${t(lang, 'input.cannotRead', { detail: (error as NodeJS.ErrnoException).code ?? String(error) })}`);
  }
  let raw: unknown;
  try {
    raw = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: ${t(lang, 'input.notJson', { detail: (error as Error).message })}`);
  }
  return { config: parseConfig(raw, lang, path), exists: true };
}

/** Validates settings from any source (file, settings page); the error names the setting. */
export function parseConfig(raw: unknown, lang: Lang, source = 'config'): Config {
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new UserError(`${source}: ${describeIssue(issue, lang)}`);
}

function describeIssue(issue: z.core.$ZodIssue, lang: Lang): string {
  const place = issue.path.length ? issue.path.join('.') : '(root)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${place}: ${t(lang, 'config.unknownKeys', { keys: issue.keys.join(', ') })}`;
    case 'invalid_value':
      return `${place}: ${t(lang, 'input.oneOf', { values: issue.values.map(String).join(', ') })}`;
    case 'invalid_type':
      return `${place}: ${t(lang, 'config.wrongType', { expected: issue.expected })}`;
    case 'too_small':
    case 'too_big':
      return `${place}: ${t(lang, 'config.outOfRange', { min: 'minimum' in issue ? String(issue.minimum) : '', max: 'maximum' in issue ? String(issue.maximum) : '' })}`;
    default:
      return `${place}: ${t(lang, 'config.invalid', { detail: issue.message })}`;
  }
}

/** Writes atomically (temp file, fsync, rename) and readable by the user only: it may hold a password. */
export function saveConfig(path: string, config: Config): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(config, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}
