// `kassavakt preflight`: the checklist before installing a new backoffice (exit 0 ready, 1 something
// to do first, 3 main till unreachable).
import type { Command } from 'commander';
import { t, type Lang } from '../../core/i18n.js';
import { buildPreflight, preflightExitCode, renderPreflight, type Preflight } from '../../core/preflight.js';
import { readForPreflight } from '../../monitor/preflightConnection.js';
import { checkRestartPending } from '../../platform/restartPending.js';
import { addConnectionOptions, langOption, requireServer, resolveConnection, type ConnectionOptions } from '../options.js';

export function registerPreflight(program: Command, lang: Lang): void {
  addConnectionOptions(program.command('preflight').description(t(lang, 'cli.preflight.description')), lang)
    .option('--json', t(lang, 'cli.option.json'))
    .addOption(langOption(lang))
    .action(async (opts: ConnectionOptions & { json?: boolean }) => {
      const config = resolveConnection(opts, lang);
      requireServer(config);
      const [reading, restart] = await Promise.all([readForPreflight(config), checkRestartPending()]);
      const preflight = buildPreflight({ connection: reading.connection, restart }, config.lang);
      console.log(opts.json ? JSON.stringify(preflightJson(preflight), null, 2) : renderPreflight(preflight, config.lang));
      process.exitCode = preflightExitCode(preflight);
    });
}

function preflightJson(p: Preflight) {
  return {
    reached: p.reached,
    items: p.items.map(({ id, status, when, title, detail }) => ({ id, status, when, title, detail })),
    serverString: p.serverString,
    serverStrings: p.serverStrings,
    clientId: p.clientId,
    updateFile: p.updateFile,
  };
}
