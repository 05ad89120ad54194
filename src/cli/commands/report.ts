// `kassavakt report --out FILE.html`: Översikt and Historik in one self-contained file for support.
import type { Command } from 'commander';
import { t, type Lang } from '../../core/i18n.js';
import { writeReportFile } from '../../console/index.js';
import { addConnectionOptions, langOption, resolveConnection, resolveDataDir, type ConnectionOptions } from '../options.js';

export function registerReport(program: Command, lang: Lang): void {
  addConnectionOptions(
    program
      .command('report')
      .description(t(lang, 'cli.report.description'))
      .requiredOption('--out <file>', t(lang, 'cli.report.out')),
    lang,
  )
    .addOption(langOption(lang))
    .action(async (opts: ConnectionOptions & { out: string }) => {
      const config = resolveConnection(opts, lang);
      await writeReportFile({ dataDir: resolveDataDir(opts), config, out: opts.out, lang: config.lang });
      console.log(t(config.lang, 'console.report.written', { path: opts.out }));
    });
}
