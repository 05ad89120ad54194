// Starts the tray process: display check, single instance and log, then a TrayApp wired to the real
// ports (the service, the icon, notifications, autostart, downloads, the overview page), and a clean
// stop on quit, on signals and when the helper dies.
import { join, resolve } from 'node:path';
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import { trayView } from '../core/trayModel.js';
import { autostartFor, type LaunchCommand } from '../platform/autostart.js';
import { RotatingLog, logPath } from '../platform/log.js';
import { openInBrowser } from '../platform/openBrowser.js';
import { acquireInstance } from '../platform/singleInstance.js';
import { installedLauncher } from '../platform/windowsLauncher.js';
import { attachMetrics, KassavaktService, type AttachedMetrics, type MetricsOverrides, type OverviewPage, type PollTiming, type StartOverview } from '../service/index.js';
import { defaultDownloadFolder } from '../update/downloadsFolder.js';
import { watchDownloads } from '../update/downloadWatcher.js';
import { HelperOutputLog } from './helperOutputLog.js';
import { desktopNotifier, type DesktopNotice } from './notifier.js';
import { TRAY_NODE_OPTIONS } from './nodeOptions.js';
import { relaunchDetached } from './relaunch.js';
import { settingsAskedMarker } from './settingsAsked.js';
import { TrayApp } from './trayApp.js';
import { TrayHost } from './trayHost.js';
import { resolveTraySetup } from './traySetup.js';

export interface RunTrayOptions {
  dataDir: string;
  configFile: string;
  /** Reads the settings file and applies the command-line options; throws UserError when wrong. */
  resolveConfig: () => Config;
  lang: Lang;
  /** `--interval`: poll on this instead of the settings' schedule. */
  interval?: PollTiming;
  graceMs?: number;
  /** How to start this program again (autostart entry). */
  launch: LaunchCommand;
  iconDir: string;
  /** The overview page (another front end, wired in by the `tray` command). */
  startOverview: StartOverview;
  /** `--metrics-textfile`, `--metrics-listen`: over the settings' `metrics.*`. */
  metrics?: MetricsOverrides;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

export function hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (platform !== 'linux') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Runs until the user quits; resolves with the exit code. */
export async function runTray(options: RunTrayOptions): Promise<number> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  if (!hasDisplay(env, platform)) throw new UserError(t(options.lang, 'tray.noDisplay'), 2);

  let app: TrayApp | null = null;
  let activatedEarly = false;
  let quitEarly = false;
  const lock = await acquireInstance(
    options.dataDir,
    (message) => {
      // `quit` comes from the installer (upgrade, uninstall) through `tray --quit`.
      if (message === 'quit') {
        if (app) void app.quit();
        else quitEarly = true;
      } else if (app) void app.check();
      else activatedEarly = true;
    },
    { lang: options.lang },
  );
  if (!lock.primary) {
    console.log(t(options.lang, 'tray.alreadyRunning'));
    return 0;
  }

