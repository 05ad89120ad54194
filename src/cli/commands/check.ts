// `kassavakt check FILE`: judge a fleet snapshot from a file or stdin.
import type { Command } from 'commander';
import { hasProblems } from '../../core/findings.js';
import { DEFAULT_LANG, type Lang } from '../../core/i18n.js';
import { assessFleet } from '../../core/rules.js';
import { assessmentJson, renderAssessment } from '../fleetReport.js';
import { langOption } from '../options.js';
import { readSnapshotFile } from '../readInput.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('judge a fleet snapshot (JSON file, - for stdin)')
    .argument('<file>', 'snapshot file, or - for stdin')
    .option('--json', 'print JSON')
    .addOption(langOption())
    .action((file: string, opts: { json?: boolean; lang?: Lang }) => {
      const lang = opts.lang ?? DEFAULT_LANG;
      const snapshot = readSnapshotFile(file, lang);
      const assessment = assessFleet(snapshot.tills, lang);
      console.log(opts.json ? JSON.stringify(assessmentJson(assessment), null, 2) : renderAssessment(assessment, lang));
      process.exitCode = hasProblems(assessment.findings) ? 1 : 0;
    });
}
