// Atomic file replacement: the whole new content or the old file, the requested mode, no temp left behind.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/platform/atomicFile.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-atomic-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('creates and replaces a file, leaving no temp file', () => {
    const path = join(dir, 'a.json');
    writeFileAtomically(path, 'first åäö\n');
    writeFileAtomically(path, Buffer.from([0xe5, 0x0a]));
    expect(readFileSync(path).equals(Buffer.from([0xe5, 0x0a]))).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it.skipIf(process.platform === 'win32')('sets the requested mode exactly, whatever the umask', () => {
    const path = join(dir, 'secret.json');
    writeFileSync(path, 'old', { mode: 0o644 });
    writeFileAtomically(path, 'new', 0o600);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileAtomically(path, 'newer', 0o664);
    expect(statSync(path).mode & 0o777).toBe(0o664);
  });

  it('removes its temp file and throws when the rename fails', () => {
    // A folder where the file should go: the temp file is written, the rename over the folder fails.
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'old');
    expect(() => writeFileAtomically(target, 'data')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('old');
  });
});
