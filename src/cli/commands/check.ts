// `kassavakt check FILE`: judge a fleet snapshot from a file or stdin.
import type { Command } from 'commander';
import { hasProblems } from '../../core/findings.js';
import { t, type Lang } from '../../core/i18n.js';
import { assessSnapshot } from '../../core/pollAssessment.js';
import { assessmentJson, renderAssessment } from '../fleetReport.js';
import { mainTillBlock } from '../../core/mainTillText.js';
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
      // A snapshot without a time is taken to be of now.
      const at = snapshot.takenAt ?? new Date().toISOString();
      const assessment = assessSnapshot({ ...snapshot, takenAt: at }, lang, new Date(at));
      const block = snapshot.mainTill ? [...mainTillBlock(snapshot.mainTill, at, lang), ''] : [];
      console.log(opts.json ? JSON.stringify(assessmentJson(assessment), null, 2) : [...block, renderAssessment(assessment, lang)].join('\n'));
      process.exitCode = hasProblems(assessment.findings) ? 1 : 0;
    });
}
