// The house rule for src/core: pure domain code, so it imports nothing from the rest of the program,
// nothing outside src/core (package.json included) and none of Node's modules (no I/O).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Every module specifier a file names: `import … from`, `export … from`, bare `import '…'` and `import('…')`. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

describe('src/core', () => {
  it('imports only from inside src/core and from libraries, never from Node', () => {
    const files = sourceFiles(CORE);
    expect(files.length).toBeGreaterThan(20);
    const outside: string[] = [];
    for (const file of files) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        const name = relative(CORE, file);
        if (specifier.startsWith('.')) {
          if (relative(CORE, resolve(dirname(file), specifier)).startsWith('..')) outside.push(`${name}: ${specifier}`);
        } else if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)) {
          outside.push(`${name}: ${specifier}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });
});
