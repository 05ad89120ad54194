// The unixODBC DSN store: where odbc.ini is found once per store, and writes keep the file's mode.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateOdbcIni, UnixOdbcDsnStore } from '../../src/platform/dsn/unixodbc.js';
import { dsnServer } from '../../src/platform/dsn/index.js';
import type { RunCommand } from '../../src/platform/dsn/runCommand.js';
import { repairDsn, undoRepair } from '../../src/platform/dsn/repair.js';
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
      return { code: 0, stdout: `SYSTEM DATA SOURCES: ${ini}\nUSER DATA SOURCES..: ${join(dir, 'none.ini')}\n`, stderr: '' };
    };
    const store = new UnixOdbcDsnStore(DSN, () => locateOdbcIni({}, run));
    expect(calls).toEqual([]);
    expect((await store.read()).server).toBe('OLD\\PCKASSA');
    await store.writeServer('NEW\\PCKASSA');
    expect((await store.read()).server).toBe('NEW\\PCKASSA');
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
    expect((await store.read()).server).toBe('OLD\\PCKASSA');
    expect((await store.read()).location).toBe(ini);
    expect(attempts).toBe(2);
  });

  it('writes atomically, keeping the mode and every other byte', async () => {
    const store = new UnixOdbcDsnStore(DSN, async () => ({ system: ini }));
    await store.writeServer('NEW\\PCKASSA');
    expect(readFileSync(ini, 'latin1')).toBe(`; K\xe5ssa\r\n[${DSN}]\r\nDriver=FreeTDS\r\nServer=NEW\\PCKASSA\r\n`);
    if (process.platform !== 'win32') expect(statSync(ini).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['odbc.ini']);
  });

  it('hands a missing Server value to callers as null, for them to word', async () => {
    const store = new UnixOdbcDsnStore(DSN, async () => ({ system: ini }));
    const dataDir = join(dir, 'data');
    await repairDsn(store, 'NEW\\PCKASSA', dataDir);
    await store.writeServer(null);
    await expect(undoRepair(store, dataDir)).rejects.toMatchObject({ failure: 'CHANGED_SINCE', found: null });
    const error = await undoRepair(store, dataDir).catch((e: DsnError) => e);
    expect(dsnErrorText('sv', error as DsnError)).toBe(`"${DSN}" har ändrats sedan Kassavakts reparation (nu: (tomt)); Kassavakt skriver inte över det.`);
  });

  it('turns a file it cannot read into a DsnError, which dsnServer takes as "no server"', async () => {
    const store = new UnixOdbcDsnStore(DSN, async () => ({ system: dir })); // a folder: EISDIR
    await expect(store.read()).rejects.toMatchObject({ name: 'DsnError', failure: 'COMMAND_FAILED' });
    expect(await dsnServer(store)).toBeNull();
  });
});
