// `kassavakt watch`: poll the main till on a schedule, record what changes in the history, print one
// line per change; stops cleanly on SIGINT/SIGTERM (or after --count polls).
import { Option, type Command } from 'commander';
import { t, type Lang } from '../../core/i18n.js';
import { assessPoll } from '../../core/pollAssessment.js';
import { Monitor } from '../../monitor/poll.js';
import { startSchedule, type PollTiming } from '../../monitor/schedule.js';
import { openHistoryStore } from '../../store/index.js';
import { changeLine } from '../historyText.js';
import { addConnectionOptions, langOption, parseCountOption, parseSecondsOption, requireServer, resolveConnection, resolveDataDir, type ConnectionOptions } from '../options.js';

export function registerWatch(program: Command, lang: Lang): void {
  addConnectionOptions(program.command('watch').description(t(lang, 'cli.watch.description')), lang)
    .addOption(new Option('--interval <seconds>', t(lang, 'cli.watch.interval')).argParser(parseSecondsOption('--interval', lang)))
    .addOption(new Option('--count <n>', t(lang, 'cli.watch.count')).argParser(parseCountOption('--count', lang)))
    .addOption(langOption(lang))
    .action(async (opts: ConnectionOptions & { interval?: number; count?: number }) => {
      const config = resolveConnection(opts);
      const lang = config.lang;
      requireServer(config);
      const timing: PollTiming = opts.interval !== undefined ? { intervalSeconds: opts.interval } : { cron: config.pollSchedule };
      const store = openHistoryStore({
        dir: resolveDataDir(opts),
        lang,
        hourlyDays: config.retention.hourlyDays,
        onStorageProblem: (_problem, message) => console.error(message),
        onStorageRecovered: (message) => console.error(message),
      });
      const quarantined = store.quarantineNotice();
      if (quarantined) console.error(quarantined);
      const monitor = new Monitor(config);

      const schedule = startSchedule(
        timing,
        async (signal) => {
          const result = await monitor.poll();
          if (signal.aborted) return; // stopping: the poll in flight is abandoned, not half-recorded
          const findings = result.ok ? assessPoll(result, lang).findings : [];
          for (const change of store.recordPoll(result, findings)) console.log(changeLine(change, lang));
        },
        opts.count,
      );
      const stop = () => void schedule.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await schedule.done;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        store.close();
        await monitor.close();
      }
    });
}
