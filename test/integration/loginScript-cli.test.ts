// `kassavakt login-script` as a user runs it: the file, the one line for a bad name, and a file that
// is not ours left alone.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kassavakt-login-script-'));
const noConfig = ['--data', dir];

describe('kassavakt login-script', () => {
  it('writes the .cmd for the main till and says how to run it', () => {
    const out = join(dir, 'inloggning.cmd');
    const run = runCli(['login-script', '--out', out, '--login', 'kv_read', '--database', 'PCKassa2', ...noConfig]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Skriptet är sparat: ${out}`);
    const script = readFileSync(out, 'utf8');
    expect(script).toContain("DECLARE @login sysname = N'kv_read';");
    expect(script).toContain("DECLARE @database sysname = N'PCKassa2';");
    expect(runCli(['login-script', '--out', out, ...noConfig]).code).toBe(0);
  });

  it('refuses a login name it cannot quote safely, in one line', () => {
    const run = runCli(['login-script', '--out', '-', '--login', "x'];DROP LOGIN sa;--", '--lang', 'en', ...noConfig]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([`The login name "x'];DROP LOGIN sa;--" cannot be used: letters, digits and _ . - (at most 128 characters, a letter first).`]);
  });

  it('leaves a file that is not a Kassavakt script alone', () => {
    const other = join(dir, 'other.cmd');
    writeFileSync(other, 'echo mine\r\n');
    const run = runCli(['login-script', '--out', other, '--lang', 'en', ...noConfig]);
    expect(run.code).toBe(2);
    expect(readFileSync(other, 'utf8')).toBe('echo mine\r\n');
  });
});
