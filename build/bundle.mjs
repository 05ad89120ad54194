// Bundles the CLI with its pure-JavaScript dependencies: an entry (dist/kassavakt.js) and a chunk per
// sub-command. Packages that carry native code or helper programs next to their sources stay in
// node_modules. @azure/identity is replaced by a stub (see build/stubs/azure-identity.cjs).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeIcons } from './icons.mjs';

/**
 * Left in node_modules; the Windows package ships those that can run there (build/windowsPayload.mjs).
 * better-sqlite3 is required only when src/platform/sqlite chooses it, so the bundle also runs where it
 * is absent or cannot load (the Windows build, on node:sqlite).
 */
export const EXTERNAL_PACKAGES = ['better-sqlite3', 'systray2', 'node-notifier', 'koffi'];

const stub = (name) => fileURLToPath(new URL(`./stubs/${name}`, import.meta.url));

/**
 * Builds `outdir` afresh; returns esbuild's metafile (what went into the bundle: the Windows package
 * derives its licence list from it). The Windows package has no use for source maps.
 */
export async function bundle({ outdir = 'dist', sourcemap = true } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: [
      { in: 'src/cli/main.ts', out: 'kassavakt' },
      // The update-file inspection's worker thread, loaded from beside the chunks (src/update/inspectUpdateFile.ts).
      { in: 'src/update/inspectionWorker.ts', out: 'inspectionWorker' },
    ],
    outdir,
    // Each sub-command is its own chunk (see src/cli/main.ts). Chunks sit beside the entry, so that
    // paths relative to import.meta.url (the icons) are the same from every one of them.
    splitting: true,
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: EXTERNAL_PACKAGES,
    alias: {
      '@azure/identity': stub('azure-identity.cjs'),
      // Its "main" is a UMD build whose require() calls esbuild cannot follow; the ES module build it ships bundles.
      'jsonc-parser': 'jsonc-parser/lib/esm/main.js',
    },
    // Smaller source text in memory; identifiers stay readable in stack traces in the log.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap,
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
    metafile: true,
  });
  writeIcons(join(outdir, 'icons'));
  return metafile;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await bundle();
