// `kassavakt login-script`: writes the script that gives Kassavakt its own read-only SQL login on the
// MAIN till and tells the user how to run it there.
import type { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { t } from '../../core/i18n.js';
import { parseServerString } from '../../core/serverString.js';
import { DEFAULT_LOGIN } from '../../core/pollAssessment.js';
import { isDatabaseName, isLoginName, LOGIN_SCRIPT_MARKER, loginScript } from '../../platform/loginScript.js';
import { langOption, resolveConnection, type ConnectionOptions } from '../options.js';
import { writeScript } from '../scriptFile.js';

const DEFAULT_FILE = 'kassavakt-inloggning-huvudkassa.cmd';

export function registerLoginScript(program: Command): void {
  program
    .command('login-script')
    .description('write the script that creates Kassavakt’s read-only SQL login on the MAIN till (run it there)')
    .option('--out <file>', `where to write it (- for standard output; default ${DEFAULT_FILE})`)
    .option('--login <name>', `the SQL login to create (default ${DEFAULT_LOGIN})`)
    .option('--database <name>', 'the PC-Kassa database (default: from the settings, else PCKassa)')
    .option('--instance <name>', 'SQL Server instance (default: from the settings, else PCKASSA)')
    .option('--config <file>', 'settings file')
    .option('--data <dir>', 'data folder')
    .addOption(langOption())
    .action((opts: ConnectionOptions & { out?: string; login?: string; instance?: string }) => {
      const config = resolveConnection(opts);
      const lang = config.lang;
      const login = opts.login ?? DEFAULT_LOGIN;
      const database = config.database ?? 'PCKassa';
      const configured = config.server ? parseServerString(config.server) : undefined;
      const instance = opts.instance ?? (configured?.ok ? configured.server.instance : undefined) ?? 'PCKASSA';
      if (!isLoginName(login)) throw new UserError(t(lang, 'loginScript.badLogin', { value: login }));
      if (!isDatabaseName(database)) throw new UserError(t(lang, 'loginScript.badDatabase', { value: database }));
      if (!parseServerString(`localhost\\${instance}`).ok) throw new UserError(t(lang, 'serverString.badInstance', { value: instance }));
      const script = loginScript({ login, database, instance: instance.toUpperCase(), lang });
      const path = writeScript({ out: opts.out, defaultFile: DEFAULT_FILE, script, marker: LOGIN_SCRIPT_MARKER, exists: (p) => t(lang, 'loginScript.exists', { path: p }) });
      if (path !== null) console.log(t(lang, 'loginScript.written', { path }));
    });
}
