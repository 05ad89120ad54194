// `npm run bench`: bundles every bench/*.bench.ts and runs them one after another; each prints JSON
// lines. Optional arguments filter by name (`npm run bench -- poll`).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const filters = process.argv.slice(2);
const entries = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

let failed = 0;
for (const entry of entries) {
  const outfile = join('dist', 'bench', `${basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [join('bench', entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.error(JSON.stringify({ bench: entry, error: `exited with ${run.status ?? run.signal}` }));
  }
}
process.exitCode = failed ? 1 : 0;
