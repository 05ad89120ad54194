// Metrics for the tray and `watch`: checks the settings, and only when metrics are on loads the export
// (and with it prom-client) and feeds it after every poll of the shared cycle.
import type { Config } from '../../core/config.js';
import type { Lang } from '../../core/i18n.js';
import type { AnalyzedTill } from '../../core/rules.js';
import type { Finding } from '../../core/findings.js';
import { tillsKnown } from '../../core/poll.js';
import type { PollCycle } from '../pollCycle.js';
import { resolveMetricsSettings, type MetricsOverrides } from './metricsSettings.js';

export type { MetricsOverrides } from './metricsSettings.js';

export interface AttachedMetrics {
  /** The endpoint's address, when one listens. */
  url?: string;
  close(): Promise<void>;
}

/**
 * Starts the export the settings ask for and subscribes it to `cycle`; null when metrics are off.
 * Throws a UserError (exit 2) for settings that must not start: a bad address, another computer's
 * reach without a token, a textfile folder that does not exist, a port already taken.
 */
export async function attachMetrics(
  cycle: Pick<PollCycle, 'subscribe'>,
  config: Pick<Config, 'metrics'>,
  overrides: MetricsOverrides,
  lang: Lang,
  log: (line: string) => void,
): Promise<AttachedMetrics | null> {
  const settings = resolveMetricsSettings(config, overrides, lang);
  if (settings === null) return null;
  const { startMetricsExport } = await import('./metricsExport.js');
  const metrics = await startMetricsExport(settings, lang, log);
  // The tills and findings of the last good poll stay, as in the tray, while the main till is away.
  let tills: readonly AnalyzedTill[] = [];
  let findings: readonly Finding[] = [];
  const unsubscribe = cycle.subscribe(async ({ poll, assessment, lastGood }) => {
    if (assessment) {
      // A poll that could not list the tills (sessions unknown and no profile) keeps the ones known.
      if (poll.ok && tillsKnown(poll)) tills = assessment.tills;
      findings = assessment.findings;
    }
    const mainTill = lastGood?.mainTill;
    await metrics.afterPoll({ lastPoll: poll, lastSuccess: lastGood, tills, findings, ...(mainTill ? { mainTill } : {}) }, poll.latencyMs / 1000);
  });
  return {
    ...(metrics.url !== undefined ? { url: metrics.url } : {}),
    close: async () => {
      unsubscribe();
      await metrics.close();
    },
  };
}
