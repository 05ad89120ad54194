// One running Kassavakt for one data folder: the connection to the main till, the history, the poll
// cycle and the connection actions, opened and closed together. The tray, `kassavakt console` and
// `kassavakt watch` each open one and only render and wire what it tells them.
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { t } from '../core/i18n.js';
import { currentGrowth } from '../core/sizeGrowth.js';
import { Monitor } from '../monitor/poll.js';
import type { DsnStore } from '../platform/dsn/index.js';
import { openHistoryStore, type HistoryStore } from '../store/index.js';
import { ConnectionActions, type RepairOutcome } from './connectionActions.js';
import { PollCycle } from './pollCycle.js';
import type { PollTiming } from './schedule.js';

export interface ServiceLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export interface ServiceOptions {
  dataDir: string;
  config: Config;
  /** The server string was taken from PC-Kassa's DSN: a repair of the DSN moves the polling too. */
  serverFromDsn?: boolean;
  /** `--interval`; otherwise the settings' `pollSchedule`. */
  interval?: PollTiming;
  log: ServiceLog;
  /** The DSN back-end (tests give one over a temporary odbc.ini). */
  dsnStore?: (dsnName: string) => DsnStore;
}

export class KassavaktService {
  readonly history: HistoryStore;
  readonly cycle: PollCycle;
  readonly connection: ConnectionActions;
  private current: Config;
  private monitor: Monitor | null = null;
  private cannotPoll: string | null = null;
  private running: Promise<void> | null = null;
  private closing: Promise<void> | null = null;

  constructor(private readonly options: ServiceOptions) {
    this.current = options.config;
    const { log } = options;
    this.history = openHistoryStore({
      dir: options.dataDir,
      lang: options.config.lang,
      config: options.config,
      // The code (SQLITE_FULL, EACCES) is for whoever reads the log; the words are for the user.
      onStorageProblem: (problem, message) => log.error(`${message} [${problem.code}]`),
      onStorageRecovered: (message) => log.info(message),
    });
    this.cycle = new PollCycle({
      poll: () => this.monitor?.poll() ?? Promise.resolve(null),
      history: this.history,
      lang: () => this.current.lang,
      health: () => this.current.health,
      growth: () => currentGrowth(this.history.queries()?.sizeSamples() ?? []),
      log: (line) => log.error(line),
    });
    this.connection = new ConnectionActions({
      config: () => this.current,
      dataDir: options.dataDir,
      lastGood: () => this.cycle.lastGood(),
      ...(options.dsnStore ? { dsnStore: options.dsnStore } : {}),
    });
    this.connect();
  }

  config(): Config {
    return this.current;
  }

  /** Why the main till cannot be polled (no server, or one that is not valid), in the user's language. */
  problem(): string | null {
    return this.cannotPoll;
  }

  /** When the cycle polls: `--interval`, else the settings' schedule. */
  timing(): PollTiming {
    return this.options.interval ?? { cron: this.current.pollSchedule };
  }

  /**
   * Starts polling (at once, then on the timing; `count` polls in all when given). Resolves when
   * polling ends; at once when there is nothing to poll (see problem()).
   */
  start(count?: number): Promise<void> {
    if (!this.monitor) return Promise.resolve();
    const running = this.cycle
      .run(this.timing(), count)
      .catch((error: Error) => this.options.log.error(t(this.current.lang, 'service.scheduleFailed', { detail: error.message })));
    this.running = running;
    return running;
  }

  /** New settings: a new connection and schedule, with the same history and listeners. */
  async restart(config: Config): Promise<void> {
    await this.stopPolling();
    this.current = config;
    this.connect();
    void this.start();
  }

  /** The repair every front end offers; when the server came from the DSN, polling follows the repair. */
  async repair(): Promise<RepairOutcome> {
    const outcome = await this.connection.repair();
    if (outcome.kind === 'repaired' && outcome.result.changed && this.options.serverFromDsn && outcome.result.current) {
      await this.restart({ ...this.current, server: outcome.result.current });
    }
    return outcome;
  }

  /** Stops polling and closes the connection and the history; a second call waits for the first. */
  close(): Promise<void> {
    this.closing ??= this.stopPolling().then(() => this.history.close());
    return this.closing;
  }

  private connect(): void {
    try {
      this.monitor = new Monitor(this.current);
      this.cannotPoll = null;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      this.monitor = null;
      this.cannotPoll = error.message;
    }
  }

  private async stopPolling(): Promise<void> {
    await this.cycle.stop();
    await this.running;
    this.running = null;
    await this.monitor?.close();
    this.monitor = null;
  }
}
