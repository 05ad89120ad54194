// `kassavakt doctor`: every probe with its state and time, the other ways tried, and the verdict.
import type { Command } from 'commander';
import { runDoctor } from '../../monitor/doctor/index.js';
import { doctorJson, renderDoctorReport } from '../doctorReport.js';
import { doctorTarget } from '../doctorTarget.js';
import { addConnectionOptions, langOption, resolveConnection, type ConnectionOptions } from '../options.js';
import { EXIT_UNREACHABLE } from '../exitCodes.js';


export function registerDoctor(program: Command): void {
  addConnectionOptions(
    program
      .command('doctor')
      .description('find out why the main till cannot be reached, and what works instead')
      .option('--dsn <name>', 'check the server of this ODBC data source (default: the settings, else "Nutid - PC Kassa")')
      .option('--json', 'print JSON')
      .addOption(langOption()),
  ).action(async (opts: ConnectionOptions & { dsn?: string; json?: boolean }) => {
    const config = resolveConnection(opts);
    const target = await doctorTarget(opts, config);
    const report = await runDoctor({ ...target, config });
    console.log(opts.json ? JSON.stringify(doctorJson(report, config.lang), null, 2) : renderDoctorReport(report, config.lang));
    process.exitCode = report.verdict.code === 'OK' ? 0 : EXIT_UNREACHABLE;
  });
}
