// `kassavakt inspect-update FILE`: is this the right PC-Kassa update file for the fleet?
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import type { FleetSnapshot } from '../../core/fleet.js';
import { DEFAULT_LANG, t, type Lang } from '../../core/i18n.js';
import { parseSnapshotText } from '../../core/snapshot.js';
import { verdictExitCode, type UpdateFileVerdict } from '../../core/updateFile.js';
import { inspectUpdateFile } from '../../update/inspectUpdateFile.js';
import { langOption } from '../options.js';
import { readInputFile } from '../readInput.js';

export function registerInspectUpdate(program: Command): void {
  program
    .command('inspect-update')
    .description('check an update file or installer against the fleet (exit 0 right, 1 wrong, 2 cannot tell)')
    .argument('<file>', 'the .exe to inspect')
    .option('--json', 'print JSON')
    .option('--fleet <snapshot>', 'fleet snapshot (the `check` format) to compare with')
    .addOption(langOption())
    .action(async (file: string, opts: { json?: boolean; fleet?: string; lang?: Lang }) => {
      const lang = opts.lang ?? DEFAULT_LANG;
      if (!existsSync(file)) throw new UserError(`${file}: ${t(lang, 'input.noSuchFile')}`);
      const fleet = opts.fleet === undefined ? undefined : readFleet(opts.fleet, lang);
      const verdict = await inspectUpdateFile(file, { fleet, lang });
      console.log(opts.json ? JSON.stringify(verdictJson(verdict), null, 2) : renderVerdict(verdict, lang));
      process.exitCode = verdictExitCode(verdict);
    });
}

function readFleet(file: string, lang: Lang): FleetSnapshot {
  const text = readInputFile(file, lang);
  try {
    return parseSnapshotText(text, lang);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${file}: ${error.message}`);
    throw error;
  }
}

function verdictJson(v: UpdateFileVerdict) {
  const version = v.version && { raw: v.version.raw, major: v.version.major, release: v.version.release, edition: v.version.edition };
  return {
    file: v.file,
    kind: v.kind,
    productName: v.productName,
    fileVersion: v.fileVersion,
    version,
    fleetEdition: v.fleetEdition,
    matches: v.matches,
    outcome: v.outcome,
    message: v.message,
    advice: v.advice,
  };
}

function renderVerdict(v: UpdateFileVerdict, lang: Lang): string {
  const details = t(lang, 'update.details', {
    kind: t(lang, `update.kind.${v.kind}`),
    product: v.productName ?? '–',
    fileVersion: v.fileVersion ?? '–',
  });
  return [v.file, v.message, `   → ${v.advice}`, `   (${details})`].join('\n');
}
