// The metrics settings from config `metrics.*` and the command line, checked before anything starts:
// a bad address or an address other computers can reach without a token is refused in plain words.
import { existsSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Config } from '../../core/config.js';
import { UserError } from '../../core/errors.js';
import { t, type Lang } from '../../core/i18n.js';
import { isLoopback, parseListenAddress, type ListenAddress } from './listenAddress.js';

export interface MetricsSettings {
  textfileDir?: string;
  listen?: ListenAddress;
  token?: string;
  shop: string;
}

export interface MetricsOverrides {
  /** --metrics-textfile DIR */
  textfile?: string;
  /** --metrics-listen HOST:PORT */
  listen?: string;
}

/** Null when metrics are off (neither a textfile nor an address); throws UserError (exit 2) when wrong. */
export function resolveMetricsSettings(config: Pick<Config, 'metrics'>, overrides: MetricsOverrides, lang: Lang): MetricsSettings | null {
  const textfileDir = overrides.textfile ?? config.metrics.textfile;
  const listenText = overrides.listen ?? config.metrics.listen;
  if (textfileDir === undefined && listenText === undefined) return null;
  let listen: ListenAddress | undefined;
  if (listenText !== undefined) {
    const option = overrides.listen !== undefined ? '--metrics-listen' : 'metrics.listen';
    const parsed = parseListenAddress(listenText);
    if (!parsed) throw new UserError(t(lang, 'metrics.badListen', { option, value: listenText }), 2);
    if (!isLoopback(parsed.host) && config.metrics.token === undefined) {
      throw new UserError(t(lang, 'metrics.needsToken', { address: listenText }), 2);
    }
    listen = parsed;
  }
  if (textfileDir !== undefined && !(existsSync(textfileDir) && statSync(textfileDir).isDirectory())) {
    throw new UserError(t(lang, 'metrics.noTextfileFolder', { dir: textfileDir }), 2);
  }
  return {
    ...(textfileDir !== undefined ? { textfileDir } : {}),
    ...(listen ? { listen } : {}),
    ...(config.metrics.token !== undefined ? { token: config.metrics.token } : {}),
    shop: config.metrics.shop ?? hostname().split('.')[0]!,
  };
}
