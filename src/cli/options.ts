// Options shared by several sub-commands, declared once.
import { Option, type Command } from 'commander';
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { DEFAULT_LANG, isLang, t, type Lang } from '../core/i18n.js';
import { requireServerString, type ServerAddress } from '../core/serverString.js';
import { loadConfig } from '../platform/configFile.js';
import { configPath, dataDir } from '../platform/paths.js';

export function langOption(): Option {
  return new Option('--lang <lang>', 'sv | nb | en').argParser((value: string): Lang => {
    if (!isLang(value)) throw new UserError(t(DEFAULT_LANG, 'cli.badLang', { value }));
    return value;
  });
}

/** The options every command that talks to the main till takes, as `resolveConnection` reads them. */
export interface ConnectionOptions {
  server?: string;
  user?: string;
  password?: string;
  database?: string;
  browserPort?: number;
  config?: string;
  data?: string;
  lang?: Lang;
}

export function addConnectionOptions(cmd: Command): Command {
  return cmd
    .option('--server <server>', 'main till: HOST\\INSTANCE, HOST,PORT or HOST')
    .option('--user <user>', 'SQL login')
    .option('--password <password>', 'SQL password (or env KASSAVAKT_PASSWORD)')
    .option('--database <database>', 'database name')
    .addOption(new Option('--browser-port <port>', 'SQL Server Browser UDP port (default 1434)').argParser(parsePortOption('--browser-port')))
    .option('--config <file>', 'settings file (default <data>/config.json)')
    .option('--data <dir>', 'data folder (default: KASSAVAKT_DATA or the OS convention)');
}

/**
 * The settings a command runs with: the settings file (`--config`, else `<data>/config.json`), then
 * the environment's KASSAVAKT_PASSWORD, then the command-line options, later ones winning.
 * Validates the server string when one is set (the caller decides whether one is required).
 */
export function resolveConnection(opts: ConnectionOptions, env: NodeJS.ProcessEnv = process.env): Config {
  const errorLang = opts.lang ?? DEFAULT_LANG;
  const path = opts.config ?? configPath(resolveDataDir(opts, env));
  const loaded = loadConfig(path, errorLang);
  if (opts.config !== undefined && !loaded.exists) throw new UserError(t(errorLang, 'connection.configMissing', { path }));
  const config: Config = { ...loaded.config };
  if (env.KASSAVAKT_PASSWORD !== undefined && env.KASSAVAKT_PASSWORD !== '') config.password = env.KASSAVAKT_PASSWORD;
  if (opts.server !== undefined) config.server = opts.server.trim();
  if (opts.user !== undefined) config.user = opts.user;
  if (opts.password !== undefined) config.password = opts.password;
  if (opts.database !== undefined) config.database = opts.database;
  if (opts.browserPort !== undefined) config.browserPort = opts.browserPort;
  if (opts.lang !== undefined) config.lang = opts.lang;
  // A saved password that cannot be opened here is asked for again, unless one was given instead.
  if (loaded.passwordUnreadable && config.password === undefined) throw new UserError(t(config.lang, 'secret.unreadable', { path }));
  if (config.server !== undefined) requireServerString(config.server, config.lang);
  return config;
}

/** The server string of a resolved config, or a clear error when none is configured. */
export function requireServer(config: Config): ServerAddress {
  if (config.server === undefined) throw new UserError(t(config.lang, 'connection.noServer'));
  return requireServerString(config.server, config.lang);
}

export function resolveDataDir(opts: Pick<ConnectionOptions, 'data'>, env: NodeJS.ProcessEnv = process.env): string {
  return dataDir(opts.data, env);
}

/** `--interval`, `--grace`: seconds from 0.01 to a day; a decimal comma is fine. */
export function parseSecondsOption(option: string) {
  return (value: string): number => {
    const n = Number(value.replace(',', '.'));
    if (!(n >= 0.01 && n <= 86_400)) throw new UserError(t(DEFAULT_LANG, 'connection.badSeconds', { option, value }));
    return n;
  };
}

export function parsePortOption(option: string) {
  return (value: string): number => {
    const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (!(port >= 1 && port <= 65535)) throw new UserError(t(DEFAULT_LANG, 'connection.badPortOption', { option, value }));
    return port;
  };
}
