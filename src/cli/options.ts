// Options shared by several sub-commands, declared once.
import { Option, type Command } from 'commander';
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { isLang, t, type Lang } from '../core/i18n.js';
import { requireServerString, type ServerAddress } from '../core/serverString.js';
import { loadConfig } from '../platform/configFile.js';
import { configPath, dataDir } from '../platform/paths.js';
import type { MetricsOverrides } from '../service/metrics/index.js';

/**
 * `lang` here and below is the language the CLI already chose (chosenLang.ts: --lang, else the
 * settings, else Swedish), so option help and option errors speak it whatever order the options come in.
 */
export function langOption(lang: Lang): Option {
  return new Option('--lang <lang>', t(lang, 'cli.option.lang')).argParser((value: string): Lang => {
    if (!isLang(value)) throw new UserError(t(lang, 'cli.badLang', { value }));
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

/**
 * Adds the connection options. `login` leaves out `--password`: it takes the password only from the
 * prompt or standard input, never from the command line.
 */
export function addConnectionOptions(cmd: Command, lang: Lang, { password = true }: { password?: boolean } = {}): Command {
  cmd.option('--server <server>', t(lang, 'cli.option.server')).option('--user <user>', t(lang, 'cli.option.user'));
  if (password) cmd.option('--password <password>', t(lang, 'cli.option.password'));
  return cmd
    .option('--database <database>', t(lang, 'cli.option.database'))
    .addOption(new Option('--browser-port <port>', t(lang, 'cli.option.browserPort')).argParser(parsePortOption('--browser-port', lang)))
    .option('--config <file>', t(lang, 'cli.option.config'))
    .option('--data <dir>', t(lang, 'cli.option.data'));
}

export interface MetricsOptions {
  metricsTextfile?: string;
  metricsListen?: string;
}

/** The Prometheus export (README "För kedjor"), for the commands that poll on: `watch` and `tray`. */
export function addMetricsOptions(cmd: Command, lang: Lang): Command {
  return cmd.option('--metrics-textfile <dir>', t(lang, 'cli.option.metricsTextfile')).option('--metrics-listen <address>', t(lang, 'cli.option.metricsListen'));
}

export function metricsOverrides(opts: MetricsOptions): MetricsOverrides {
  return {
    ...(opts.metricsTextfile !== undefined ? { textfile: opts.metricsTextfile } : {}),
    ...(opts.metricsListen !== undefined ? { listen: opts.metricsListen } : {}),
  };
}

/**
 * The settings a command runs with: the settings file (`--config`, else `<data>/config.json`), then
 * the environment's KASSAVAKT_PASSWORD, then the command-line options, later ones winning. The file's
 * own mistakes are worded in `lang`, the language the CLI chose (chosenLang.ts); the rest in the
 * resolved `lang` (the same rule, applied to the file as it is now: the tray and the console resolve
 * again after the settings page saved). Validates the server string when one is set (the caller
 * decides whether one is required).
 */
export function resolveConnection(opts: ConnectionOptions, lang: Lang, env: NodeJS.ProcessEnv = process.env): Config {
  const path = opts.config ?? configPath(resolveDataDir(opts, env));
  const loaded = loadConfig(path, lang);
  if (opts.config !== undefined && !loaded.exists) throw new UserError(t(lang, 'connection.configMissing', { path }));
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

/** `--interval`, `--grace`: seconds from 0.01 to a day, in decimal digits ("0x10" is not 16); a decimal comma is fine. */
export function parseSecondsOption(option: string, lang: Lang) {
  return (value: string): number => {
    const n = /^\d+(?:[.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : NaN;
    if (!(n >= 0.01 && n <= 86_400)) throw new UserError(t(lang, 'cli.badSeconds', { option, value }));
    return n;
  };
}

/** A port in decimal digits, from `min` (0 where it means "any free port") to 65535. */
export function parsePortOption(option: string, lang: Lang, min: 0 | 1 = 1) {
  return (value: string): number => {
    const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (!(port >= min && port <= 65535)) throw new UserError(t(lang, 'cli.badPort', { option, value, min }));
    return port;
  };
}

const MAX_COUNT = 1_000_000_000;

/** `--count`: a whole number of times, in decimal digits. */
export function parseCountOption(option: string, lang: Lang) {
  return (value: string): number => {
    const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= MAX_COUNT)) throw new UserError(t(lang, 'cli.badCount', { option, value, max: MAX_COUNT }));
    return n;
  };
}
