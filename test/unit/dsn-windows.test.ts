// The Windows DSN back-end on recorded reg.exe outputs, through the runCommand seam: which exact
// argv it runs (32-bit view, `Nutid - PC Kassa` as one argument, the elevation wrapper) and what
// it makes of each answer.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairBackupPath, repairDsn } from '../../src/platform/dsn/repair.js';
import { ELEVATION_CANCELLED, elevationScript, quoteWindowsArg } from '../../src/platform/dsn/elevation.js';
import type { CommandResult } from '../../src/platform/dsn/runCommand.js';
import { WindowsDsnStore } from '../../src/platform/dsn/windows.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/reg/${name}`, import.meta.url), 'latin1');
const ENV = { SystemRoot: 'C:\\Windows' };
const REG = 'C:\\Windows\\System32\\reg.exe';
const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
const KEY = 'HKLM\\SOFTWARE\\ODBC\\ODBC.INI\\Nutid - PC Kassa';

function recorder(...results: CommandResult[]) {
  const calls: { file: string; args: readonly string[] }[] = [];
  const run = async (file: string, args: readonly string[]) => {
    calls.push({ file, args });
    const result = results.shift();
    if (!result) throw new Error(`unexpected command ${file} ${args.join(' ')}`);
    return result;
  };
  return { calls, run };
}

/** The PowerShell script inside `-EncodedCommand`. */
function decodedScript(args: readonly string[]): string {
  expect(args.slice(0, 5)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
  return Buffer.from(args[5]!, 'base64').toString('utf16le');
}

describe('reading the DSN', () => {
  it('runs reg.exe query on the 32-bit view with the DSN name as one argument', async () => {
    const { calls, run } = recorder({ code: 0, stdout: fixture('query-found.txt'), stderr: '' });
    const reading = await new WindowsDsnStore('Nutid - PC Kassa', run, ENV).read();
    expect(calls).toEqual([{ file: REG, args: ['query', KEY, '/reg:32'] }]);
    expect(reading).toEqual({ server: '192.168.99.60\\PCKASSA', location: `${KEY} (32-bit)` });
  });

  it('finds the value whatever its case, next to values whose data has wide spaces', async () => {
    const { run } = recorder({ code: 0, stdout: fixture('query-found-name-with-spaces.txt'), stderr: '' });
    expect((await new WindowsDsnStore('Nutid - PC Kassa', run, ENV).read()).server).toBe('KASSA1\\PCKASSA');
  });

  it('reports a DSN without a Server value as null, and an empty one as empty', async () => {
    const missing = recorder({ code: 0, stdout: fixture('query-value-missing.txt'), stderr: '' });
    expect((await new WindowsDsnStore('Nutid - PC Kassa', missing.run, ENV).read()).server).toBeNull();
    const empty = recorder({ code: 0, stdout: fixture('query-empty-value.txt'), stderr: '' });
    expect((await new WindowsDsnStore('Nutid - PC Kassa', empty.run, ENV).read()).server).toBe('');
  });

  it.each(['key-missing-en.stderr.txt', 'key-missing-sv.stderr.txt'])('says DSN_NOT_FOUND for a missing key (%s)', async (name) => {
    const { run } = recorder({ code: 1, stdout: '', stderr: fixture(name) });
    await expect(new WindowsDsnStore('Nutid - PC Kassa', run, ENV).read()).rejects.toMatchObject({
      failure: 'DSN_NOT_FOUND',
      dsnName: 'Nutid - PC Kassa',
    });
  });

  it('says COMMAND_FAILED when reg.exe cannot be started', async () => {
    const { run } = recorder({ code: null, stdout: '', stderr: '', startError: 'ENOENT' });
    await expect(new WindowsDsnStore('Nutid - PC Kassa', run, ENV).read()).rejects.toMatchObject({ failure: 'COMMAND_FAILED' });
  });
});

describe('writing the DSN', () => {
  it('runs exactly one elevated reg.exe add through PowerShell, with the 32-bit view', async () => {
    const { calls, run } = recorder({ code: 0, stdout: fixture('add-ok-sv.stdout.txt'), stderr: '' });
    await new WindowsDsnStore('Nutid - PC Kassa', run, ENV).writeServer('KASSA1\\PCKASSA');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.file).toBe(POWERSHELL);
    const script = decodedScript(calls[0]!.args);
    expect(script).toContain(`$psi.FileName = '${REG}'`);
    expect(script).toContain(
      `$psi.Arguments = 'add "${KEY}" /v Server /t REG_SZ /d KASSA1\\PCKASSA /f /reg:32'`,
    );
    expect(script).toContain("$psi.Verb = 'runas'");
    expect(script).toContain('$p.WaitForExit()');
  });

  it('removes the value with reg.exe delete when undo restores "no Server value"', async () => {
    const { calls, run } = recorder({ code: 0, stdout: fixture('add-ok-en.stdout.txt'), stderr: '' });
    await new WindowsDsnStore('Nutid - PC Kassa', run, ENV).writeServer(null);
    expect(decodedScript(calls[0]!.args)).toContain(`$psi.Arguments = 'delete "${KEY}" /v Server /f /reg:32'`);
  });

  it('says CANCELLED when the user answers No at the UAC prompt', async () => {
    const { run } = recorder({ code: ELEVATION_CANCELLED, stdout: '', stderr: '' });
    await expect(new WindowsDsnStore('Nutid - PC Kassa', run, ENV).writeServer('KASSA1\\PCKASSA')).rejects.toMatchObject({
      failure: 'CANCELLED',
    });
  });

  it.each(['access-denied-en.stderr.txt', 'access-denied-sv.stderr.txt'])('says COMMAND_FAILED when reg.exe fails (%s)', async (name) => {
    const { run } = recorder({ code: 1, stdout: '', stderr: fixture(name) });
    await expect(new WindowsDsnStore('Nutid - PC Kassa', run, ENV).writeServer('KASSA1\\PCKASSA')).rejects.toMatchObject({
      failure: 'COMMAND_FAILED',
    });
  });
});

