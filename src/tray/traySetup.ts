// The settings the tray runs with. Unlike a CLI command it never stops on a bad setting: what is
// broken or still missing becomes lines for the menu and the log. On first run, with no server set,
// the server is taken from PC-Kassa's own ODBC connection (the DSN).
import { defaultConfig, type Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { joinList, t, type Lang } from '../core/i18n.js';
import { readDsnServer } from '../service/index.js';

export interface TraySetup {
  config: Config;
  /** Lines for the menu, in the user's language; empty when the tray can poll. */
  problems: string[];
  /** Lines only for the log (e.g. where the server came from). */
  notes: string[];
  /** The server or the login is not set: the settings page is what the user needs. */
  settingsMissing: boolean;
  /** The server string was taken from PC-Kassa's DSN. */
  serverFromDsn: boolean;
}

/** `resolve` reads the settings file and the options (throws UserError when they are wrong). */
export async function resolveTraySetup(resolve: () => Config, errorLang: Lang): Promise<TraySetup> {
  const notes: string[] = [];
  let config: Config;
  try {
    config = resolve();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const lang = errorLang;
    const problems = [t(lang, 'tray.configProblem', { detail: error.message })];
    return { config: { ...defaultConfig(), lang }, problems, notes, settingsMissing: false, serverFromDsn: false };
  }
  let serverFromDsn = false;
  if (config.server === undefined) {
    const server = await readDsnServer(config.dsnName);
    if (server !== null) {
      config = { ...config, server };
      serverFromDsn = true;
      notes.push(t(config.lang, 'tray.serverFromDsn', { server }));
    }
  }
  const missing = missingSettings(config);
  const problems = missing.length === 0 ? [] : [t(config.lang, 'tray.needs', { missing: joinList(config.lang, missing) })];
  return { config, problems, notes, settingsMissing: missing.length > 0, serverFromDsn };
}

export function missingSettings(config: Config): string[] {
  const lang: Lang = config.lang;
  const missing: string[] = [];
  if (config.server === undefined) missing.push(t(lang, 'tray.needs.server'));
  if (config.auth === 'sql' && (config.user === undefined || config.password === undefined)) missing.push(t(lang, 'tray.needs.login'));
  return missing;
}
