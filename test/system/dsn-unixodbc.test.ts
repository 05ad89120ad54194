// A real unixODBC DSN (FreeTDS's tdsodbc driver, system odbc.ini in a temp ODBCSYSINI) that names
// an instance the main till does not have: `kassavakt repair --apply` writes the one the doctor
// found, isql then reaches the simulated main till, and `repair --undo` restores the file byte for
// byte. The sim's Browser is on UDP 1434 of its own address, where FreeTDS asks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';

const HOST = '127.0.152.1';
const DSN = 'Nutid - PC Kassa';
const dir = mkdtempSync(join(tmpdir(), 'kassavakt-dsn-'));
const env = { ...process.env, ODBCSYSINI: dir, ODBCINI: join(dir, 'user-odbc.ini'), KASSAVAKT_DATA: join(dir, 'data') };
const ORIGINAL = [
  '; PC-Kassa data source, as the installer left it',
  '[ODBC Data Sources]',
  `${DSN} = FreeTDS`,
  '',
  `[${DSN}]`,
  'Description   = Nutid PC Kassa',
  'Driver        = FreeTDS',
  `Server        = ${HOST}\\PCKASSA1`,
  'Database      = PCKassa',
  'TDS_Version   = 7.4',
  '',
].join('\n');
let sim: SimProcess;

function kassavakt(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--user', 'kassavakt', '--password', 'kassavakt', '--database', 'PCKassa'], {
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function isqlSelectOne() {
  const run = spawnSync('isql', ['-b', '-v', DSN, 'kassavakt', 'kassavakt'], { env, input: 'SELECT 1\n', encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, output: run.stdout + run.stderr };
}

const odbcIni = () => readFileSync(join(dir, 'odbc.ini'), 'latin1');

beforeAll(async () => {
  writeFileSync(join(dir, 'odbcinst.ini'), '[FreeTDS]\nDescription = FreeTDS\nDriver = libtdsodbc.so\n');
  writeFileSync(join(dir, 'odbc.ini'), ORIGINAL);
  sim = await startSimProcess(['--host', HOST, '--browser-port', '1434', '--instance', 'PCKASSA']);
});

afterAll(async () => {
  await sim?.stop();
});

describe('repairing a real unixODBC DSN', () => {
  // FreeTDS spends ~16 s on the unanswered instance lookup before it gives up; once is enough.
  it('fails with isql before the repair (the DSN names PCKASSA1, the main till has PCKASSA)', () => {
    expect(isqlSelectOne().code).not.toBe(0);
  });

  it('shows what it would write and leaves the file alone without --apply', () => {
    const run = kassavakt('repair', '--json');
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { current: string; proposed: string; applied: boolean; location: string };
    expect(result).toMatchObject({ current: `${HOST}\\PCKASSA1`, proposed: `${HOST}\\PCKASSA`, applied: false, location: join(dir, 'odbc.ini') });
    expect(odbcIni()).toBe(ORIGINAL);
  });

  it('writes the working server with --apply, changing nothing else, and isql then reaches the main till', () => {
    const run = kassavakt('repair', '--apply', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`now points at ${HOST}\\PCKASSA`);
    expect(odbcIni()).toBe(ORIGINAL.replace(`${HOST}\\PCKASSA1`, `${HOST}\\PCKASSA`));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const isql = isqlSelectOne();
    expect(isql.code, isql.output).toBe(0);
    expect(isql.output).toContain('1 rows fetched');
  });

  it('now gets OK from the doctor (exit 0) for the DSN', () => {
    const run = kassavakt('doctor', '--json');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: 'dsn', dsnName: DSN, verdict: { code: 'OK' } });
  });

  it('restores the file byte for byte with --undo', () => {
    const run = kassavakt('repair', '--undo');
    expect(run.code, run.stderr).toBe(0);
    expect(odbcIni()).toBe(ORIGINAL);
  });

  it('has nothing left to undo afterwards', () => {
    const run = kassavakt('repair', '--undo', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`There is no repair of "${DSN}" to undo.`);
  });
});
