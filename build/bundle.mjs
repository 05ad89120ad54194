// Bundles the CLI into one file with its pure-JavaScript dependencies. Packages that carry native
// code or helper programs next to their sources stay in node_modules. @azure/identity is replaced by
// a stub (see build/stubs/azure-identity.cjs).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { writeIcons } from './icons.mjs';

const stub = (name) => fileURLToPath(new URL(`./stubs/${name}`, import.meta.url));

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/kassavakt.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['better-sqlite3', 'systray2', 'node-notifier'],
  alias: { '@azure/identity': stub('azure-identity.cjs') },
  // Smaller source text in memory; identifiers stay readable in stack traces in the log.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});

writeIcons('dist/icons');