  const log = new RotatingLog(logPath(options.dataDir));
  const show = desktopNotifier(t(options.lang, 'tray.name'), options.iconDir);
  /** Every notice is logged, then shown; one that cannot be shown is logged too. */
  const notify = (kind: string, notice: DesktopNotice): Promise<void> => {
    log.info(`notice ${kind}: ${notice.title} – ${notice.body}`);
    return show(notice).catch((error: Error) => log.warn(`notification failed: ${error.message}`));
  };
  const helperOutput = new HelperOutputLog((line) => log.warn(`helper: ${line}`));
  let service: KassavaktService | null = null;
  let metrics: AttachedMetrics | null = null;
  let overview: OverviewPage | null = null;
  let restartAfterQuit = false;
  const tray = new TrayApp(
    { lang: quickLang(options), platform, ...(options.graceMs !== undefined ? { graceMs: options.graceMs } : {}) },
    {
      clock: () => Date.now(),
      openService: async () => {
        const setup = await resolveTraySetup(options.resolveConfig, options.lang);
        const { config } = setup;
        log.addSecret(config.password);
        log.info(`starting: data ${options.dataDir}, server ${config.server ?? '(none)'}, user ${config.user ?? '(none)'}`);
        for (const line of [...setup.notes, ...setup.problems]) log.info(line);
        service = new KassavaktService({
          dataDir: options.dataDir,
          config,
          serverFromDsn: setup.serverFromDsn,
          ...(options.interval ? { interval: options.interval } : {}),
          log,
        });
        // Without a server the settings line says what to do; a server that is not valid says why.
        const cannotPoll = setup.problems.length === 0 ? service.problem() : null;
        const problems = cannotPoll ? [cannotPoll] : [...setup.problems];
        // Metrics settings that cannot start are one more line in the menu; the tray itself goes on.
        log.addSecret(config.metrics.token);
        try {
          metrics = await attachMetrics(service.cycle, config, options.metrics ?? {}, config.lang, (line) => log.warn(line));
          if (metrics?.url) log.info(`metrics: ${metrics.url}`);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          log.warn(error.message);
          problems.push(error.message);
        }
        return { service, setupProblems: problems, settingsMissing: setup.settingsMissing };
      },
      notify,
      autostart: autostartFor(options.launch, platform, env),
      showTray: (state, onClick, onHelperExit) =>
        TrayHost.start(trayView(state), {
          iconDir: options.iconDir,
          helperDir: join(options.dataDir, 'helper'),
          platform,
          onClick,
          onHelperExit: (code, signal) => {
            log.error(`tray helper exited (${signal ?? code})`);
            onHelperExit();
          },
          onHelperOutput: (line) => helperOutput.line(line),
        }).catch((error: Error) => {
          // The helper's own words go to the log; the user gets where to find them.
          log.error(`cannot show the icon: ${error.message}`);
          throw new UserError(t(options.lang, 'tray.helperFailed', { log: logPath(options.dataDir) }), 2);
        }),
      openPage: async (path) => {
        overview ??= await options.startOverview(service!, {
          configFile: options.configFile,
          lang: service!.config().lang,
          log: (line) => log.info(`overview: ${line}`),
          // New settings mean a new connection and schedule: start afresh, like a first run.
          onConfigSaved: () => {
            log.info('settings saved: restarting');
            restartAfterQuit = true;
            void app!.quit();
          },
        });
        await openInBrowser(overview.newUrl(path));
      },
      watchDownloads: (fleet, onVerdict) =>
        watchDownloads({
          folders: [defaultDownloadFolder(), ...service!.config().watchFolders],
          lang: service!.config().lang,
          fleet,
          onVerdict: ({ verdict }) => onVerdict(verdict),
          onError: (error) => log.warn(`downloads: ${String(error)}`),
        }),
      closePages: async () => {
        await overview?.close();
      },
      settingsAsked: settingsAskedMarker(options.dataDir),
      log,
      close: async () => {
        helperOutput.flush();
        await metrics?.close();
        await lock.release();
      },
    },
  );
  app = tray;

  const onSignal = (signal: NodeJS.Signals) => {
    log.info(`${signal}: stopping`);
    void tray.quit();
  };
  const signals: NodeJS.Signals[] = platform === 'win32' ? ['SIGINT', 'SIGBREAK'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, onSignal);

  try {
    await tray.start();
  } catch (error) {
    await tray.quit();
    throw error;
  }
  if (quitEarly) void tray.quit();
  else if (activatedEarly) void tray.check();
  await tray.done;
  for (const signal of signals) process.off(signal, onSignal);
  if (restartAfterQuit) relaunchDetached();
  return 0;
}

/** The language for the first icon, before the settings are read in full (a broken file: the command line's). */
function quickLang(options: RunTrayOptions): Lang {
  try {
    return options.resolveConfig().lang;
  } catch {
    return options.lang;
  }
}

/**
 * The autostart entry's command: the installed launcher when there is one (the installer writes the
 * same Run value), else Node and the script; on Windows with --detach, so that no console window stays open.
 */
export function launchCommand(dataDirOption: string | undefined, platform: NodeJS.Platform = process.platform): LaunchCommand {
  const launcher = installedLauncher(process.execPath, platform);
  if (launcher) return { executable: launcher, args: dataDirOption ? ['--data', dataDirOption] : [] };
  // The script Node was started with (dist/kassavakt.js); this module is a chunk beside it.
  const script = resolve(process.argv[1]!);
  const args = [...TRAY_NODE_OPTIONS, script, 'tray', ...(dataDirOption ? ['--data', dataDirOption] : [])];
  return { executable: process.execPath, args: platform === 'win32' ? [...args, '--detach'] : args };
}
