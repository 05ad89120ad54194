// The unixODBC DSN store: where odbc.ini is found once per store, which section it reads, writes that keep
// the file's mode, owner and links, and a repair that is rolled back, unrecorded, when it does not work.
import { chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateOdbcIni, UnixOdbcDsnStore } from '../../src/platform/dsn/unixodbc.js';
import { dsnServer } from '../../src/platform/dsn/index.js';
import type { RunCommand } from '../../src/platform/runCommand.js';
import { lastRepair, repairBackupPath, repairDsn, undoRepair } from '../../src/platform/dsn/repair.js';
import { dsnErrorText } from '../../src/platform/dsn/repairText.js';
import type { DsnError } from '../../src/platform/dsn/dsnStore.js';

const DSN = 'Nutid - PC Kassa';
let dir: string;
let ini: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-unixodbc-'));
  ini = join(dir, 'odbc.ini');
  writeFileSync(ini, Buffer.from(`; K\xe5ssa\r\n[${DSN}]\r\nDriver=FreeTDS\r\nServer=OLD\\PCKASSA\r\n`, 'latin1'), { mode: 0o640 });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('unixODBC DSN store', () => {
  it('runs odbcinst -j once per store, on first use', async () => {
    const calls: string[][] = [];
    const run: RunCommand = async (file, args) => {
      calls.push([file, ...args]);
      return { code: 0, stdout: Buffer.from(`SYSTEM DATA SOURCES: ${ini}\nUSER DATA SOURCES..: ${join(dir, 'none.ini')}\n`), stderr: Buffer.alloc(0) };
    };
    const store = new UnixOdbcDsnStore(DSN, () => locateOdbcIni({}, run));
    expect(calls).toEqual([]);
    expect((await store.read()).values.Server).toBe('OLD\\PCKASSA');
    await store.write({ Server: 'NEW\\PCKASSA' });
    expect((await store.read()).values.Server).toBe('NEW\\PCKASSA');
    expect(calls).toEqual([['odbcinst', '-j']]);
  });

  it('looks again after a failed look-up', async () => {
    let attempts = 0;
    const store = new UnixOdbcDsnStore(DSN, async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('no odbcinst');
      return { system: ini };
    });
    await expect(store.read()).rejects.toThrow('no odbcinst');
    expect((await store.read()).values.Server).toBe('OLD\\PCKASSA');
    expect((await store.read()).location).toBe(ini);
    expect(attempts).toBe(2);
  });

  it('writes atomically, keeping the mode and every other byte', async () => {
    const store = new UnixOdbcDsnStore(DSN, async () => ({ system: ini }));
    await store.write({ Server: 'NEW\\PCKASSA' });
    expect(readFileSync(ini, 'latin1')).toBe(`; K\xe5ssa\r\n[${DSN}]\r\nDriver=FreeTDS\r\nServer=NEW\\PCKASSA\r\n`);
    if (process.platform !== 'win32') expect(statSync(ini).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['odbc.ini']);
  });

  it('hands a missing Server value to callers as null, for them to word', async () => {
    const store = new UnixOdbcDsnStore(DSN, async () => ({ system: ini }));
    const dataDir = join(dir, 'data');
    await repairDsn(store, 'NEW\\PCKASSA', dataDir, { verify: async () => true });
    await store.write({ Server: null });
    await expect(undoRepair(store, dataDir)).rejects.toMatchObject({ failure: 'CHANGED_SINCE', found: null });
    const error = await undoRepair(store, dataDir).catch((e: DsnError) => e);
    expect(dsnErrorText('sv', error as DsnError)).toBe(`"${DSN}" har ändrats sedan Kassavakts reparation (nu: (tomt)); Kassavakt skriver inte över det.`);
  });

  it('turns a file it cannot read into a DsnError, which dsnServer takes as "no server"', async () => {
    const store = new UnixOdbcDsnStore(DSN, async () => ({ system: dir })); // a folder: EISDIR
    await expect(store.read()).rejects.toMatchObject({ name: 'DsnError', failure: 'COMMAND_FAILED' });
    expect(await dsnServer(store)).toBeNull();
  });

  it('keeps the owner and a symbolic link when it writes (odbc.ini owned by nobody, linked from /etc)', async () => {
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'odbc.ini');
    writeFileSync(real, readFileSync(ini));
    chownSync(real, 65534, 65534);
    rmSync(ini);
    symlinkSync(real, ini);
    await new UnixOdbcDsnStore(DSN, async () => ({ system: ini })).write({ Server: 'NEW\\PCKASSA' });
    expect(lstatSync(ini).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'latin1')).toContain('Server=NEW\\PCKASSA');
    expect(statSync(real)).toMatchObject({ uid: 65534, gid: 65534 });
  });

  it('puts the file back byte for byte and keeps no record when the check finds the new target not working', async () => {
    const store = new UnixOdbcDsnStore(DSN, async () => ({ system: ini }));
    const dataDir = join(dir, 'data');
    const before = readFileSync(ini);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await expect(repairDsn(store, 'NEW\\PCKASSA', dataDir, { verify: async () => false })).rejects.toMatchObject({
        failure: 'STILL_FAILS',
        detail: 'NEW\\PCKASSA',
      });
      expect(readFileSync(ini).equals(before)).toBe(true);
    }
    expect(lastRepair(store, dataDir)).toBeUndefined();
    expect(JSON.parse(readFileSync(repairBackupPath(dataDir), 'utf8'))).toEqual([]);
    await expect(undoRepair(store, dataDir)).rejects.toMatchObject({ failure: 'NO_BACKUP' });
  });

  it('refuses a DSN whose target lies in freetds.conf, writing nothing', async () => {
    writeFileSync(ini, `[${DSN}]\nDriver=FreeTDS\nServername=huvudkassa\n`);
    const store = new UnixOdbcDsnStore(DSN, async () => ({ system: ini }));
    const dataDir = join(dir, 'data');
    await expect(repairDsn(store, 'NEW\\PCKASSA', dataDir, { verify: async () => true })).rejects.toMatchObject({
      failure: 'NOT_REPAIRABLE',
      detail: 'Servername = huvudkassa',
    });
    expect(readFileSync(ini, 'utf8')).toBe(`[${DSN}]\nDriver=FreeTDS\nServername=huvudkassa\n`);
    expect(existsSync(repairBackupPath(dataDir))).toBe(false);
  });

  it('reads and undoes a backup record from before keys were recorded by name', async () => {
    const store = new UnixOdbcDsnStore(DSN, async () => ({ system: ini }));
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    await store.write({ Server: 'NEW\\PCKASSA' });
    const old = { dsnName: DSN, kind: 'unixodbc', location: ini, previous: 'OLD\\PCKASSA', written: 'NEW\\PCKASSA', at: '2026-11-01T10:00:00.000Z' };
    writeFileSync(repairBackupPath(dataDir), JSON.stringify([old]));
    expect(await undoRepair(store, dataDir)).toMatchObject({ previous: 'NEW\\PCKASSA', current: 'OLD\\PCKASSA' });
    expect((await store.read()).values.Server).toBe('OLD\\PCKASSA');
  });
});
