// The overview page as the tray opens it. The page is another front end, so the tray gets it through
// this port, wired in by the `tray` command, and never imports it.
import type { Config } from '../core/config.js';
import type { Lang } from '../core/i18n.js';
import type { KassavaktService } from './kassavaktService.js';

export interface OverviewPage {
  /** A new address with a one-time key, for `path` (`/`, `/settings`); each key lets one browser in, once. */
  newUrl(path?: string): string;
  close(): Promise<void>;
}

export interface OverviewOptions {
  configFile: string;
  /** From the command line; wins over the settings file. */
  lang?: Lang;
  log: (line: string) => void;
  /** After the settings page saved the file. */
  onConfigSaved: (config: Config) => void;
}

/** Serves the overview page of a running service on this computer. */
export type StartOverview = (service: KassavaktService, options: OverviewOptions) => Promise<OverviewPage>;
