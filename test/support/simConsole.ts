// `kassavakt console` as the CLI runs it, over a simulated main till and a fresh data folder, opened in
// Debian's Chromium on a laptop-sized page: the setup of the browser tests that need real polls.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runConsoleSession } from '../../src/console/runConsole.js';
import type { ConsoleHandle } from '../../src/console/server.js';
import type { FleetSnapshot } from '../../src/core/fleet.js';
import { loadConfig } from '../../src/platform/configFile.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { laptopPage, launchChromium } from './browser.js';

export const SIM_PASSWORD = 'Sim-hemligt-1';

export interface SimConsole {
  sim: RunningSim;
  session: ConsoleHandle;
  browser: Browser;
  page: Page;
  dataDir: string;
  /** The settings file the session reads (Swedish, polling every half hour after the first poll). */
  configFile: string;
  /** Closes the browser, the session and the sim. */
  close(): Promise<void>;
}

export interface SimConsoleOptions {
  /** The address the sim listens on (one per test file, so files running together do not meet). */
  host: string;
  fleet: FleetSnapshot;
  /** Prefix of the temporary data folder's name. */
  dirPrefix: string;
  /** Fills the data folder before the session opens it (an earlier history). */
  seed?: (dataDir: string) => void;
  log?: (line: string) => void;
}

export async function startSimConsole(options: SimConsoleOptions): Promise<SimConsole> {
  const sim = await startSim({ host: options.host, browserPort: 0, fleet: options.fleet, user: 'kassavakt', password: SIM_PASSWORD });
  let session: ConsoleHandle | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await session?.close();
    await sim.stop();
  };
  try {
    const dataDir = mkdtempSync(join(tmpdir(), options.dirPrefix));
    const configFile = join(dataDir, 'config.json');
    options.seed?.(dataDir);
    writeFileSync(
      configFile,
      JSON.stringify({ server: `${options.host},${sim.port}`, user: 'kassavakt', password: SIM_PASSWORD, browserPort: sim.browserPort, pollSchedule: '*/30 * * * *' }),
    );
    session = await runConsoleSession({
      dataDir,
      configFile,
      resolveConfig: () => loadConfig(configFile, 'sv').config,
      log: options.log ?? (() => undefined),
    });
    browser = await launchChromium();
    const page = await laptopPage(browser);
    return { sim, session, browser, page, dataDir, configFile, close };
  } catch (error) {
    await close();
    throw error;
  }
}
