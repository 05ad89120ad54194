// `kassavakt report --out FILE.html`: Översikt and Historik in one self-contained file for support.
import type { Command } from 'commander';
import { t } from '../../core/i18n.js';
import { writeReportFile } from '../../console/index.js';
import { addConnectionOptions, langOption, resolveConnection, resolveDataDir, type ConnectionOptions } from '../options.js';

export function registerReport(program: Command): void {
  addConnectionOptions(
    program
      .command('report')
      .description('write the overview and the history as one HTML file (no network needed to view it)')
      .requiredOption('--out <file>', 'the HTML file to write'),
  )
    .addOption(langOption())
    .action(async (opts: ConnectionOptions & { out: string }) => {
      const config = resolveConnection(opts);
      await writeReportFile({ dataDir: resolveDataDir(opts), config, out: opts.out, lang: config.lang });
      console.log(t(config.lang, 'console.report.written', { path: opts.out }));
    });
}
