// `kassavakt check FILE`: judge a fleet snapshot from a file or stdin.
import type { Command } from 'commander';
import { hasProblems } from '../../core/findings.js';
import { DEFAULT_LANG, type Lang } from '../../core/i18n.js';
import { assessFleet } from '../../core/rules.js';
import { parseSnapshotText } from '../../core/snapshot.js';
import { UserError } from '../../core/errors.js';
import { assessmentJson, renderAssessment } from '../fleetReport.js';
import { langOption } from '../options.js';
import { readInputFile } from '../readInput.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('judge a fleet snapshot (JSON file, - for stdin)')
    .argument('<file>', 'snapshot file, or - for stdin')
    .option('--json', 'print JSON')
    .addOption(langOption())
    .action((file: string, opts: { json?: boolean; lang?: Lang }) => {
      const lang = opts.lang ?? DEFAULT_LANG;
      const text = readInputFile(file, lang);
      let snapshot;
      try {
        snapshot = parseSnapshotText(text, lang);
      } catch (error) {
        if (error instanceof UserError) throw new UserError(`${file}: ${error.message}`);
        throw error;
      }
      const assessment = assessFleet(snapshot.tills, lang);
      console.log(opts.json ? JSON.stringify(assessmentJson(assessment), null, 2) : renderAssessment(assessment, lang));
      process.exitCode = hasProblems(assessment.findings) ? 1 : 0;
    });
}
