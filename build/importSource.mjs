// Lets a build script read constants from the program's TypeScript sources (the message catalog,
// the tray's Node options, the launcher's name), so that the installer and the program cannot
// disagree: the module is bundled with esbuild into a temporary file and imported from there.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Inside the repository, so that the packages the module leaves external resolve from node_modules.
const CACHE = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));

/** The exports of `src/…ts` (a path relative to the repository root). */
export async function importSource(path) {
  mkdirSync(CACHE, { recursive: true });
  const dir = mkdtempSync(join(CACHE, 'kassavakt-source-'));
  try {
    const outfile = join(dir, 'module.mjs');
    await build({ entryPoints: [path], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
