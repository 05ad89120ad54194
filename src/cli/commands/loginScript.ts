// `kassavakt login-script`: writes the script that gives Kassavakt its own read-only SQL login on the
// MAIN till and tells the user how to run it there.
import type { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { t, type Lang } from '../../core/i18n.js';
import { DEFAULT_LOGIN } from '../../core/pollAssessment.js';
import { isDatabaseName, isLoginName, LOGIN_SCRIPT_MARKER, loginScript } from '../../platform/loginScript.js';
import { langOption, resolveConnection, type ConnectionOptions } from '../options.js';
import { scriptInstance, writeScript } from '../scriptFile.js';

const DEFAULT_FILE = 'kassavakt-inloggning-huvudkassa.cmd';

export function registerLoginScript(program: Command, lang: Lang): void {
  program
    .command('login-script')
    .description(t(lang, 'cli.loginScript.description'))
    .option('--out <file>', t(lang, 'cli.firewallScript.out', { file: DEFAULT_FILE }))
    .option('--login <name>', t(lang, 'cli.loginScript.login', { login: DEFAULT_LOGIN }))
    .option('--database <name>', t(lang, 'cli.loginScript.database'))
    .option('--instance <name>', t(lang, 'cli.firewallScript.instance'))
    .option('--config <file>', t(lang, 'cli.option.config'))
    .option('--data <dir>', t(lang, 'cli.option.data'))
    .addOption(langOption(lang))
    .action((opts: ConnectionOptions & { out?: string; login?: string; instance?: string }) => {
      const config = resolveConnection(opts, lang);
      const login = opts.login ?? DEFAULT_LOGIN;
      const database = config.database ?? 'PCKassa';
      if (!isLoginName(login)) throw new UserError(t(lang, 'loginScript.badLogin', { value: login }));
      if (!isDatabaseName(database)) throw new UserError(t(lang, 'loginScript.badDatabase', { value: database }));
      const script = loginScript({ login, database, instance: scriptInstance(opts.instance, config, lang), lang });
      const path = writeScript({ out: opts.out, defaultFile: DEFAULT_FILE, script, marker: LOGIN_SCRIPT_MARKER, exists: (p) => t(lang, 'loginScript.exists', { path: p }), lang });
      if (path !== null) console.log(t(lang, 'loginScript.written', { path }));
    });
}
