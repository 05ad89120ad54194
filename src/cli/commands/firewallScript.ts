// `kassavakt firewall-script [--out FILE]`: writes the script that opens the firewall on the MAIN
// till and tells the user how to run it there.
import { Option, type Command } from 'commander';
import { t, type Lang } from '../../core/i18n.js';
import { FIREWALL_SCRIPT_MARKER, firewallScript } from '../../platform/firewallScript.js';
import { langOption, parsePortOption, resolveConnection, type ConnectionOptions } from '../options.js';
import { scriptInstance, writeScript } from '../scriptFile.js';

const DEFAULT_FILE = 'kassavakt-brandvagg-huvudkassa.cmd';

export function registerFirewallScript(program: Command, lang: Lang): void {
  program
    .command('firewall-script')
    .description(t(lang, 'cli.firewallScript.description'))
    .option('--out <file>', t(lang, 'cli.firewallScript.out', { file: DEFAULT_FILE }))
    .option('--instance <name>', t(lang, 'cli.firewallScript.instance'))
    .addOption(new Option('--port <port>', t(lang, 'cli.firewallScript.port')).argParser(parsePortOption('--port', lang)))
    .option('--config <file>', t(lang, 'cli.option.config'))
    .option('--data <dir>', t(lang, 'cli.option.data'))
    .addOption(langOption(lang))
    .action((opts: ConnectionOptions & { out?: string; instance?: string; port?: number }) => {
      const config = resolveConnection(opts, lang);
      const instance = scriptInstance(opts.instance, config, lang);
      const script = firewallScript({ instance, ...(opts.port ? { knownPort: opts.port } : {}), lang });
      const path = writeScript({ out: opts.out, defaultFile: DEFAULT_FILE, script, marker: FIREWALL_SCRIPT_MARKER, exists: (p) => t(lang, 'firewall.exists', { path: p }), lang });
      if (path !== null) console.log(t(lang, 'firewall.written', { path }));
    });
}