describe('repairing through the Windows back-end', () => {
  it('keeps no backup record and reports CANCELLED when the UAC prompt is refused', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kassavakt-win-'));
    const { calls, run } = recorder(
      { code: 0, stdout: fixture('query-found.txt'), stderr: '' },
      { code: ELEVATION_CANCELLED, stdout: '', stderr: '' },
    );
    await expect(repairDsn(new WindowsDsnStore('Nutid - PC Kassa', run, ENV), 'KASSA1\\PCKASSA', dataDir)).rejects.toMatchObject({
      failure: 'CANCELLED',
    });
    expect(calls.map((c) => c.file)).toEqual([REG, POWERSHELL]);
    expect(JSON.parse(readFileSync(repairBackupPath(dataDir), 'utf8'))).toEqual([]);
  });

  it('backs up, writes once elevated and verifies by reading back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kassavakt-win-'));
    const repaired = fixture('query-found.txt').replace('192.168.99.60\\PCKASSA', 'KASSA1\\PCKASSA');
    const { calls, run } = recorder(
      { code: 0, stdout: fixture('query-found.txt'), stderr: '' },
      { code: 0, stdout: fixture('add-ok-sv.stdout.txt'), stderr: '' },
      { code: 0, stdout: repaired, stderr: '' },
    );
    const result = await repairDsn(new WindowsDsnStore('Nutid - PC Kassa', run, ENV), 'KASSA1\\PCKASSA', dataDir);
    expect(result).toMatchObject({ previous: '192.168.99.60\\PCKASSA', current: 'KASSA1\\PCKASSA', changed: true });
    expect(calls.map((c) => c.file)).toEqual([REG, POWERSHELL, REG]);
    expect(existsSync(repairBackupPath(dataDir))).toBe(true);
  });

  it('says VERIFY_FAILED when the value read back is not the one written', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kassavakt-win-'));
    const { run } = recorder(
      { code: 0, stdout: fixture('query-found.txt'), stderr: '' },
      { code: 0, stdout: '', stderr: '' },
      { code: 0, stdout: fixture('query-found.txt'), stderr: '' },
    );
    await expect(repairDsn(new WindowsDsnStore('Nutid - PC Kassa', run, ENV), 'KASSA1\\PCKASSA', dataDir)).rejects.toMatchObject({
      failure: 'VERIFY_FAILED',
    });
  });
});

describe('quoting for the elevated command line', () => {
  it('follows the CommandLineToArgvW rules', () => {
    expect(quoteWindowsArg('KASSA1\\PCKASSA')).toBe('KASSA1\\PCKASSA');
    expect(quoteWindowsArg('Nutid - PC Kassa')).toBe('"Nutid - PC Kassa"');
    expect(quoteWindowsArg('')).toBe('""');
    expect(quoteWindowsArg('a "b"')).toBe('"a \\"b\\""');
    expect(quoteWindowsArg('C:\\dir with space\\')).toBe('"C:\\dir with space\\\\"');
  });

  it("doubles single quotes inside the PowerShell literal", () => {
    expect(elevationScript('reg.exe', ["O'Brien kassa"])).toContain(`$psi.Arguments = '"O''Brien kassa"'`);
  });

  it('tells a UAC "No" (Win32 error 1223) apart from other failures', () => {
    const script = elevationScript('reg.exe', ['query']);
    expect(script).toContain('[System.ComponentModel.Win32Exception]');
    expect(script).toContain(`$e.NativeErrorCode -eq ${ELEVATION_CANCELLED}) { exit ${ELEVATION_CANCELLED} }`);
  });
});
