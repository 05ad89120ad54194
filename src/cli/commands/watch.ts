// `kassavakt watch`: poll the main till on a schedule, record what changes in the history, print one
// line per change; stops cleanly on SIGINT/SIGTERM (or after --count polls).
import { Option, type Command } from 'commander';
import { t, type Lang } from '../../core/i18n.js';
import { attachMetrics, KassavaktService, type AttachedMetrics } from '../../service/index.js';
import { changeLine } from '../historyText.js';
import {
  addConnectionOptions,
  addMetricsOptions,
  langOption,
  metricsOverrides,
  parseCountOption,
  parseSecondsOption,
  requireServer,
  resolveConnection,
  resolveDataDir,
  type ConnectionOptions,
  type MetricsOptions,
} from '../options.js';

export function registerWatch(program: Command, lang: Lang): void {
  addMetricsOptions(addConnectionOptions(program.command('watch').description(t(lang, 'cli.watch.description')), lang), lang)
    .addOption(new Option('--interval <seconds>', t(lang, 'cli.watch.interval')).argParser(parseSecondsOption('--interval', lang)))
    .addOption(new Option('--count <n>', t(lang, 'cli.watch.count')).argParser(parseCountOption('--count', lang)))
    .addOption(langOption(lang))
    .action(async (opts: ConnectionOptions & MetricsOptions & { interval?: number; count?: number }) => {
      const config = resolveConnection(opts, lang);
      requireServer(config);
      const toStderr = (line: string) => console.error(line);
      const service = new KassavaktService({
        dataDir: resolveDataDir(opts),
        config,
        ...(opts.interval !== undefined ? { interval: { intervalSeconds: opts.interval } } : {}),
        log: { info: toStderr, warn: toStderr, error: toStderr },
      });
      const quarantined = service.history.quarantineNotice();
      if (quarantined) console.error(quarantined);
      service.cycle.subscribe(({ changes }) => {
        for (const change of changes) console.log(changeLine(change, config.lang));
      });
      const stop = () => void service.close();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let metrics: AttachedMetrics | null = null;
      try {
        metrics = await attachMetrics(service.cycle, config, metricsOverrides(opts), config.lang, toStderr);
        if (metrics?.url) console.error(t(config.lang, 'metrics.serving', { url: metrics.url }));
        await service.start(opts.count);
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await service.close();
        await metrics?.close();
      }
    });
}
