// The running export: after every poll the registry is updated, the textfile (when set) rewritten, and
// the endpoint (when set) serves the latest state. prom-client is loaded here only, and this module is
// only imported when metrics are on, so a tray without metrics never loads it.
import { UserError } from '../../core/errors.js';
import { isFileSystemError, writeErrorText } from '../../platform/fileErrorText.js';
import { t, type Lang } from '../../core/i18n.js';
import { metricValues, type MetricsInput } from '../../core/metricsModel.js';
// Kassavakt's own version, for build_info (bundled at build time).
import packageJson from '../../../package.json' with { type: 'json' };
import { startMetricsEndpoint, type MetricsEndpoint } from './metricsEndpoint.js';
import { MetricsRegistry } from './metricsRegistry.js';
import type { MetricsSettings } from './metricsSettings.js';
import { TEXTFILE_NAME, writeMetricsTextfile } from './metricsTextfile.js';
import { join } from 'node:path';

export interface MetricsExport {
  /** The endpoint's address, when one listens. */
  url?: string;
  /** After every poll: `pollSeconds` is that poll's duration. */
  afterPoll(input: MetricsInput, pollSeconds: number): Promise<void>;
  close(): Promise<void>;
}

export async function startMetricsExport(settings: MetricsSettings, lang: Lang, log: (line: string) => void): Promise<MetricsExport> {
  const registry = new MetricsRegistry(settings.shop, packageJson.version);
  let endpoint: MetricsEndpoint | undefined;
  if (settings.listen) {
    const address = `${settings.listen.host}:${settings.listen.port}`;
    try {
      endpoint = await startMetricsEndpoint({
        ...settings.listen,
        ...(settings.token !== undefined ? { token: settings.token } : {}),
        metrics: async () => ({ text: await registry.text(), contentType: registry.contentType }),
        log,
      });
    } catch (error) {
      // The system refused the address (it has a code for it); anything else is a bug, not the user's.
      if (!isFileSystemError(error)) throw error;
      throw new UserError(t(lang, 'metrics.cannotListen', { address, reason: listenFailure(lang, error.code) }), 2);
    }
  }
  let textfileFailing = false;
  return {
    ...(endpoint ? { url: endpoint.url } : {}),
    async afterPoll(input, pollSeconds) {
      registry.update(metricValues(input), pollSeconds);
      if (settings.textfileDir === undefined) return;
      try {
        writeMetricsTextfile(settings.textfileDir, await registry.text());
        textfileFailing = false;
      } catch (error) {
        // Said once per failing stretch, not once a minute.
        if (!textfileFailing) {
          log(t(lang, 'metrics.textfileFailed', { file: join(settings.textfileDir, TEXTFILE_NAME), reason: writeErrorText(error, lang) }));
        }
        textfileFailing = true;
      }
    },
    close: async () => endpoint?.close(),
  };
}

function listenFailure(lang: Lang, code: string | undefined): string {
  switch (code) {
    case 'EADDRINUSE':
      return t(lang, 'metrics.addressInUse');
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return t(lang, 'metrics.addressUnavailable');
    case 'EACCES':
      return t(lang, 'metrics.notAllowed');
    default:
      // No words for it: the system's code (EAI_AGAIN, …), never Node's English sentence.
      return code ?? '';
  }
}
