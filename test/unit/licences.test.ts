// LICENSES.txt is derived from what is shipped: the packages esbuild read (its metafile) and the
// packages installed beside the bundle, each with its own licence files.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackageDirs, licencesText, packageEntry } from '../../build/licences.mjs';

describe('the licence list', () => {
  it('names exactly the packages esbuild put into a bundle, with their own licence texts', async () => {
    const contents = "import { Command } from 'commander';\nimport { z } from 'zod';\nconsole.log(new Command(), z.string());\n";
    const { metafile } = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const dirs = bundledPackageDirs(metafile);
    expect(dirs).toEqual(['node_modules/commander', 'node_modules/zod']);
    const text = licencesText('Test 1.0', dirs.map((packageDir) => packageEntry(packageDir, 'bundled')));
    for (const packageDir of dirs) {
      const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
      expect(text).toContain(`\r\n${pkg.name} ${pkg.version} (MIT)\r\nbundled\r\n`);
      expect(text).toContain(readFileSync(join(packageDir, 'LICENSE'), 'utf8').trimEnd().replace(/\r?\n/g, '\r\n'));
    }
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('takes the License section of the README when a package has no licence file (growly)', () => {
    const entry = packageEntry('node_modules/growly', 'installed');
    expect(entry.texts).toHaveLength(1);
    expect(entry.texts[0]!.file).toMatch(/^README\.md \(section "License"\)$/);
    expect(entry.texts[0]!.text).toContain('Permission is hereby granted, free of charge');
  });

  it("gives a platform binary package without licence files its parent's texts, and says so", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-licences-'));
    mkdirSync(join(dir, 'win32_x64'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@koromix/koffi-win32-x64', version: '3.3.4', license: 'MIT' }));
    const parent = { title: 'koffi 3.3.4', licence: 'MIT', how: 'installed', texts: [{ file: 'LICENSE.txt', text: 'MIT licence of koffi' }] };
    const entry = packageEntry(dir, 'installed', parent);
    expect(entry.texts).toEqual(parent.texts);
    expect(entry.how).toBe('installed; published under the licence of koffi 3.3.4');
  });

  it('refuses to write the list when a text is missing', () => {
    expect(() => licencesText('Test', [{ title: 'x 1.0', licence: 'MIT', how: 'bundled', texts: [] }])).toThrow('no licence text found for x 1.0');
  });
});
