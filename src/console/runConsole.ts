// `kassavakt console` and `kassavakt report` as functions: the page over a running service (the tray
// opens the same page over its own), or the static file from one poll and the history.
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import type { PollResult } from '../core/poll.js';
import { pollOnce } from '../monitor/poll.js';
import { KassavaktService, type OverviewOptions } from '../service/index.js';
import { openHistoryStore } from '../store/index.js';
import { fleetView, historyView, serviceSource } from './serviceSource.js';
import { writeReport } from './report.js';
import { startConsole, type ConsoleHandle } from './server.js';

/** The overview page over a running service (the tray's, or the console session's own): a StartOverview. */
export function startServiceConsole(service: KassavaktService, options: OverviewOptions): Promise<ConsoleHandle> {
  return startConsole({ source: serviceSource(service), ...options });
}

export interface ConsoleSessionOptions {
  dataDir: string;
  configFile: string;
  /** The settings file plus the command line; called again after the settings page saved. */
  resolveConfig: () => Config;
  /** From the command line; wins over the settings file. */
  lang?: Lang;
  log?: (line: string) => void;
}

/** Polls on the settings' schedule and serves the page until closed. */
export async function runConsoleSession(options: ConsoleSessionOptions): Promise<ConsoleHandle> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const service = new KassavaktService({
    dataDir: options.dataDir,
    config: options.resolveConfig(),
    log: { info: log, warn: log, error: log },
  });
  const handle = await startServiceConsole(service, {
    configFile: options.configFile,
    ...(options.lang ? { lang: options.lang } : {}),
    log,
    onConfigSaved: () => {
      let config: Config;
      try {
        config = options.resolveConfig();
      } catch (error) {
        // The page already checked the file; what is left is a command-line option that now clashes.
        if (!(error instanceof UserError)) throw error;
        log(error.message);
        return;
      }
      void service.restart(config);
    },
  });
  const cannotPoll = service.problem();
  if (cannotPoll) log(cannotPoll);
  void service.start();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await service.close();
    },
  };
}

export interface ReportOptions {
  dataDir: string;
  config: Config;
  out: string;
  lang: Lang;
}

/** Polls once (when a server is set), reads the history and writes the static report. */
export async function writeReportFile(options: ReportOptions): Promise<void> {
  const { config, lang } = options;
  const poll: PollResult | null = config.server ? await pollOnce(config) : null;
  const history = openHistoryStore({ dir: options.dataDir, lang, config });
  try {
    const fleet = fleetView(config, poll, history, lang);
    writeReport(options.out, { fleet, history: historyView(history, {}, lang), lang, now: new Date().toISOString() });
  } finally {
    history.close();
  }
}
