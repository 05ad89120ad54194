// `kassavakt history`: what changed and when (per till with --till), each till's version timeline,
// and the problems still open with how long they have been open.
import type { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { t, type Lang } from '../../core/i18n.js';
import { parseIsoTime } from '../../core/isoTime.js';
import { DAYS_PER_MONTH, currentGrowth } from '../../core/sizeGrowth.js';
import { openHistoryStore, storageProblemText } from '../../store/index.js';
import { renderHistory } from '../historyText.js';
import { langOption, resolveConnection, resolveDataDir } from '../options.js';

interface HistoryOptions {
  till?: string;
  since?: string;
  json?: boolean;
  data?: string;
  config?: string;
  lang?: Lang;
}

export function registerHistory(program: Command, lang: Lang): void {
  program
    .command('history')
    .description(t(lang, 'cli.history.description'))
    .option('--till <name>', t(lang, 'cli.history.till'))
    .option('--since <date>', t(lang, 'cli.history.since'))
    .option('--json', t(lang, 'cli.option.json'))
    .option('--data <dir>', t(lang, 'cli.option.data'))
    .option('--config <file>', t(lang, 'cli.option.config'))
    .addOption(langOption(lang))
    .action((opts: HistoryOptions) => {
      const config = resolveConnection(opts, lang);
      const since = opts.since === undefined ? undefined : sinceInstant(opts.since, lang);
      const store = openHistoryStore({ dir: resolveDataDir(opts), lang, config });
      try {
        const quarantined = store.quarantineNotice();
        if (quarantined) console.error(quarantined);
        const queries = store.queries();
        const problem = store.storageProblem();
        // A file that did not open left a storage problem (any other error was thrown).
        if (queries === null || problem !== null) {
          throw new UserError(t(lang, 'output.historyUnreadable', { dir: resolveDataDir(opts), reason: storageProblemText(problem!, lang) }));
        }
        const report = {
          events: queries.events({ ...(opts.till ? { till: opts.till } : {}), ...(since ? { since } : {}) }),
          timelines: queries.versionTimeline(opts.till),
          open: queries.openFindings().filter((f) => !opts.till || f.tills.some((x) => x.toUpperCase() === opts.till!.trim().toUpperCase())),
          sizes: queries.sizeSamples(since),
        };
        if (opts.json) {
          const { events, timelines, open, sizes } = report;
          const growth = currentGrowth(sizes);
          console.log(
            JSON.stringify(
              {
                events,
                timelines,
                openFindings: open,
                episodes: queries.findingEpisodes(since),
                uptime: queries.uptimeByDay(since),
                mainTillSizes: sizes,
                mainTillGrowth: growth === null ? null : { ...growth, mbPerMonth: growth.mbPerDay * DAYS_PER_MONTH },
              },
              null,
              2,
            ),
          );
        } else {
          console.log(renderHistory(report, lang));
        }
      } finally {
        store.close();
      }
    });
}

/** A bare date means from the start of that day in the shop's time zone, not UTC midnight. */
function sinceInstant(value: string, lang: Lang): string {
  const ms = parseIsoTime(value);
  if (ms === null) throw new UserError(t(lang, 'history.badSince', { value }));
  return new Date(ms).toISOString();
}
