// `kassavakt status`: poll the main till once and judge the fleet like `check` does.
import type { Command } from 'commander';
import { t, type Lang } from '../../core/i18n.js';
import { UserError } from '../../core/errors.js';
import { hasProblems } from '../../core/findings.js';
import { assessPoll, unreachableMessage } from '../../core/pollAssessment.js';
import { pollOnce } from '../../monitor/poll.js';
import { addConnectionOptions, langOption, requireServer, resolveConnection, type ConnectionOptions } from '../options.js';
import { renderStatus, statusJson, unreachableJson } from '../statusReport.js';
import { EXIT_UNREACHABLE } from '../exitCodes.js';

/** Exit code when the main till cannot be read at all. */

export function registerStatus(program: Command, lang: Lang): void {
  addConnectionOptions(program.command('status').description(t(lang, 'cli.status.description')), lang)
    .option('--json', t(lang, 'cli.option.json'))
    .addOption(langOption(lang))
    .action(async (opts: ConnectionOptions & { json?: boolean }) => {
      const config = resolveConnection(opts, lang);
      const serverName = config.server ?? '';
      requireServer(config);
      const result = await pollOnce(config);
      if (!result.ok) {
        if (!opts.json) throw new UserError(unreachableMessage(config.lang, result, serverName), EXIT_UNREACHABLE);
        console.log(JSON.stringify(unreachableJson(result, serverName, config.lang), null, 2));
        process.exitCode = EXIT_UNREACHABLE;
        return;
      }
      const assessment = assessPoll(result, config.lang, { settings: config.health });
      console.log(opts.json ? JSON.stringify(statusJson(result, assessment), null, 2) : renderStatus(result, assessment, config.lang));
      process.exitCode = hasProblems(assessment.findings) ? 1 : 0;
    });
}
