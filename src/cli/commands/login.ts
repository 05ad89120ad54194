// `kassavakt login`: saves the main till and the SQL login in the settings file, through the same
// writer as the settings page (so the password is sealed the same way), and says what was saved.
import type { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { joinList, t, type Lang } from '../../core/i18n.js';
import { requireServerString } from '../../core/serverString.js';
import { loadConfig, parseConfig, saveConfig } from '../../platform/configFile.js';
import { configPath } from '../../platform/paths.js';
import { addConnectionOptions, langOption, resolveDataDir, type ConnectionOptions } from '../options.js';
import { readPassword } from '../passwordInput.js';

type LoginOptions = Omit<ConnectionOptions, 'password'> & { passwordStdin?: boolean };

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A login name or database name as given, refused when empty or holding control characters. */
function plainValue(value: string | undefined, option: string, lang: Lang): string | undefined {
  if (value !== undefined && (value.trim() === '' || CONTROL_CHARACTERS.test(value))) throw new UserError(t(lang, 'login.badValue', { option }));
  return value;
}

export function registerLogin(program: Command, lang: Lang): void {
  addConnectionOptions(program.command('login').description(t(lang, 'cli.login.description')), lang, { password: false })
    .option('--password-stdin', t(lang, 'cli.login.passwordStdin'))
    .addOption(langOption(lang))
    .action(async (opts: LoginOptions) => {
      const path = opts.config ?? configPath(resolveDataDir(opts));
      const { config } = loadConfig(path, lang);
      const server = opts.server?.trim();
      if (server !== undefined) requireServerString(server, lang);
      const user = plainValue(opts.user, '--user', lang);
      const database = plainValue(opts.database, '--database', lang);
      const password = await readPassword(opts.passwordStdin === true, lang);
      const changes = { server, user, database, browserPort: opts.browserPort };
      const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      saveConfig(path, parseConfig({ ...config, ...given, password }, lang, path), { lang });
      const items = Object.entries(given).map(([key, value]) => t(lang, `login.item.${key as keyof typeof changes}`, { value: String(value) }));
      console.log(t(lang, 'login.saved', { path, items: joinList(lang, [...items, t(lang, 'login.item.password')]) }));
    });
}
