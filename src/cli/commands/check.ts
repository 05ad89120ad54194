// `kassavakt check FILE`: judge a fleet snapshot from a file or stdin.
import type { Command } from 'commander';
import { hasProblems } from '../../core/findings.js';
import { t, type Lang } from '../../core/i18n.js';
import { assessFleet } from '../../core/rules.js';
import { assessmentJson, renderAssessment } from '../fleetReport.js';
import { langOption } from '../options.js';
import { readSnapshotFile } from '../readInput.js';

export function registerCheck(program: Command, lang: Lang): void {
  program
    .command('check')
    .description(t(lang, 'cli.check.description'))
    .argument('<file>', t(lang, 'cli.check.file'))
    .option('--json', t(lang, 'cli.option.json'))
    .addOption(langOption(lang))
    .action((file: string, opts: { json?: boolean }) => {
      const snapshot = readSnapshotFile(file, lang);
      const assessment = assessFleet(snapshot.tills, lang);
      console.log(opts.json ? JSON.stringify(assessmentJson(assessment), null, 2) : renderAssessment(assessment, lang));
      process.exitCode = hasProblems(assessment.findings) ? 1 : 0;
    });
}
