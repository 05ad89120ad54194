// The Windows DSN back-end on recorded reg.exe outputs (Wine 8's reg.exe; access denied written by hand,
// see test/fixtures/reg/README.md) at the runCommand seam: which exact argv it runs (32-bit view,
// `Nutid - PC Kassa` as one argument, the elevation wrapper), where it finds the driver's target (Server,
// Address, client aliases), and the repair's read-back, check and rollback on top of it.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastRepair, repairBackupPath, repairDsn, undoRepair } from '../../src/platform/dsn/repair.js';
import { ALIASES_KEY, WindowsDsnStore } from '../../src/platform/dsn/windows.js';
import { ELEVATION_CANCELLED, elevationScript, quoteWindowsArg } from '../../src/platform/windows/elevation.js';
import { elevation, notStarted, replay, windowsReg, wine, type ReplayEntry } from '../support/regReplay.js';

const ENV = { SystemRoot: 'C:\\Windows' };
const REG = 'C:\\Windows\\System32\\reg.exe';
const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
const KEY = 'HKLM\\SOFTWARE\\ODBC\\ODBC.INI\\Nutid - PC Kassa';
const CODE_PAGE = [wine('chcp-no-console'), wine('oemcp')];
/** No client aliases: the ConnectTo key and its parents up to one that exists. */
const NO_ALIASES = () => [wine('aliases-absent'), wine('client-absent'), wine('mssqlserver-absent'), wine('microsoft-32')];
const FOUND = () => [wine('dsn-found'), ...NO_ALIASES()];
const REPAIRED = () => [wine('dsn-repaired'), ...NO_ALIASES()];
const works = async () => true;

function store(...entries: ReplayEntry[]) {
  const reg = replay(...CODE_PAGE, ...entries);
  return { dsn: new WindowsDsnStore('Nutid - PC Kassa', reg.run, ENV), reg };
}

