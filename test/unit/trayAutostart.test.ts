import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APPROVED_KEY,
  RUN_KEY,
  WindowsRunKey,
  XdgAutostart,
  desktopQuote,
  parseRegValue,
  type RegResult,
} from '../../src/platform/autostart.js';

const command = { executable: 'C:\\Program Files\\nodejs\\node.exe', args: ['C:\\Users\\butik\\Kassavakt\\kassavakt.js', 'tray'] };

// reg.exe output as Windows 10/11 prints it (CRLF, four-space columns, error text on stderr, exit 1).
const RUN_PRESENT: RegResult = {
  code: 0,
  stdout:
    '\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\r\n' +
    '    Kassavakt    REG_SZ    "C:\\Program Files\\nodejs\\node.exe" "C:\\Users\\butik\\Kassavakt\\kassavakt.js" "tray"\r\n\r\n',
  stderr: '',
};
const NOT_FOUND: RegResult = {
  code: 1,
  stdout: '',
  stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n',
};
const approved = (hex: string): RegResult => ({
  code: 0,
  stdout:
    '\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run\r\n' +
    `    Kassavakt    REG_BINARY    ${hex}\r\n\r\n`,
  stderr: '',
});
const OK: RegResult = { code: 0, stdout: 'The operation completed successfully.\r\n\r\n', stderr: '' };

/** A registry that answers `reg query` from a table and records every call. */
function fakeReg(answers: Record<string, RegResult>) {
  const calls: string[][] = [];
  const reg = async (args: string[]): Promise<RegResult> => {
    calls.push(args);
    if (args[0] === 'query') return answers[args[1]!] ?? NOT_FOUND;
    return answers[`${args[0]} ${args[1]}`] ?? OK;
  };
  return { reg, calls };
}

describe('Windows Run key', () => {
  it('is off when there is no Run value', async () => {
    expect(await new WindowsRunKey(command, fakeReg({}).reg).isEnabled()).toBe(false);
  });

  it('is on when the Run value exists and Task Manager has not switched it off', async () => {
    expect(await new WindowsRunKey(command, fakeReg({ [RUN_KEY]: RUN_PRESENT }).reg).isEnabled()).toBe(true);
    const approvedOn = fakeReg({ [RUN_KEY]: RUN_PRESENT, [APPROVED_KEY]: approved('020000000000000000000000') });
    expect(await new WindowsRunKey(command, approvedOn.reg).isEnabled()).toBe(true);
  });

  it('reports a value disabled in Task Manager (StartupApproved 03…) as off', async () => {
    const disabled = fakeReg({ [RUN_KEY]: RUN_PRESENT, [APPROVED_KEY]: approved('030000008A2D3A7C5B1ED901') });
    expect(await new WindowsRunKey(command, disabled.reg).isEnabled()).toBe(false);
  });

  it('cannot tell when reg.exe fails for another reason', async () => {
    const denied = fakeReg({ [RUN_KEY]: { code: 1, stdout: '', stderr: 'ERROR: Access is denied.\r\n' } });
    expect(await new WindowsRunKey(command, denied.reg).isEnabled()).toBeNull();
  });

  it('writes the quoted command line and clears a Task Manager switch when turned on', async () => {
    const { reg, calls } = fakeReg({});
    await new WindowsRunKey(command, reg).setEnabled(true);
    expect(calls).toEqual([
      ['add', RUN_KEY, '/v', 'Kassavakt', '/t', 'REG_SZ', '/d', '"C:\\Program Files\\nodejs\\node.exe" "C:\\Users\\butik\\Kassavakt\\kassavakt.js" "tray"', '/f'],
      ['delete', APPROVED_KEY, '/v', 'Kassavakt', '/f'],
    ]);
  });

  it('removes both values when turned off, even when they are already gone', async () => {
    const { reg, calls } = fakeReg({ [`delete ${RUN_KEY}`]: NOT_FOUND, [`delete ${APPROVED_KEY}`]: NOT_FOUND });
    await new WindowsRunKey(command, reg).setEnabled(false);
    expect(calls.map((c) => c.slice(0, 2))).toEqual([
      ['delete', RUN_KEY],
      ['delete', APPROVED_KEY],
    ]);
  });

  it('parses a value line out of reg query output', () => {
    expect(parseRegValue(approved('030000000000000000000000').stdout, 'kassavakt')).toEqual({
      type: 'REG_BINARY',
      data: '030000000000000000000000',
    });
    expect(parseRegValue(RUN_PRESENT.stdout, 'Other')).toBeNull();
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
