// `kassavakt doctor`: every probe with its state and time, the other ways tried, and the verdict.
import type { Command } from 'commander';
import { t, type Lang } from '../../core/i18n.js';
import { runDoctor } from '../../monitor/doctor/index.js';
import { doctorJson, renderDoctorReport } from '../doctorReport.js';
import { doctorTarget } from '../doctorTarget.js';
import { addConnectionOptions, langOption, resolveConnection, type ConnectionOptions } from '../options.js';
import { EXIT_UNREACHABLE } from '../exitCodes.js';


export function registerDoctor(program: Command, lang: Lang): void {
  addConnectionOptions(
    program
      .command('doctor')
      .description(t(lang, 'cli.doctor.description'))
      .option('--dsn <name>', t(lang, 'cli.doctor.dsn'))
      .option('--json', t(lang, 'cli.option.json'))
      .addOption(langOption(lang)),
    lang,
  ).action(async (opts: ConnectionOptions & { dsn?: string; json?: boolean }) => {
    const config = resolveConnection(opts, lang);
    const target = await doctorTarget(opts, config);
    const report = await runDoctor({ ...target, config });
    console.log(opts.json ? JSON.stringify(doctorJson(report, config.lang), null, 2) : renderDoctorReport(report, config.lang));
    process.exitCode = report.verdict.code === 'OK' ? 0 : EXIT_UNREACHABLE;
  });
}
