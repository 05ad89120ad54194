// `kassavakt tray`: the icon in the notification area, polling the main till in the background.
import { Option, type Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { startServiceConsole } from '../../console/index.js';
import { t, type Lang } from '../../core/i18n.js';
import { configPath } from '../../platform/paths.js';
import { relaunchDetached } from '../../tray/relaunch.js';
import { launchCommand, runTray } from '../../tray/runTray.js';
import { addConnectionOptions, langOption, parseSecondsOption, resolveConnection, resolveDataDir, type ConnectionOptions } from '../options.js';

interface TrayOptions extends ConnectionOptions {
  interval?: number;
  grace?: number;
  detach?: boolean;
}

export function registerTray(program: Command, lang: Lang): void {
  const command = program.command('tray').description(t(lang, 'cli.tray.description'));
  addConnectionOptions(command, lang)
    .addOption(new Option('--interval <seconds>', t(lang, 'cli.tray.interval')).argParser(parseSecondsOption('--interval', lang)))
    .addOption(new Option('--grace <seconds>', t(lang, 'cli.tray.grace')).argParser(parseSecondsOption('--grace', lang)))
    .addOption(langOption(lang))
    .option('--detach', t(lang, 'cli.tray.detach'))
    .action(async (opts: TrayOptions) => {
      if (opts.detach) {
        relaunchDetached();
        return;
      }
      const dataDir = resolveDataDir(opts);
      process.exitCode = await runTray({
        dataDir,
        configFile: opts.config ?? configPath(dataDir),
        resolveConfig: () => resolveConnection(opts),
        lang,
        ...(opts.interval !== undefined ? { interval: { intervalSeconds: opts.interval } } : {}),
        ...(opts.grace !== undefined ? { graceMs: opts.grace * 1000 } : {}),
        launch: launchCommand(opts.data),
        iconDir: fileURLToPath(new URL('./icons/', import.meta.url)),
        startOverview: startServiceConsole,
      });
    });
}
