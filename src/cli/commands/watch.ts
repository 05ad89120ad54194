// `kassavakt watch`: poll the main till on a schedule, record what changes in the history, print one
// line per change; stops cleanly on SIGINT/SIGTERM (or after --count polls).
import { Option, type Command } from 'commander';
import { t, type Lang } from '../../core/i18n.js';
import { KassavaktService } from '../../service/index.js';
import { changeLine } from '../historyText.js';
import { addConnectionOptions, langOption, parseCountOption, parseSecondsOption, requireServer, resolveConnection, resolveDataDir, type ConnectionOptions } from '../options.js';

export function registerWatch(program: Command, lang: Lang): void {
  addConnectionOptions(program.command('watch').description(t(lang, 'cli.watch.description')), lang)
    .addOption(new Option('--interval <seconds>', t(lang, 'cli.watch.interval')).argParser(parseSecondsOption('--interval', lang)))
    .addOption(new Option('--count <n>', t(lang, 'cli.watch.count')).argParser(parseCountOption('--count', lang)))
    .addOption(langOption(lang))
    .action(async (opts: ConnectionOptions & { interval?: number; count?: number }) => {
      const config = resolveConnection(opts);
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
      try {
        await service.start(opts.count);
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await service.close();
      }
    });
}
