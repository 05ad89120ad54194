// Where a generated script for the main till goes: `-` prints it, otherwise a file that does not
// exist yet or an earlier script of ours (it carries our marker) is written; anything else is left
// alone with one clear line.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../core/errors.js';

function mayWrite(path: string, marker: string): boolean {
  try {
    return readFileSync(path, 'utf8').includes(marker);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** Returns the path written, or null when the script went to standard output. */
export function writeScript(options: { out: string | undefined; defaultFile: string; script: string; marker: string; exists: (path: string) => string }): string | null {
  if (options.out === '-') {
    process.stdout.write(options.script);
    return null;
  }
  const path = resolve(options.out ?? options.defaultFile);
  if (!mayWrite(path, options.marker)) throw new UserError(options.exists(path));
  writeFileSync(path, options.script);
  return path;
}
