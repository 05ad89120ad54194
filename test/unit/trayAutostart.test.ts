// Autostart: the Windows Run value on recorded reg.exe outputs (Wine 8's reg.exe; access denied written by
// hand, see test/fixtures/reg/README.md), and the XDG entry on a real folder.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_KEY, WindowsRunKey, XdgAutostart, desktopQuote } from '../../src/platform/autostart.js';
import { RegExe } from '../../src/platform/windows/regExe.js';
import { notStarted, replay, windowsReg, wine, type ReplayEntry } from '../support/regReplay.js';

const command = { executable: 'C:\\Program Files\\nodejs\\node.exe', args: ['C:\\Users\\butik\\Kassavakt\\kassavakt.js', 'tray'] };
const CODE_PAGE = [wine('chcp-no-console'), wine('oemcp')];
/** No StartupApproved key at all (a fresh profile): the key and its parents up to Explorer. */
const APPROVED_ABSENT = [wine('approved-absent'), wine('startupapproved-absent'), wine('explorer')];

function runKey(...entries: ReplayEntry[]) {
  const reg = replay(...CODE_PAGE, ...entries);
  return { key: new WindowsRunKey(command, new RegExe(reg.run, { SystemRoot: 'C:\\Windows' })), reg };
}

describe('Windows Run key', () => {
  it('is off when there is no Run value', async () => {
    const { key, reg } = runKey(wine('run-none'));
    expect(await key.isEnabled()).toBe(false);
    expect(reg.unused()).toEqual([]);
  });

  it('is on when the Run value exists and Task Manager has not switched it off', async () => {
    expect(await runKey(wine('run-present'), ...APPROVED_ABSENT).key.isEnabled()).toBe(true);
    expect(await runKey(wine('run-present'), wine('approved-on')).key.isEnabled()).toBe(true);
    expect(await runKey(wine('run-present'), wine('approved-empty')).key.isEnabled()).toBe(true);
  });

  it('reports a value disabled in Task Manager (StartupApproved 03…) as off', async () => {
    expect(await runKey(wine('run-present'), wine('approved-off')).key.isEnabled()).toBe(false);
  });

  it('cannot tell when the Run key may not be read', async () => {
    const denied = windowsReg(['query', RUN_KEY], 1, { stderr: 'access-denied-sv.stderr.txt' });
    expect(await runKey(denied, wine('hkcu-currentversion')).key.isEnabled()).toBeNull();
    const { run } = replay(notStarted('reg', 'any'));
    expect(await new WindowsRunKey(command, new RegExe(run, {})).isEnabled()).toBeNull();
  });

  it('writes the quoted command line and leaves an absent Task Manager switch alone when turned on', async () => {
    const { key, reg } = runKey(wine('run-add-ok'), ...APPROVED_ABSENT);
    await key.setEnabled(true);
    expect(reg.unused()).toEqual([]);
    expect(reg.calls.map((c) => c.args).filter((args) => args[0] === 'add')).toEqual([
      ['add', RUN_KEY, '/v', 'Kassavakt', '/t', 'REG_SZ', '/d', '"C:\\Program Files\\nodejs\\node.exe" "C:\\Users\\butik\\Kassavakt\\kassavakt.js" "tray"', '/f'],
    ]);
  });

  it('clears a Task Manager switch when turned on', async () => {
    const { key, reg } = runKey(wine('run-add-ok'), wine('approved-off'), wine('approved-delete-ok'));
    await key.setEnabled(true);
    expect(reg.unused()).toEqual([]);
  });

  it('removes the values that are there when turned off, and asks nothing to delete what is gone', async () => {
    const present = runKey(wine('run-present'), wine('run-delete-ok'), wine('approved-off'), wine('approved-delete-ok'));
    await present.key.setEnabled(false);
    expect(present.reg.unused()).toEqual([]);
    const gone = runKey(wine('run-none'), ...APPROVED_ABSENT);
    await gone.key.setEnabled(false);
    expect(gone.reg.calls.some((c) => c.args[0] === 'delete')).toBe(false);
  });

  it('fails with reg.exe\'s own words when the value cannot be written', async () => {
    const refused = windowsReg(['add', RUN_KEY, '/v', 'Kassavakt', '/t', 'REG_SZ', '/d', '"C:\\Program Files\\nodejs\\node.exe" "C:\\Users\\butik\\Kassavakt\\kassavakt.js" "tray"', '/f'], 1, {
      stderr: 'access-denied-sv.stderr.txt',
    });
    await expect(runKey(refused).key.setEnabled(true)).rejects.toThrow('FEL! Åtkomst nekad.');
  });
});

describe('XDG autostart entry', () => {
  const env = () => ({ XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'kv-xdg-')) });
  const linuxCommand = { executable: '/usr/bin/node', args: ['/opt/kassa vakt/kassavakt.js', 'tray'] };

  it('creates, reads and removes the entry under $XDG_CONFIG_HOME/autostart', async () => {
    const e = env();
    const autostart = new XdgAutostart(linuxCommand, e);
    expect(autostart.path).toBe(join(e.XDG_CONFIG_HOME, 'autostart', 'kassavakt.desktop'));
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.setEnabled(true);
    expect(await autostart.isEnabled()).toBe(true);
    expect(readFileSync(autostart.path, 'utf8')).toContain('Exec=/usr/bin/node "/opt/kassa vakt/kassavakt.js" tray\n');
    await autostart.setEnabled(false);
    expect(await autostart.isEnabled()).toBe(false);
  });

  it('counts an entry the desktop switched off as off', async () => {
    const autostart = new XdgAutostart(linuxCommand, env());
    await autostart.setEnabled(true);
    writeFileSync(autostart.path, readFileSync(autostart.path, 'utf8').replace('X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-enabled=false'));
    expect(await autostart.isEnabled()).toBe(false);
    writeFileSync(autostart.path, '[Desktop Entry]\nExec=x\nHidden=true\n');
    expect(await autostart.isEnabled()).toBe(false);
  });

  it('quotes Exec arguments the way the Desktop Entry spec asks', () => {
    expect(desktopQuote('/usr/bin/node')).toBe('/usr/bin/node');
    expect(desktopQuote('50%')).toBe('50%%');
    expect(desktopQuote('a "b" $c')).toBe('"a \\\\"b\\\\" \\\\$c"');
  });
});
