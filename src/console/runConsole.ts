// `kassavakt console` and `kassavakt report` as functions: the history, a poll loop (or one poll),
// the live source and the server (or the static file), wired together and closed together.
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import type { PollResult } from '../core/poll.js';
import { pollOnce } from '../monitor/poll.js';
import { openHistoryStore } from '../store/index.js';
import { liveSource, type LiveSourceOptions } from './liveSource.js';
import { PollLoop } from './pollLoop.js';
import { writeReport } from './report.js';
import { startConsole, type ConsoleHandle } from './server.js';

export interface ConsoleSessionOptions {
  dataDir: string;
  configFile: string;
  /** The settings file plus the command line; called again after the settings page saved. */
  resolveConfig: () => Config;
  /** From the command line; wins over the settings file. */
  lang?: Lang;
  log?: (line: string) => void;
  doctor?: LiveSourceOptions['doctor'];
}

export async function runConsoleSession(options: ConsoleSessionOptions): Promise<ConsoleHandle> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let config = options.resolveConfig();
  const history = openHistoryStore({
    dir: options.dataDir,
    lang: config.lang,
    config,
    onStorageProblem: (_problem, message) => log(message),
  });
  const loop = new PollLoop(history, log);
  const handle = await startConsole({
    source: liveSource({ config: () => config, lastPoll: () => loop.latest(), history, dataDir: options.dataDir, doctor: options.doctor }),
    configFile: options.configFile,
    lang: options.lang,
    log,
    onConfigSaved: () => {
      try {
        config = options.resolveConfig();
      } catch (error) {
        // The page already checked the file; what is left is a command-line option that now clashes.
        if (!(error instanceof UserError)) throw error;
        log(error.message);
        return;
      }
      void loop.start(config);
    },
  });
  void loop.start(config);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await loop.stop();
      history.close();
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
    const source = liveSource({ config: () => config, lastPoll: () => poll, history, dataDir: options.dataDir });
    const [fleet, historyView] = await Promise.all([source.fleet(lang), source.history({}, lang)]);
    writeReport(options.out, { fleet, history: historyView, lang, now: new Date().toISOString() });
  } finally {
    history.close();
  }
}
