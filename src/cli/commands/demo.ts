// `kassavakt demo` (`npm run demo`): starts the simulated main till with its demo fleet on a random
// local port, polls it once through the named instance and shows Kassavakt's view. Exits 0 when the
// demo itself worked, even though the demo fleet has findings (it is meant to).
import type { Command } from 'commander';
import { defaultConfig } from '../../core/config.js';
import { UserError } from '../../core/errors.js';
import { t, type Lang } from '../../core/i18n.js';
import { assessPoll, unreachableMessage } from '../../core/pollAssessment.js';
import { pollOnce } from '../../monitor/poll.js';
import { startSim } from '../../sim/index.js';
import { langOption } from '../options.js';
import { renderStatus } from '../statusReport.js';

const DEMO_LOGIN = { user: 'kassavakt', password: 'kassavakt' };

export function registerDemo(program: Command, lang: Lang): void {
  program
    .command('demo')
    .description(t(lang, 'cli.demo.description'))
    .addOption(langOption(lang))
    .action(async () => {
      const sim = await startSim({ host: '127.0.0.1', port: 0, browserPort: 0, ...DEMO_LOGIN });
      const server = `${sim.host}\\${sim.instance}`;
      try {
        const config = { ...defaultConfig(), server, browserPort: sim.browserPort!, database: 'PCKassa', lang, ...DEMO_LOGIN };
        const result = await pollOnce(config);
        if (!result.ok) throw new UserError(t(lang, 'demo.failed', { reason: unreachableMessage(lang, result, server) }), 3);
        console.log([t(lang, 'demo.intro', { server }), '', renderStatus(result, assessPoll(result, lang), lang), '', t(lang, 'demo.tryJson')].join('\n'));
        process.exitCode = 0;
      } finally {
        await sim.stop();
      }
    });
}
