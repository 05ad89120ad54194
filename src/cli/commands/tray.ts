// `kassavakt tray`: the icon in the notification area, polling the main till in the background.
import { Option, type Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { t, type Lang } from '../../core/i18n.js';
import { configPath } from '../../platform/paths.js';
import { stopRunningInstance, type StopOutcome } from '../../platform/singleInstance.js';
import { relaunchDetached } from '../../tray/relaunch.js';
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
  quit?: boolean;
}

/** `tray --quit`, for the installer: 0 it has stopped, 4 none was running, 2 it did not stop (1 is Node's own crash). */
const QUIT_EXIT: Record<StopOutcome, number> = { stopped: 0, notRunning: 4, stillRunning: 2 };

export function registerTray(program: Command, lang: Lang): void {
  const command = program.command('tray').description(t(lang, 'cli.tray.description'));
  addMetricsOptions(addConnectionOptions(command, lang), lang)
    .addOption(new Option('--interval <seconds>', t(lang, 'cli.tray.interval')).argParser(parseSecondsOption('--interval', lang)))
    .addOption(new Option('--grace <seconds>', t(lang, 'cli.tray.grace')).argParser(parseSecondsOption('--grace', lang)))
    .addOption(langOption(lang))
    .option('--detach', t(lang, 'cli.tray.detach'))
    .option('--quit', t(lang, 'cli.tray.quit'))
    .action(async (opts: TrayOptions) => {
      if (opts.quit) {
        const outcome = await stopRunningInstance(resolveDataDir(opts));
        const line = t(lang, `installer.quit.${outcome}`);
        if (outcome === 'stillRunning') console.error(line);
        else console.log(line);
        process.exitCode = QUIT_EXIT[outcome];
        return;
      }
      if (opts.detach) {
        relaunchDetached();
        return;
      }
      // Loaded only here: `--quit` (run by the installer) needs none of the tray's drivers.
      const [{ launchCommand, runTray }, { startServiceConsole }] = await Promise.all([import('../../tray/runTray.js'), import('../../console/index.js')]);
      const dataDir = resolveDataDir(opts);
      process.exitCode = await runTray({
        dataDir,
        configFile: opts.config ?? configPath(dataDir),
        resolveConfig: () => resolveConnection(opts, lang),
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
