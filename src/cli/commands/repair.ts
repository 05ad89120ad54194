// `kassavakt repair`: shows where the DSN's driver connects, what works instead and what --apply would
// write; --apply writes it (backup first, read back and checked by the doctor after, rolled back when
// it does not work), --undo puts the old values back.
import type { Command } from 'commander';
import type { Config } from '../../core/config.js';
import { UserError } from '../../core/errors.js';
import { t, type Lang } from '../../core/i18n.js';
import { formatServerString, requireServerString, type ServerAddress } from '../../core/serverString.js';
import { describeVerdict } from '../../core/verdict.js';
import { runDoctor } from '../../monitor/doctor/index.js';
import { openDsnStore } from '../../platform/dsn/index.js';
import { undoRepair } from '../../platform/dsn/repair.js';
import { applyRepair, repairPlanFrom, verifyWithDoctor } from '../../service/index.js';
import { doctorJson, dsnUserError } from '../doctorReport.js';
import { readDsnServer } from '../doctorTarget.js';
import { addConnectionOptions, langOption, resolveConnection, resolveDataDir, type ConnectionOptions } from '../options.js';
import { EXIT_UNREACHABLE } from '../exitCodes.js';
import { repairResultText } from '../../platform/dsn/repairText.js';

interface RepairOptions extends ConnectionOptions {
  dsn?: string;
  apply?: boolean;
  undo?: boolean;
  json?: boolean;
}

/** A server string the user chose (--server): written only when the doctor finds that it works. */
async function checkedChoice(server: string, config: Config): Promise<string> {
  const report = await runDoctor({ server: requireServerString(server, config.lang), source: 'server', config });
  if (report.verdict.code !== 'OK') throw new UserError(describeVerdict(config.lang, report.verdict).explanation, EXIT_UNREACHABLE);
  return report.server;
}

export function registerRepair(program: Command, lang: Lang): void {
  addConnectionOptions(
    program
      .command('repair')
      .description(t(lang, 'cli.repair.description'))
      .option('--dsn <name>', t(lang, 'cli.repair.dsn'))
      .option('--apply', t(lang, 'cli.repair.apply'))
      .option('--undo', t(lang, 'cli.repair.undo'))
      .option('--json', t(lang, 'cli.option.json'))
      .addOption(langOption(lang)),
    lang,
  ).action(async (opts: RepairOptions) => {
    const config = resolveConnection(opts, lang);
    if (opts.apply && opts.undo) throw new UserError(t(lang, 'repair.applyAndUndo'));
    const store = openDsnStore(opts.dsn ?? config.dsnName);
    const dataDir = resolveDataDir(opts);
    const print = (json: object, text: string[]) => console.log(opts.json ? JSON.stringify(json, null, 2) : text.join('\n'));

    if (opts.undo) {
      const result = await undoRepair(store, dataDir).catch((error: unknown) => Promise.reject(dsnUserError(lang, error)));
      print(result, [t(lang, 'repair.undone', { dsn: store.dsnName, server: result.current ?? t(lang, 'repair.none') })]);
      return;
    }

    const { address, reading } = await readDsnServer(store, config);
    const diagnose = (server: ServerAddress, maxCandidates?: number) =>
      runDoctor({ server, source: 'dsn', dsnName: store.dsnName, config, ...(maxCandidates !== undefined ? { maxCandidates } : {}) });
    const report = await diagnose(address);
    const named = reading.target.kind === 'server' ? reading.target.named : undefined;
    const plan = await repairPlanFrom(report, named, (server) => diagnose(server));
    const proposed = opts.server !== undefined ? await checkedChoice(opts.server, config) : plan.action === 'write' ? plan.server : undefined;
    const current = formatServerString(address);
    const lines = [t(lang, 'repair.current', { dsn: store.dsnName, location: reading.location, server: current })];
    const json = { dsn: store.dsnName, location: reading.location, current, keys: reading.values, proposed: proposed ?? null, doctor: doctorJson(report, lang) };

    if (!proposed) {
      const works = report.verdict.code === 'OK';
      lines.push(t(lang, works ? 'repair.alreadyWorks' : 'repair.nothingFound'));
      print({ ...json, applied: false }, lines);
      process.exitCode = works ? 0 : EXIT_UNREACHABLE;
      return;
    }
    if (opts.server === undefined && plan.action === 'write' && !plan.loginProven) lines.push(t(lang, 'repair.reachedOnly', { server: proposed }));
    if (!opts.apply) {
      lines.push(t(lang, 'repair.wouldWrite', { server: proposed }));
      print({ ...json, applied: false }, lines);
      return;
    }
    const loginProven = opts.server !== undefined || (plan.action === 'write' && plan.loginProven);
    const verify = verifyWithDoctor((server) => diagnose(server, 0), loginProven);
    const result = await applyRepair(store, proposed, dataDir, verify).catch((error: unknown) => Promise.reject(dsnUserError(lang, error)));
    lines.push(repairResultText(lang, result));
    print({ ...json, applied: result.changed }, lines);
  });
}
