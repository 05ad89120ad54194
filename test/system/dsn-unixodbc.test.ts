// Real unixODBC DSNs (FreeTDS's tdsodbc driver, system odbc.ini in a temp ODBCSYSINI) that do not reach
// the simulated main till: `kassavakt repair --apply` makes isql reach it, and `repair --undo` restores
// the file byte for byte. Each DSN is wrong in a way that decides where the driver really connects:
// - an instance the main till does not have;
// - a `[nutid - pc kassa]` section above `[Nutid - PC Kassa]`: unixODBC reads the first one;
// - a `Port = 1433` key, which wins over the instance in Server (odbc.ini a symbolic link to a file of
//   nobody's, which must stay so).
// The sim's Browser is on UDP 1434 of its own address, where FreeTDS asks.
import { spawnSync } from 'node:child_process';
import { chownSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';

const HOST = '127.0.152.1';
const DSN = 'Nutid - PC Kassa';
const NOBODY = 65534;
let sim: SimProcess;

/** A folder with odbcinst.ini and odbc.ini (the real file in etc/ and a link to it when `linked`). */
function odbcFolder(text: string, linked = false) {
  const dir = mkdtempSync(join(tmpdir(), 'kassavakt-dsn-'));
  const env = { ...process.env, ODBCSYSINI: dir, ODBCINI: join(dir, 'user-odbc.ini'), KASSAVAKT_DATA: join(dir, 'data') };
  writeFileSync(join(dir, 'odbcinst.ini'), '[FreeTDS]\nDescription = FreeTDS\nDriver = libtdsodbc.so\n');
  const real = linked ? join(dir, 'etc', 'odbc.ini') : join(dir, 'odbc.ini');
  if (linked) {
    mkdirSync(join(dir, 'etc'));
    symlinkSync(join('etc', 'odbc.ini'), join(dir, 'odbc.ini'));
  }
  writeFileSync(real, text);
  return {
    dir,
    real,
    odbcIni: () => readFileSync(real, 'latin1'),
    kassavakt(...args: string[]) {
      const run = spawnSync(process.execPath, [CLI, ...args, '--user', 'kassavakt', '--password', 'kassavakt', '--database', 'PCKassa'], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      return { code: run.status, stdout: run.stdout, stderr: run.stderr };
    },
    isqlSelectOne() {
      const run = spawnSync('isql', ['-b', '-v', DSN, 'kassavakt', 'kassavakt'], { env, input: 'SELECT 1\n', encoding: 'utf8', timeout: 30_000 });
      return { code: run.status, output: run.stdout + run.stderr };
    },
  };
}

function expectIsqlReachesTheMainTill(folder: ReturnType<typeof odbcFolder>) {
  const isql = folder.isqlSelectOne();
  expect(isql.code, isql.output).toBe(0);
  expect(isql.output).toContain('1 rows fetched');
}

const section = (name: string, ...lines: string[]) => [`[${name}]`, 'Description   = Nutid PC Kassa', 'Driver        = FreeTDS', ...lines, 'Database      = PCKassa', 'TDS_Version   = 7.4', ''];
const header = ['; PC-Kassa data source, as the installer left it', '[ODBC Data Sources]', `${DSN} = FreeTDS`, ''];

beforeAll(async () => {
  sim = await startSimProcess(['--host', HOST, '--browser-port', '1434', '--instance', 'PCKASSA']);
});

afterAll(async () => {
  await sim?.stop();
});

describe('repairing a DSN that names the wrong instance', () => {
  const ORIGINAL = [...header, ...section(DSN, `Server        = ${HOST}\\PCKASSA1`)].join('\n');
  const folder = odbcFolder(ORIGINAL);

  // FreeTDS spends ~16 s on the unanswered instance lookup before it gives up; once is enough.
  it('fails with isql before the repair (the DSN names PCKASSA1, the main till has PCKASSA)', () => {
    expect(folder.isqlSelectOne().code).not.toBe(0);
  });

  it('shows what it would write and leaves the file alone without --apply', () => {
    const run = folder.kassavakt('repair', '--json');
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { current: string; proposed: string; applied: boolean; location: string };
    expect(result).toMatchObject({ current: `${HOST}\\PCKASSA1`, proposed: `${HOST}\\PCKASSA`, applied: false, location: join(folder.dir, 'odbc.ini') });
    expect(folder.odbcIni()).toBe(ORIGINAL);
  });

  it('writes the working server with --apply, changing nothing else, and isql then reaches the main till', () => {
    const run = folder.kassavakt('repair', '--apply', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`now points at ${HOST}\\PCKASSA`);
    expect(folder.odbcIni()).toBe(ORIGINAL.replace(`${HOST}\\PCKASSA1`, `${HOST}\\PCKASSA`));
    expect(readdirSync(folder.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expectIsqlReachesTheMainTill(folder);
  });

  it('now gets OK from the doctor (exit 0) for the DSN', () => {
    const run = folder.kassavakt('doctor', '--json');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: 'dsn', dsnName: DSN, verdict: { code: 'OK' } });
  });

  it('restores the file byte for byte with --undo', () => {
    const run = folder.kassavakt('repair', '--undo');
    expect(run.code, run.stderr).toBe(0);
    expect(folder.odbcIni()).toBe(ORIGINAL);
  });

  it('has nothing left to undo afterwards', () => {
    const run = folder.kassavakt('repair', '--undo', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`There is no repair of "${DSN}" to undo.`);
  });
});

describe('repairing the section unixODBC reads when two differ only in case', () => {
  const ORIGINAL = [...header, ...section('nutid - pc kassa', `Server        = ${HOST}\\PCKASSA1`), ...section(DSN, `Server        = ${HOST}\\PCKASSA2`)].join('\n');
  const folder = odbcFolder(ORIGINAL);

  it('edits the first section, the one isql uses, and isql then reaches the main till', () => {
    const run = folder.kassavakt('repair', '--apply', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(folder.odbcIni()).toBe(ORIGINAL.replace(`${HOST}\\PCKASSA1`, `${HOST}\\PCKASSA`));
    expectIsqlReachesTheMainTill(folder);
  });

  it('restores the file byte for byte with --undo', () => {
    expect(folder.kassavakt('repair', '--undo').code).toBe(0);
    expect(folder.odbcIni()).toBe(ORIGINAL);
  });
});

describe('repairing a DSN whose Port key overrides the instance', () => {
  const ORIGINAL = [...header, ...section(DSN, `Server        = ${HOST}\\PCKASSA1`, 'Port          = 1433')].join('\n');
  const folder = odbcFolder(ORIGINAL, true);
  chownSync(folder.real, NOBODY, NOBODY);

  it('sees where FreeTDS really connects (the port, not the instance)', () => {
    const run = folder.kassavakt('repair', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ current: `${HOST},1433`, keys: { Server: `${HOST}\\PCKASSA1`, Port: '1433' } });
  });

  it('changes Server and Port so that isql reaches the main till, keeping the link and the owner', () => {
    const run = folder.kassavakt('repair', '--apply', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expectIsqlReachesTheMainTill(folder);
    // The instance the Browser gives, and the Port key emptied (tdsodbc ignores it then), in its place.
    expect(folder.odbcIni()).toBe(ORIGINAL.replace(`${HOST}\\PCKASSA1`, `${HOST}\\PCKASSA`).replace('Port          = 1433', 'Port          = '));
    expect(lstatSync(join(folder.dir, 'odbc.ini')).isSymbolicLink()).toBe(true);
    expect(statSync(folder.real)).toMatchObject({ uid: NOBODY, gid: NOBODY });
  });

  it('restores the file byte for byte with --undo', () => {
    expect(folder.kassavakt('repair', '--undo').code).toBe(0);
    expect(folder.odbcIni()).toBe(ORIGINAL);
  });
});
