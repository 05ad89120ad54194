// `kassavakt history`: what changed and when (per till with --till), each till's version timeline,
// and the problems still open with how long they have been open.
import type { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { t } from '../../core/i18n.js';
import { openHistoryStore } from '../../store/index.js';
import { renderHistory } from '../historyText.js';
import { langOption, resolveConnection, resolveDataDir } from '../options.js';

interface HistoryOptions {
  till?: string;
  since?: string;
  json?: boolean;
  data?: string;
  config?: string;
  lang?: 'sv' | 'nb' | 'en';
}

export function registerHistory(program: Command): void {
  program
    .command('history')
    .description('show what changed: events, version timelines, open problems')
    .option('--till <name>', 'only this till')
    .option('--since <date>', 'only events from this date/time on (ISO 8601, e.g. 2026-11-25)')
    .option('--json', 'print JSON')
    .option('--data <dir>', 'data folder (default: KASSAVAKT_DATA or the OS convention)')
    .option('--config <file>', 'settings file (default <data>/config.json)')
    .addOption(langOption())
    .action((opts: HistoryOptions) => {
      const config = resolveConnection(opts);
      const lang = config.lang;
      const since = opts.since === undefined ? undefined : sinceInstant(opts.since);
      if (since !== undefined && Number.isNaN(Date.parse(since))) throw new UserError(t(lang, 'history.badSince', { value: opts.since! }));
      const store = openHistoryStore({ dir: resolveDataDir(opts), lang, config });
      try {
        const quarantined = store.quarantineNotice();
        if (quarantined) console.error(quarantined);
        const queries = store.queries();
        const problem = store.storageProblem();
        if (queries === null || problem !== null) {
          throw new UserError(t(lang, 'store.diskProblem', { dir: resolveDataDir(opts), code: problem?.code ?? '' }));
        }
        const report = {
          events: queries.events({ ...(opts.till ? { till: opts.till } : {}), ...(since ? { since } : {}) }),
          timelines: queries.versionTimeline(opts.till),
          open: queries.openFindings().filter((f) => !opts.till || f.tills.some((x) => x.toUpperCase() === opts.till!.trim().toUpperCase())),
        };
        if (opts.json) {
          const { events, timelines, open } = report;
          console.log(JSON.stringify({ events, timelines, openFindings: open, episodes: queries.findingEpisodes(since), uptime: queries.uptimeByDay(since) }, null, 2));
        } else {
          console.log(renderHistory(report, lang));
        }
      } finally {
        store.close();
      }
    });
}

/** A bare date means from the start of that day in the shop's time zone, not UTC midnight. */
function sinceInstant(value: string): string {
  const date = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value.trim());
  if (!date) return value;
  const local = new Date(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
  return Number.isNaN(local.getTime()) ? value : local.toISOString();
}
