// Bundles the CLI into one file; dependencies stay in node_modules (native addons cannot be bundled).
import { build } from 'esbuild';
import { writeIcons } from './icons.mjs';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/kassavakt.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});

writeIcons('dist/icons');
