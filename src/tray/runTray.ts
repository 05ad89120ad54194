// Starts the tray process: display check, single instance, log, settings, then the real ports
// (monitor, history, notifications, autostart, icon) around a TrayApp, and a clean stop on quit,
// on signals and when the helper dies.
import { join, resolve } from 'node:path';
import { liveSource } from '../console/liveSource.js';
import { openInBrowser } from '../console/openBrowser.js';
import { startConsole, type ConsoleHandle } from '../console/server.js';
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import type { PollResult } from '../core/poll.js';
import { trayView } from '../core/trayModel.js';
import { Monitor } from '../monitor/poll.js';
import { autostartFor, type LaunchCommand } from '../platform/autostart.js';
import { openDsnStore } from '../platform/dsn/index.js';
import { RotatingLog, logPath } from '../platform/log.js';
import { acquireInstance } from '../platform/singleInstance.js';
import { installedLauncher } from '../platform/windowsLauncher.js';
import { openHistoryStore } from '../store/index.js';
import { desktopNotifier, type DesktopNotice } from './notifier.js';
import { defaultDownloadFolder } from '../update/downloadsFolder.js';
import { watchDownloads } from '../update/downloadWatcher.js';
import { TrayApp } from './trayApp.js';
import { TrayHost } from './trayHost.js';
import { TRAY_NODE_OPTIONS } from './nodeOptions.js';
import { relaunchDetached } from './relaunch.js';
import { resolveTraySetup } from './traySetup.js';

export interface RunTrayOptions {
  dataDir: string;
  configFile: string;
  /** Reads the settings file and applies the command-line options; throws UserError when wrong. */
  resolveConfig: () => Config;
  lang: Lang;
  intervalMs?: number;
  graceMs?: number;
  /** How to start this program again (autostart entry). */
  launch: LaunchCommand;
  iconDir: string;
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
  const setup = await resolveTraySetup(options.resolveConfig, options.lang, options.configFile, (name) => openDsnStore(name, platform));
  const { config } = setup;
  log.addSecret(config.password);
  log.info(`starting: data ${options.dataDir}, server ${config.server ?? '(none)'}, user ${config.user ?? '(none)'}`);
  for (const line of [...setup.notes, ...setup.problems]) log.info(line);

  let monitor: Monitor | null = null;
  const problems = [...setup.problems];
  if (problems.length === 0) {
    try {
      monitor = new Monitor(config);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(error.message);
      log.warn(error.message);
    }
  }
  const history = openHistoryStore({
    dir: options.dataDir,
    lang: config.lang,
    hourlyDays: config.retention.hourlyDays,
    onStorageProblem: (_problem, message) => log.error(message),
    onStorageRecovered: (message) => log.info(message),
  });

  const show = desktopNotifier(t(config.lang, 'tray.name'), options.iconDir);
  /** Every notice is logged, then shown; one that cannot be shown is logged too. */
  const notify = (kind: string, notice: DesktopNotice): Promise<void> => {
    log.info(`notice ${kind}: ${notice.title} – ${notice.body}`);
    return show(notice).catch((error: Error) => log.warn(`notification failed: ${error.message}`));
  };
  let lastPoll: PollResult | null = null;
  // A new pckassa*.exe in Downloads is judged against the fleet of the latest good poll, at once.
  const downloads = watchDownloads({
    folders: [defaultDownloadFolder(), ...config.watchFolders],
    lang: config.lang,
    fleet: () => (lastPoll?.ok ? lastPoll.snapshot : undefined),
    onVerdict: ({ verdict }) => {
      const severity = verdict.matches === false ? 'error' : verdict.matches ? 'info' : 'warning';
      void notify('download', { title: verdict.message, body: verdict.advice, severity });
    },
    onError: (error) => log.warn(`downloads: ${String(error)}`),
  });
  // The overview page and the repair share one source with the tray: its history and its last poll.
  const source = liveSource({ config: () => config, lastPoll: () => lastPoll, history, dataDir: options.dataDir });
  let overview: ConsoleHandle | null = null;
  let restartAfterQuit = false;
  app = new TrayApp(
    {
      config,
      setupProblems: problems,
      schedule: options.intervalMs !== undefined ? { intervalSeconds: options.intervalMs / 1000 } : { cron: config.pollSchedule },
      graceMs: options.graceMs,
      platform,
    },
    {
      poll: monitor ? () => monitor!.poll() : null,
      recordPoll: (poll, findings) => {
        lastPoll = poll;
        history.recordPoll(poll, findings);
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
          onHelperOutput: (line) => log.warn(`helper: ${line}`),
        }),
      openOverview: async () => {
        overview ??= await startConsole({
          source,
          configFile: options.configFile,
          lang: config.lang,
          log: (line) => log.info(`overview: ${line}`),
          // New settings mean a new connection and schedule: start afresh, like a first run.
          onConfigSaved: () => {
            log.info('settings saved: restarting');
            restartAfterQuit = true;
            void app!.quit();
          },
        });
        await openInBrowser(overview.url);
      },
      repair: async () => {
        const outcome = await source.repair(config.lang);
        log.info(`repair: ${outcome.message}`);
        await notify('repair', { title: t(config.lang, 'tray.repairTitle'), body: outcome.message, severity: outcome.ok ? 'info' : 'warning' });
        await app!.check();
      },
      diagnose: async () => {
        const view = await source.checkConnection(config.lang);
        return view.ok ? null : view.summary;
      },
      log,
      close: async () => {
        await overview?.close();
        await downloads.close();
        await monitor?.close();
        history.close();
        await lock.release();
      },
    },
  );

  const onSignal = (signal: NodeJS.Signals) => {
    log.info(`${signal}: stopping`);
    void app!.quit();
  };
  const signals: NodeJS.Signals[] = platform === 'win32' ? ['SIGINT', 'SIGBREAK'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, onSignal);

  try {
    await app.start();
  } catch (error) {
    log.error(`cannot show the icon: ${(error as Error).message}`);
    await app.quit();
    throw new UserError(t(config.lang, 'tray.helperFailed', { log: logPath(options.dataDir) }), 2);
  }
  if (quitEarly) void app.quit();
  else if (activatedEarly) void app.check();
  await app.done;
  for (const signal of signals) process.off(signal, onSignal);
  if (restartAfterQuit) relaunchDetached();
  return 0;
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
