// Atomic file replacement: the whole new content or the old file, the requested mode, no temp left behind;
// an existing file keeps its owner, group and mode, and a symbolic link stays a link. The owner tests
// give files to `nobody` (65534), so they need root, as CI runs them.
import { chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/platform/atomicFile.js';

const NOBODY = 65534;
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

  it('keeps the owner, group and mode of the file it replaces', () => {
    const path = join(dir, 'odbc.ini');
    writeFileSync(path, 'old', { mode: 0o600 });
    chownSync(path, NOBODY, NOBODY);
    writeFileAtomically(path, 'new');
    const after = statSync(path);
    expect({ uid: after.uid, gid: after.gid, mode: after.mode & 0o7777 }).toEqual({ uid: NOBODY, gid: NOBODY, mode: 0o600 });
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('keeps the owner but sets an explicitly requested mode', () => {
    const path = join(dir, 'settings.json');
    writeFileSync(path, 'old', { mode: 0o644 });
    chownSync(path, NOBODY, NOBODY);
    writeFileAtomically(path, 'new', 0o600);
    const after = statSync(path);
    expect({ uid: after.uid, gid: after.gid, mode: after.mode & 0o7777 }).toEqual({ uid: NOBODY, gid: NOBODY, mode: 0o600 });
  });

  it('writes the file a symbolic link points to and leaves the link a link', () => {
    mkdirSync(join(dir, 'etc'));
    const real = join(dir, 'etc', 'odbc.ini');
    writeFileSync(real, 'old', { mode: 0o640 });
    chownSync(real, NOBODY, NOBODY);
    const link = join(dir, 'odbc.ini');
    symlinkSync(join('etc', 'odbc.ini'), link);
    writeFileAtomically(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(join('etc', 'odbc.ini'));
    expect(readFileSync(real, 'utf8')).toBe('new');
    const after = statSync(real);
    expect({ uid: after.uid, gid: after.gid, mode: after.mode & 0o7777 }).toEqual({ uid: NOBODY, gid: NOBODY, mode: 0o640 });
    expect(readdirSync(dir).sort()).toEqual(['etc', 'odbc.ini']);
    expect(readdirSync(join(dir, 'etc'))).toEqual(['odbc.ini']);
  });

  it('follows a chain of links and creates the file a dangling link names', () => {
    const real = join(dir, 'real.ini');
    symlinkSync('middle.ini', join(dir, 'first.ini'));
    symlinkSync(real, join(dir, 'middle.ini'));
    writeFileAtomically(join(dir, 'first.ini'), 'created');
    expect(readFileSync(real, 'utf8')).toBe('created');
    expect(lstatSync(join(dir, 'first.ini')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'middle.ini')).isSymbolicLink()).toBe(true);
  });

  it('refuses a link cycle without touching anything', () => {
    symlinkSync('b.ini', join(dir, 'a.ini'));
    symlinkSync('a.ini', join(dir, 'b.ini'));
    expect(() => writeFileAtomically(join(dir, 'a.ini'), 'x')).toThrow(expect.objectContaining({ code: 'ELOOP' }));
    expect(readdirSync(dir).sort()).toEqual(['a.ini', 'b.ini']);
  });
});
