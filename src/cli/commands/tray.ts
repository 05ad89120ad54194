// `kassavakt tray`: the icon in the notification area, polling the main till in the background.
import { Option, type Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { startServiceConsole } from '../../console/index.js';
import { DEFAULT_LANG, type Lang } from '../../core/i18n.js';
import { configPath } from '../../platform/paths.js';
import { relaunchDetached } from '../../tray/relaunch.js';
import { launchCommand, runTray } from '../../tray/runTray.js';
import {
  addConnectionOptions,
  addMetricsOptions,
  langOption,
  metricsOverrides,
  parseSecondsOption,
  resolveConnection,
  resolveDataDir,
  type ConnectionOptions,
  type MetricsOptions,
} from '../options.js';

interface TrayOptions extends ConnectionOptions, MetricsOptions {
  interval?: number;
  grace?: number;
  detach?: boolean;
}

export function registerTray(program: Command): void {
  const command = program.command('tray').description('show the tray icon and watch the tills');
  addMetricsOptions(addConnectionOptions(command))
    .addOption(new Option('--interval <seconds>', 'poll every N seconds instead of the configured schedule').argParser(parseSecondsOption('--interval')))
    .addOption(new Option('--grace <seconds>', 'quiet time after start before notifying (default 3 minutes)').argParser(parseSecondsOption('--grace')))
    .addOption(langOption())
    .option('--detach', 'start in the background, without a console window, and return at once')
    .action(async (opts: TrayOptions) => {
      if (opts.detach) {
        relaunchDetached();
        return;
      }
      const dataDir = resolveDataDir(opts);
      const lang: Lang = opts.lang ?? DEFAULT_LANG;
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
        metrics: metricsOverrides(opts),
      });
    });
}
