// `kassavakt firewall-script [--out FILE]`: writes the script that opens the firewall on the MAIN
// till and tells the user how to run it there.
import { Option, type Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { t } from '../../core/i18n.js';
import { parseServerString } from '../../core/serverString.js';
import { FIREWALL_SCRIPT_MARKER, firewallScript } from '../../platform/firewallScript.js';
import { langOption, parsePortOption, resolveConnection, type ConnectionOptions } from '../options.js';
import { writeScript } from '../scriptFile.js';

const DEFAULT_FILE = 'kassavakt-brandvagg-huvudkassa.cmd';

export function registerFirewallScript(program: Command): void {
  program
    .command('firewall-script')
    .description('write the script that opens the firewall on the MAIN till (run it there as administrator)')
    .option('--out <file>', `where to write it (- for standard output; default ${DEFAULT_FILE})`)
    .option('--instance <name>', 'SQL Server instance (default: from the settings, else PCKASSA)')
    .addOption(new Option('--port <port>', "the instance's TCP port, if known").argParser(parsePortOption('--port')))
    .option('--config <file>', 'settings file')
    .option('--data <dir>', 'data folder')
    .addOption(langOption())
    .action((opts: ConnectionOptions & { out?: string; instance?: string; port?: number }) => {
      const config = resolveConnection(opts);
      const lang = config.lang;
      const configured = config.server ? parseServerString(config.server) : undefined;
      const instance = opts.instance ?? (configured?.ok ? configured.server.instance : undefined) ?? 'PCKASSA';
      if (!parseServerString(`localhost\\${instance}`).ok) throw new UserError(t(lang, 'serverString.badInstance', { value: instance }));
      const script = firewallScript({ instance: instance.toUpperCase(), ...(opts.port ? { knownPort: opts.port } : {}), lang });
      const path = writeScript({ out: opts.out, defaultFile: DEFAULT_FILE, script, marker: FIREWALL_SCRIPT_MARKER, exists: (p) => t(lang, 'firewall.exists', { path: p }) });
      if (path !== null) console.log(t(lang, 'firewall.written', { path }));
    });
}
