// `kassavakt inspect-update FILE`: is this the right PC-Kassa update file for the fleet? The fleet
// comes from --fleet, else from one live poll of the configured main till (when one is configured).
// With --json every answer is JSON: a verdict, or `{ file, error }` for a mistake in the other input.
import type { Command } from 'commander';
import type { Config } from '../../core/config.js';
import { UserError } from '../../core/errors.js';
import type { FleetSnapshot } from '../../core/fleet.js';
import { t, type Lang } from '../../core/i18n.js';
import { judgeUpdateFile, verdictExitCode, type UpdateFileVerdict } from '../../core/updateFile.js';
import { inspectUpdateFile } from '../../update/inspectUpdateFile.js';
import { pathProblem } from '../../update/peVersionReader.js';
import { unreachableMessage } from '../../core/pollAssessment.js';
import { pollOnce } from '../../monitor/poll.js';
import { addConnectionOptions, langOption, resolveConnection, type ConnectionOptions } from '../options.js';
import { EXIT_UNREACHABLE } from '../exitCodes.js';
import { readSnapshotFile } from '../readInput.js';

type InspectOptions = ConnectionOptions & { json?: boolean; fleet?: string };

export function registerInspectUpdate(program: Command, lang: Lang): void {
  addConnectionOptions(
    program
      .command('inspect-update')
      .description(t(lang, 'cli.inspectUpdate.description'))
      .argument('<file>', t(lang, 'cli.inspectUpdate.file')),
    lang,
  )
    .option('--json', t(lang, 'cli.option.json'))
    .option('--fleet <snapshot>', t(lang, 'cli.inspectUpdate.fleet'))
    .addOption(langOption(lang))
    .action(async (file: string, opts: InspectOptions) => {
      try {
        await inspect(file, opts, lang);
      } catch (error) {
        if (!(opts.json && error instanceof UserError)) throw error;
        console.log(JSON.stringify({ file, error: error.message }, null, 2));
        process.exitCode = error.exitCode;
      }
    });
}

/** `lang`: the language the command line chose (--lang, else the settings file's, else Swedish). */
async function inspect(file: string, opts: InspectOptions, lang: Lang): Promise<void> {
  const config = opts.fleet === undefined ? resolveConnection(opts, lang) : undefined;
  // Refused before the fleet is asked for: a missing path, a folder, a FIFO (which would block a read).
  const problem = await pathProblem(file);
  if (problem !== null) {
    const refusal = judgeUpdateFile({ file, reading: problem }, lang);
    if (!opts.json) throw new UserError(`${file}: ${refusal.message}`);
    console.log(JSON.stringify(verdictJson(refusal), null, 2));
    process.exitCode = verdictExitCode(refusal);
    return;
  }
  const source = config ? await liveFleet(config) : { fleet: readSnapshotFile(opts.fleet!, lang) };
  const verdict = await inspectUpdateFile(file, { fleet: source.fleet, lang });
  console.log(opts.json ? JSON.stringify(verdictJson(verdict), null, 2) : renderVerdict(verdict, lang));
  process.exitCode = verdictExitCode(verdict);
  if (source.unreachable !== undefined) {
    console.error(source.unreachable);
    process.exitCode = EXIT_UNREACHABLE;
  }
}

/** The fleet from one poll of the configured main till; none (and why) when it cannot be read. */
async function liveFleet(config: Config): Promise<{ fleet: FleetSnapshot | undefined; unreachable?: string }> {
  if (config.server === undefined) return { fleet: undefined };
  const poll = await pollOnce(config);
  if (poll.ok) return { fleet: poll.snapshot };
  return { fleet: undefined, unreachable: unreachableMessage(config.lang, poll, config.server) };
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
