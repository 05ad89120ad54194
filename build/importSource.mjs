// Lets a build script read constants from the program's TypeScript sources (the message catalog,
// the tray's Node options, the launcher's name), so that the installer and the program cannot
// disagree: the module is bundled with esbuild into a temporary file and imported from there.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The exports of `src/…ts` (a path relative to the repository root). */
export async function importSource(path) {
  const dir = mkdtempSync(join(tmpdir(), 'kassavakt-source-'));
  try {
    const outfile = join(dir, 'module.mjs');
    await build({ entryPoints: [path], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