/** The PowerShell script inside `-EncodedCommand`. */
function decodedScript(args: readonly string[]): string {
  expect(args.slice(0, 5)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
  return Buffer.from(args[5]!, 'base64').toString('utf16le');
}

const records = (dataDir: string) => JSON.parse(readFileSync(repairBackupPath(dataDir), 'utf8')) as unknown[];
const dataDir = () => mkdtempSync(join(tmpdir(), 'kassavakt-win-'));

describe('reading the DSN', () => {
  it('runs reg.exe query on the 32-bit view with the DSN name as one argument, and finds the target in Server', async () => {
    const { dsn, reg } = store(...FOUND());
    expect(await dsn.read()).toEqual({
      location: `${KEY} (32-bit)`,
      values: { Server: '192.168.99.60\\PCKASSA' },
      target: { kind: 'server', server: { host: '192.168.99.60', instance: 'PCKASSA' } },
    });
    expect(reg.calls[0]).toEqual({ file: REG, args: ['query', KEY, '/reg:32'] });
    expect(reg.calls.map((c) => c.args[1])).toContain(ALIASES_KEY);
    expect(reg.unused()).toEqual([]);
  });

  it('reports a DSN without a Server value, or with an empty one, as leading nowhere', async () => {
    const missing = await store(wine('dsn-no-server')).dsn.read();
    expect(missing).toMatchObject({ values: { Server: null }, target: { kind: 'none' } });
    const empty = await store(wine('dsn-empty-server')).dsn.read();
    expect(empty).toMatchObject({ values: { Server: '' }, target: { kind: 'none' } });
  });

  it('follows a client alias named by Server to the address it gives', async () => {
    const { dsn } = store(wine('dsn-found'), wine('aliases-found'));
    expect((await dsn.read()).target).toEqual({
      kind: 'server',
      server: { host: '192.168.99.70', port: 1500 },
      named: { host: '192.168.99.60', instance: 'PCKASSA' },
    });
  });

  it('says the target is decided elsewhere when an Address value overrides Server', async () => {
    const { dsn } = store(wine('dsn-address'), ...NO_ALIASES());
    expect((await dsn.read()).target).toEqual({ kind: 'elsewhere', key: 'Address', value: '192.168.99.61,1433' });
  });

  it('says DSN_NOT_FOUND when the registry shows no such key', async () => {
    const { dsn } = store(wine('dsn-absent'), wine('odbc-ini-absent'), wine('odbc-absent'), wine('software-32'));
    await expect(dsn.read()).rejects.toMatchObject({ failure: 'DSN_NOT_FOUND', dsnName: 'Nutid - PC Kassa' });
  });

  it("says COMMAND_FAILED, with reg.exe's words, for a DSN it may not read, and when reg.exe cannot be started", async () => {
    const denied = store(windowsReg(['query', KEY, '/reg:32'], 1, { stderr: 'access-denied-sv.stderr.txt' }), wine('odbc-ini-listing'));
    await expect(denied.dsn.read()).rejects.toMatchObject({ failure: 'COMMAND_FAILED', detail: 'reg.exe: FEL! Åtkomst nekad.' });
    const { run } = replay(notStarted('reg', 'any'));
    await expect(new WindowsDsnStore('Nutid - PC Kassa', run, ENV).read()).rejects.toMatchObject({ failure: 'COMMAND_FAILED' });
  });
});

describe('writing the DSN', () => {
  it('runs exactly one elevated reg.exe add through PowerShell, with the 32-bit view', async () => {
    const { dsn, reg } = store(elevation(0));
    await dsn.write({ Server: 'KASSA1\\PCKASSA' });
    expect(reg.calls.map((c) => c.file)).toEqual([POWERSHELL]);
    const script = decodedScript(reg.calls[0]!.args);
    expect(script).toContain(`$psi.FileName = '${REG}'`);
    expect(script).toContain(`$psi.Arguments = 'add "${KEY}" /v Server /t REG_SZ /d KASSA1\\PCKASSA /f /reg:32'`);
    expect(script).toContain("$psi.Verb = 'runas'");
    expect(script).toContain('$p.WaitForExit()');
  });

  it('removes the value with reg.exe delete when undo restores "no Server value"', async () => {
    const { dsn, reg } = store(elevation(0));
    await dsn.write({ Server: null });
    expect(decodedScript(reg.calls[0]!.args)).toContain(`$psi.Arguments = 'delete "${KEY}" /v Server /f /reg:32'`);
  });

  it('says CANCELLED when the user answers No at the UAC prompt, COMMAND_FAILED when reg.exe fails', async () => {
    await expect(store(elevation(ELEVATION_CANCELLED)).dsn.write({ Server: 'KASSA1\\PCKASSA' })).rejects.toMatchObject({ failure: 'CANCELLED' });
    await expect(store(elevation(1)).dsn.write({ Server: 'KASSA1\\PCKASSA' })).rejects.toMatchObject({ failure: 'COMMAND_FAILED' });
  });
});

describe('repairing through the Windows back-end', () => {
  it('backs up, writes once elevated, reads back, asks the check and keeps the record', async () => {
    const dir = dataDir();
    const checked: unknown[] = [];
    const { dsn, reg } = store(...FOUND(), elevation(0), ...REPAIRED());
    const result = await repairDsn(dsn, 'KASSA1\\PCKASSA', dir, { verify: async (server) => (checked.push(server), true) });
    expect(result).toMatchObject({ previous: '192.168.99.60\\PCKASSA', current: 'KASSA1\\PCKASSA', changed: true });
    expect(checked).toEqual([{ host: 'KASSA1', instance: 'PCKASSA' }]);
    expect(reg.calls.filter((c) => c.file === POWERSHELL)).toHaveLength(1);
    expect(lastRepair(dsn, dir)).toMatchObject({ previous: { Server: '192.168.99.60\\PCKASSA' }, written: { Server: 'KASSA1\\PCKASSA' } });
    expect(reg.unused()).toEqual([]);
  });

  it('keeps no backup record and reports CANCELLED when the UAC prompt is refused', async () => {
    const dir = dataDir();
    const { dsn } = store(...FOUND(), elevation(ELEVATION_CANCELLED));
    await expect(repairDsn(dsn, 'KASSA1\\PCKASSA', dir, { verify: works })).rejects.toMatchObject({ failure: 'CANCELLED' });
    expect(records(dir)).toEqual([]);
  });

  it('puts the old value back and keeps no record when the read-back does not show the new one, however often', async () => {
    const dir = dataDir();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      // Written "successfully", read back unchanged; the rollback writes the old value and reads it.
      const { dsn, reg } = store(...FOUND(), elevation(0), ...FOUND(), elevation(0), ...FOUND());
      await expect(repairDsn(dsn, 'KASSA1\\PCKASSA', dir, { verify: works })).rejects.toMatchObject({ failure: 'VERIFY_FAILED' });
      const writes = reg.calls.filter((c) => c.file === POWERSHELL).map((c) => decodedScript(c.args));
      expect(writes[1]).toContain('/d 192.168.99.60\\PCKASSA /f /reg:32');
      expect(reg.unused()).toEqual([]);
    }
    expect(records(dir)).toEqual([]);
    const { dsn } = store(...FOUND());
    await expect(undoRepair(dsn, dir)).rejects.toMatchObject({ failure: 'NO_BACKUP' });
  });

  it('puts the old value back when the check finds the new target not working', async () => {
    const dir = dataDir();
    const { dsn, reg } = store(...FOUND(), elevation(0), ...REPAIRED(), elevation(0), ...FOUND());
    await expect(repairDsn(dsn, 'KASSA1\\PCKASSA', dir, { verify: async () => false })).rejects.toMatchObject({
      failure: 'STILL_FAILS',
      detail: 'KASSA1\\PCKASSA',
    });
    expect(reg.unused()).toEqual([]);
    expect(records(dir)).toEqual([]);
  });

  it('keeps the record, so that undo can finish, when the old value cannot be put back', async () => {
    const dir = dataDir();
    const { dsn } = store(...FOUND(), elevation(0), ...REPAIRED(), elevation(ELEVATION_CANCELLED));
    await expect(repairDsn(dsn, 'KASSA1\\PCKASSA', dir, { verify: async () => false })).rejects.toMatchObject({ failure: 'ROLLBACK_FAILED' });
    expect(records(dir)).toHaveLength(1);
    expect(existsSync(repairBackupPath(dir))).toBe(true);
  });

  it('refuses a DSN whose Address overrides Server, before asking for elevation', async () => {
    const dir = dataDir();
    const { dsn, reg } = store(wine('dsn-address'), ...NO_ALIASES());
    await expect(repairDsn(dsn, 'KASSA1\\PCKASSA', dir, { verify: works })).rejects.toMatchObject({
      failure: 'NOT_REPAIRABLE',
      detail: 'Address = 192.168.99.61,1433',
    });
    expect(reg.calls.some((c) => c.file === POWERSHELL)).toBe(false);
    expect(existsSync(repairBackupPath(dir))).toBe(false);
  });

  it('writes Server past an alias that leads elsewhere', async () => {
    const dir = dataDir();
    const { dsn } = store(wine('dsn-found'), wine('aliases-found'), elevation(0), wine('dsn-repaired'), wine('aliases-found'));
    const result = await repairDsn(dsn, 'KASSA1\\PCKASSA', dir, { verify: works });
    expect(result).toMatchObject({ previous: '192.168.99.70,1500', current: 'KASSA1\\PCKASSA', changed: true });
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
