// `kassavakt repair`: shows where the DSN's driver connects, what works instead and what --apply would
// write; --apply writes it (backup first, read back and checked by the doctor after, rolled back when
// it does not work), --undo puts the old values back.
import type { Command } from 'commander';
import type { Config } from '../../core/config.js';
import { UserError } from '../../core/errors.js';
import { t } from '../../core/i18n.js';
import { formatServerString, requireServerString } from '../../core/serverString.js';
import { describeVerdict } from '../../core/verdict.js';
import { runDoctor } from '../../monitor/doctor/index.js';
import { openDsnStore } from '../../platform/dsn/index.js';
import { repairDsn, undoRepair } from '../../platform/dsn/repair.js';
import { doctorJson, dsnUserError } from '../doctorReport.js';
import { doctorVerify, readDsnServer, repairProposal, type RepairProposal } from '../doctorTarget.js';
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
async function checkedChoice(server: string, config: Config): Promise<RepairProposal> {
  const report = await runDoctor({ server: requireServerString(server, config.lang), source: 'server', config });
  if (report.verdict.code !== 'OK') throw new UserError(describeVerdict(config.lang, report.verdict).explanation, EXIT_UNREACHABLE);
  return { server: report.server, works: true };
}

export function registerRepair(program: Command): void {
  addConnectionOptions(
    program
      .command('repair')
      .description('repair the PC-Kassa ODBC data source (shows the change; --apply writes it, --undo restores)')
      .option('--dsn <name>', 'ODBC data source name (default: the settings\' dsnName, "Nutid - PC Kassa")')
      .option('--apply', 'write the working server string into the DSN')
      .option('--undo', 'restore the value the last repair replaced')
      .option('--json', 'print JSON')
      .addOption(langOption()),
  ).action(async (opts: RepairOptions) => {
    const config = resolveConnection(opts);
    const lang = config.lang;
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
    const report = await runDoctor({ server: address, source: 'dsn', dsnName: store.dsnName, config });
    const proposal = opts.server !== undefined ? await checkedChoice(opts.server, config) : await repairProposal(report, reading.target, config);
    const current = formatServerString(address);
    const lines = [t(lang, 'repair.current', { dsn: store.dsnName, location: reading.location, server: current })];
    const json = { dsn: store.dsnName, location: reading.location, current, keys: reading.values, proposed: proposal?.server ?? null, doctor: doctorJson(report, lang) };

    if (!proposal) {
      const works = report.verdict.code === 'OK';
      lines.push(t(lang, works ? 'repair.alreadyWorks' : 'repair.nothingFound'));
      print({ ...json, applied: false }, lines);
      process.exitCode = works ? 0 : EXIT_UNREACHABLE;
      return;
    }
    if (!proposal.works) lines.push(t(lang, 'repair.reachedOnly', { server: proposal.server }));
    if (!opts.apply) {
      lines.push(t(lang, 'repair.wouldWrite', { server: proposal.server }));
      print({ ...json, applied: false }, lines);
      return;
    }
    const verify = doctorVerify(config, proposal.works ? 'works' : 'answers');
    const result = await repairDsn(store, proposal.server, dataDir, { verify }).catch((error: unknown) => Promise.reject(dsnUserError(lang, error)));
    lines.push(repairResultText(lang, result));
    print({ ...json, applied: result.changed }, lines);
  });
}
