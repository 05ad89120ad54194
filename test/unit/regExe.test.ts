// The one reg.exe runner on recorded outputs (Wine 8's reg.exe and chcp.com; Windows' own wording by hand,
// see test/fixtures/reg/README.md): messages decoded in the console's code page wherever reg.exe prints
// them, and a missing key told from an unreadable one by the parent's listing, never by the message.
import { describe, expect, it } from 'vitest';
import { decodeConsoleOutput, RegExe } from '../../src/platform/windows/regExe.js';
import { parseRegQuery } from '../../src/platform/windows/regQueryOutput.js';
import { notStarted, replay, windowsReg, wine } from '../support/regReplay.js';

const ENV = { SystemRoot: 'C:\\Windows' };
const DSN = 'HKLM\\SOFTWARE\\ODBC\\ODBC.INI\\Nutid - PC Kassa';
/** chcp in a pipe without a console says 0; the system's OEM code page (850) applies. */
const CODE_PAGE_850 = [wine('chcp-no-console'), wine('oemcp')];
const chcp = (file: string) => ({ program: 'chcp.com', args: [] as string[], result: windowsReg([], 0, { stdout: file }).result });

describe('reg.exe messages', () => {
  it('decodes a Swedish message Wine prints on stdout in cp850', async () => {
    const { run } = replay(...CODE_PAGE_850, wine('syntax-error-sv'));
    expect(await new RegExe(run, ENV).exec(['query'])).toEqual({
      code: 1,
      stdout: 'reg: Ogiltig syntax. Skriv "REG QUERY /?" för hjälp.\r\n',
      message: 'reg: Ogiltig syntax. Skriv "REG QUERY /?" för hjälp.',
    });
  });

  it('keeps å, ä and ö of a refusal in the middle of a command', async () => {
    const { run } = replay(...CODE_PAGE_850, wine('multi-sz-refused-sv'));
    const args = ['add', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager', '/v', 'PendingFileRenameOperations', '/t', 'REG_MULTI_SZ', '/d', 'a\\0\\0', '/f', '/reg:64'];
    expect((await new RegExe(run, ENV).exec(args)).message).toBe('reg: Flaggan [/d] måste följas av en giltig sträng');
  });

  it('decodes a message on stderr (Windows) the same way', async () => {
    const { run } = replay(...CODE_PAGE_850, windowsReg(['query', DSN], 1, { stderr: 'key-missing-sv.stderr.txt' }));
    expect((await new RegExe(run, ENV).exec(['query', DSN])).message).toBe(
      'FEL! Det gick inte att hitta den angivna registernyckeln eller det angivna värdet.',
    );
  });

  it('takes the code page chcp reports in a console, in any language', async () => {
    const swedish = replay(chcp('chcp-850-sv.stdout.txt'), windowsReg(['query', DSN], 1, { stderr: 'access-denied-sv.stderr.txt' }));
    expect((await new RegExe(swedish.run, ENV).exec(['query', DSN])).message).toBe('FEL! Åtkomst nekad.');
    const utf8 = replay(chcp('chcp-65001-en.stdout.txt'), windowsReg(['query', DSN], 1, { stderr: 'key-missing-sv-utf8.stderr.txt' }));
    expect((await new RegExe(utf8.run, ENV).exec(['query', DSN])).message).toContain('angivna värdet.');
    expect(swedish.unused()).toEqual([]);
    expect(utf8.unused()).toEqual([]);
  });

  it('asks for the code page once, from System32, and runs reg.exe from System32', async () => {
    const { run, calls } = replay(chcp('chcp-850-sv.stdout.txt'), wine('dsn-found'), wine('dsn-found'));
    const reg = new RegExe(run, ENV);
    await reg.exec(['query', DSN, '/reg:32']);
    await reg.exec(['query', DSN, '/reg:32']);
    expect(calls.map((c) => c.file)).toEqual(['C:\\Windows\\System32\\reg.exe', 'C:\\Windows\\System32\\chcp.com', 'C:\\Windows\\System32\\reg.exe']);
  });

  it('falls back to cp850 for a code page it does not know', () => {
    expect(decodeConsoleOutput(Buffer.from([0x66, 0x94, 0x72]), 99999)).toBe('för');
  });
});

describe('listing a key', () => {
  it('lists the values and the subkeys (recorded)', async () => {
    const { run } = replay(...CODE_PAGE_850, wine('currentversion-64'));
    const key = await new RegExe(run, ENV).query('HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion', '/reg:64');
    expect(key.state).toBe('found');
    if (key.state !== 'found') return;
    expect(key.listing.values).toContainEqual({ name: 'ProgramFilesDir (x86)', type: 'REG_SZ', data: 'C:\\Program Files (x86)' });
    expect(key.listing.values).toContainEqual({ name: 'RegisteredOwner', type: 'REG_SZ', data: '' });
    expect(key.listing.subkeys).toContain('App Paths');
    expect(key.listing.subkeys).not.toContain('Component Based Servicing');
  });

  it('says absent when the parents show the key is not there, asking up to one that exists', async () => {
    const { run, calls, unused } = replay(...CODE_PAGE_850, wine('dsn-absent'), wine('odbc-ini-absent'), wine('odbc-absent'), wine('software-32'));
    expect(await new RegExe(run, ENV).query(DSN, '/reg:32')).toEqual({ state: 'absent' });
    expect(calls.filter((c) => c.file.endsWith('reg.exe')).map((c) => c.args[1])).toEqual([
      DSN,
      'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage',
      'HKLM\\SOFTWARE\\ODBC\\ODBC.INI',
      'HKLM\\SOFTWARE\\ODBC',
      'HKLM\\SOFTWARE',
    ]);
    expect(unused()).toEqual([]);
  });

  it('says unreadable, with reg.exe\'s words, when the parent lists a key reg.exe cannot list', async () => {
    const { run } = replay(...CODE_PAGE_850, windowsReg(['query', DSN, '/reg:32'], 1, { stderr: 'access-denied-sv.stderr.txt' }), wine('odbc-ini-listing'));
    expect(await new RegExe(run, ENV).query(DSN, '/reg:32')).toEqual({ state: 'unreadable', detail: 'reg.exe: FEL! Åtkomst nekad.' });
  });

  it('says unreadable when reg.exe does not start', async () => {
    const { run } = replay(notStarted('reg', ['query', DSN, '/reg:32']));
    expect(await new RegExe(run, ENV).query(DSN, '/reg:32')).toEqual({ state: 'unreadable', detail: 'reg.exe: ENOENT' });
  });

  it('finds subkeys printed under WOW6432Node in the 32-bit view', () => {
    const output = '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\ODBC\\ODBC.INI\\Nutid - PC Kassa\r\n';
    expect(parseRegQuery(output, 'HKLM\\SOFTWARE\\ODBC\\ODBC.INI').subkeys).toEqual(['Nutid - PC Kassa']);
  });
});
