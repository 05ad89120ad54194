// `kassavakt console [--open]`: serves the overview page on 127.0.0.1 until Ctrl+C.
import type { Command } from 'commander';
import { t, type Lang } from '../../core/i18n.js';
import { runConsoleSession } from '../../console/index.js';
import { openInBrowser } from '../../platform/openBrowser.js';
import { configPath } from '../../platform/paths.js';
import { addConnectionOptions, langOption, resolveConnection, resolveDataDir, type ConnectionOptions } from '../options.js';

export function registerConsole(program: Command, lang: Lang): void {
  addConnectionOptions(
    program
      .command('console')
      .description(t(lang, 'cli.console.description'))
      .option('--open', t(lang, 'cli.console.open')),
    lang,
  )
    .addOption(langOption(lang))
    .action(async (opts: ConnectionOptions & { open?: boolean }) => {
      const dataDir = resolveDataDir(opts);
      const session = await runConsoleSession({
        dataDir,
        configFile: opts.config ?? configPath(dataDir),
        resolveConfig: () => resolveConnection(opts, lang),
        lang: opts.lang,
      });
      console.log(t(lang, 'console.listening', { url: session.url }));
      console.log(t(lang, 'console.stopHint'));
      if (opts.open) await openInBrowser(session.url).catch((error: Error) => console.error(t(lang, 'console.openFailed', { detail: error.message })));
      await new Promise<void>((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
      });
      await session.close();
    });
}
