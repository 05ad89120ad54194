import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandResult, RunCommand } from '../../src/platform/dsn/runCommand.js';
import { checkRestartPending, REBOOT_REQUIRED_FILE, RESTART_MARKS, restartQueryArgs } from '../../src/platform/restartPending.js';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/reg-restart', name), 'latin1');
const ok = (name: string): CommandResult => ({ code: 0, stdout: fixture(name), stderr: '' });
const DENIED: CommandResult = { code: 1, stdout: '', stderr: fixture('access-denied.stderr.txt') };

type Outputs = { cbs: CommandResult; au: CommandResult; sm: CommandResult };
const NONE: Outputs = { cbs: ok('cbs-none.txt'), au: ok('au-none.txt'), sm: ok('session-manager-none.txt') };

/** Answers each reg.exe call with the recorded output for the key it names, and records the argv. */
function fakeReg(outputs: Outputs) {
  const calls: { file: string; args: readonly string[] }[] = [];
  const run: RunCommand = async (file, args) => {
    calls.push({ file, args });
    const key = args[1]!;
    if (key.endsWith('Component Based Servicing')) return outputs.cbs;
    if (key.endsWith('Auto Update')) return outputs.au;
    if (key.endsWith('Session Manager')) return outputs.sm;
    throw new Error(`unexpected key ${key}`);
  };
  return { run, calls };
}

const windows = (outputs: Outputs) => {
  const reg = fakeReg(outputs);
  return { reg, state: checkRestartPending({ platform: 'win32', run: reg.run, env: { SystemRoot: 'C:\\Windows' } }) };
};

describe('restart pending on Windows (recorded reg.exe outputs)', () => {
  it('runs reg.exe from System32 with the exact argv, 64-bit view, for each mark', async () => {
    const { reg, state } = windows(NONE);
    await state;
    expect(reg.calls).toEqual([
      { file: 'C:\\Windows\\System32\\reg.exe', args: ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing', '/reg:64'] },
      { file: 'C:\\Windows\\System32\\reg.exe', args: ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update', '/reg:64'] },
      { file: 'C:\\Windows\\System32\\reg.exe', args: ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager', '/reg:64'] },
    ]);
    expect(RESTART_MARKS.map(restartQueryArgs).every((args) => args.at(-1) === '/reg:64')).toBe(true);
  });

  it('says nothing waits when no mark is set', async () => {
    expect(await windows(NONE).state).toEqual({ status: 'notPending' });
  });

  it('sees Component Based Servicing\\RebootPending', async () => {
    expect(await windows({ ...NONE, cbs: ok('cbs-pending.txt') }).state).toEqual({ status: 'pending', reasons: ['componentServicing'] });
  });

  it('sees WindowsUpdate\\Auto Update\\RebootRequired', async () => {
    expect(await windows({ ...NONE, au: ok('au-pending.txt') }).state).toEqual({ status: 'pending', reasons: ['windowsUpdate'] });
  });

  it('sees PendingFileRenameOperations, but not when the value is left empty', async () => {
    expect(await windows({ ...NONE, sm: ok('session-manager-pending.txt') }).state).toEqual({ status: 'pending', reasons: ['fileRename'] });
    expect(await windows({ ...NONE, sm: ok('session-manager-empty.txt') }).state).toEqual({ status: 'notPending' });
  });

  it('names every mark that is set', async () => {
    const all = { cbs: ok('cbs-pending.txt'), au: ok('au-pending.txt'), sm: ok('session-manager-pending.txt') };
    expect(await windows(all).state).toEqual({ status: 'pending', reasons: ['componentServicing', 'windowsUpdate', 'fileRename'] });
  });

  it('cannot tell when reg.exe is denied access, and says why', async () => {
    expect(await windows({ ...NONE, cbs: DENIED }).state).toEqual({ status: 'unknown', detail: 'reg.exe: ERROR: Access is denied.' });
  });

  it('still reports a mark it could read when another is denied', async () => {
    expect(await windows({ ...NONE, cbs: DENIED, au: ok('au-pending.txt') }).state).toEqual({ status: 'pending', reasons: ['windowsUpdate'] });
  });

  it('cannot tell when reg.exe does not start', async () => {
    const failed: CommandResult = { code: null, stdout: '', stderr: '', startError: 'ENOENT' };
    expect(await windows({ cbs: failed, au: failed, sm: failed }).state).toEqual({ status: 'unknown', detail: 'reg.exe: ENOENT' });
  });
});

describe('restart pending elsewhere', () => {
  it('on Linux: pending when /var/run/reboot-required exists, else not applicable', async () => {
    const asked: string[] = [];
    const exists = (present: boolean) => (path: string) => (asked.push(path), present);
    expect(await checkRestartPending({ platform: 'linux', fileExists: exists(true) })).toEqual({ status: 'pending', reasons: ['rebootRequiredFile'] });
    expect(await checkRestartPending({ platform: 'linux', fileExists: exists(false) })).toEqual({ status: 'notApplicable' });
    expect(asked).toEqual([REBOOT_REQUIRED_FILE, REBOOT_REQUIRED_FILE]);
  });

  it('on macOS: not applicable', async () => {
    expect(await checkRestartPending({ platform: 'darwin' })).toEqual({ status: 'notApplicable' });
  });
});
