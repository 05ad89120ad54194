// The restart check on recorded reg.exe outputs (Wine 8's reg.exe; access denied written by hand, see
// test/fixtures/reg/README.md): a mark whose key is absent means no restart, only an unreadable key
// means "cannot tell".
import { describe, expect, it } from 'vitest';
import { checkRestartPending, REBOOT_REQUIRED_FILE } from '../../src/platform/restartPending.js';
import { notStarted, replay, windowsReg, wine, type ReplayEntry } from '../support/regReplay.js';

const ENV = { SystemRoot: 'C:\\Windows' };
const CBS = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing';
const CODE_PAGE = [wine('chcp-no-console'), wine('oemcp')];
/** As Wine has it: no Component Based Servicing, no WindowsUpdate, Session Manager without renames. */
const CBS_ABSENT = [wine('cbs-absent'), wine('currentversion-64')];
const AU_ABSENT = [wine('au-absent'), wine('windowsupdate-absent'), wine('currentversion-64')];
const NONE_SET = [wine('cbs-none'), wine('au-none'), wine('session-manager-none')];

async function windows(...entries: ReplayEntry[]) {
  const reg = replay(...CODE_PAGE, ...entries);
  const state = await checkRestartPending({ platform: 'win32', run: reg.run, env: ENV });
  expect(reg.unused()).toEqual([]);
  return { state, calls: reg.calls };
}

describe('restart pending on Windows (recorded reg.exe outputs)', () => {
  it("says no restart waits when the marks' keys do not exist", async () => {
    const { state, calls } = await windows(...CBS_ABSENT, ...AU_ABSENT, wine('session-manager-none'));
    expect(state).toEqual({ status: 'notPending' });
    expect(calls.filter((c) => c.args[1] === CBS)).toEqual([
      { file: 'C:\\Windows\\System32\\reg.exe', args: ['query', CBS, '/reg:64'] },
    ]);
  });

  it('says nothing waits when the keys exist without a mark', async () => {
    expect((await windows(...NONE_SET)).state).toEqual({ status: 'notPending' });
  });

  it('sees Component Based Servicing\\RebootPending', async () => {
    expect((await windows(wine('cbs-pending'), wine('au-none'), wine('session-manager-none'))).state).toEqual({
      status: 'pending',
      reasons: ['componentServicing'],
    });
  });

  it('sees WindowsUpdate\\Auto Update\\RebootRequired', async () => {
    expect((await windows(wine('cbs-none'), wine('au-pending'), wine('session-manager-none'))).state).toEqual({
      status: 'pending',
      reasons: ['windowsUpdate'],
    });
  });

  it('sees PendingFileRenameOperations, but not when the value is left empty', async () => {
    expect((await windows(wine('cbs-none'), wine('au-none'), wine('session-manager-pending'))).state).toEqual({
      status: 'pending',
      reasons: ['fileRename'],
    });
    expect((await windows(wine('cbs-none'), wine('au-none'), wine('session-manager-empty'))).state).toEqual({ status: 'notPending' });
  });

  it('names every mark that is set', async () => {
    expect((await windows(wine('cbs-pending'), wine('au-pending'), wine('session-manager-pending'))).state).toEqual({
      status: 'pending',
      reasons: ['componentServicing', 'windowsUpdate', 'fileRename'],
    });
  });

  it('cannot tell when a key that exists may not be read, and says why', async () => {
    const denied = windowsReg(['query', CBS, '/reg:64'], 1, { stderr: 'access-denied-en.stderr.txt' });
    const { state } = await windows(denied, wine('currentversion-64-with-cbs'), ...AU_ABSENT, wine('session-manager-none'));
    expect(state).toEqual({ status: 'unknown', detail: 'reg.exe: ERROR: Access is denied.' });
  });

  it('still reports a mark it could read when another is denied', async () => {
    const denied = windowsReg(['query', CBS, '/reg:64'], 1, { stderr: 'access-denied-sv.stderr.txt' });
    const { state } = await windows(denied, wine('currentversion-64-with-cbs'), wine('au-pending'), wine('session-manager-none'));
    expect(state).toEqual({ status: 'pending', reasons: ['windowsUpdate'] });
  });

  it('cannot tell when reg.exe does not start', async () => {
    const reg = replay(notStarted('reg', 'any'), notStarted('reg', 'any'), notStarted('reg', 'any'));
    expect(await checkRestartPending({ platform: 'win32', run: reg.run, env: ENV })).toEqual({ status: 'unknown', detail: 'reg.exe: ENOENT' });
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
