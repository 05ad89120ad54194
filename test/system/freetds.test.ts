// FreeTDS against the sim CLI (dist/kassavakt.js): `tsql` directly and `isql` through a tdsodbc
// DSN in a temporary odbc.ini, the same kind of ODBC connection the tills use.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';

const HOST = '127.0.53.1';
const DRIVER = '/usr/lib/x86_64-linux-gnu/odbc/libtdsodbc.so';
const QUERY = 'SELECT KlientID, Datornamn, Programversion FROM dbo.Kassor WITH (NOLOCK) ORDER BY KassaNr';
let sim: SimProcess;
const dir = mkdtempSync(join(tmpdir(), 'kassavakt-freetds-'));

function run(command: string, args: string[], input: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { env: { ...process.env, ...env }, timeout: 15_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
    child.stdin!.end(input);
  });
}

beforeAll(async () => {
  sim = await startSimProcess(['--host', HOST, '--browser-port', '0', '--log', join(dir, 'statements.jsonl')]);
});

afterAll(async () => {
  expect(await sim?.stop()).toBe(0);
});

const DEMO_ROWS = [
  ['1', 'KASSA1', '38,5'],
  ['2', 'KASSA2', '38,5'],
  ['3', 'KASSA3', '38,5'],
  ['3', 'KONTORET', '38,05'],
  ['5', 'LAGRET', '38,5'],
];

describe('FreeTDS', () => {
  it('tsql reads the tills', async () => {
    const out = await run('tsql', ['-H', HOST, '-p', String(sim.port), '-U', 'kassavakt', '-P', 'kassavakt'], `${QUERY}\ngo\nexit\n`, { TDSVER: '7.4' });
    const rows = out.split('\n').map((line) => line.replace(/^(\d+> )+/, '').trim().split('\t')).filter((cells) => cells.length === 3);
    expect(rows).toEqual([['KlientID', 'Datornamn', 'Programversion'], ...DEMO_ROWS]);
    expect(out).toContain('(5 rows affected)');
  });

  it('tsql gets the login error for a wrong password', async () => {
    const error = await run('tsql', ['-H', HOST, '-p', String(sim.port), '-U', 'kassavakt', '-P', 'fel'], 'exit\n', { TDSVER: '7.4' }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toContain("Login failed for user 'kassavakt'");
  });

  it('a fault switched on through the sim\'s stdin refuses the next login', async () => {
    sim.command('fault refuse-logins on');
    await sim.waitForOutput(/fault refuse-logins on/);
    const tsql = () => run('tsql', ['-H', HOST, '-p', String(sim.port), '-U', 'kassavakt', '-P', 'kassavakt'], 'exit\n', { TDSVER: '7.4' });
    expect(await tsql().then(() => 'connected', (e: Error) => e.message)).toContain('Login failed');
    sim.command('clear');
    await sim.waitForOutput(/: clear$/);
    expect(await tsql()).not.toContain('Login failed');
  });

  it('isql through a tdsodbc DSN reads the same tills', async () => {
    writeFileSync(join(dir, 'odbcinst.ini'), `[FreeTDS]\nDriver = ${DRIVER}\n`);
    writeFileSync(
      join(dir, 'odbc.ini'),
      `[Nutid - PC Kassa]\nDriver = ${DRIVER}\nServer = ${HOST}\nPort = ${sim.port}\nDatabase = PCKassa\nTDS_Version = 7.4\n`,
    );
    const out = await run('isql', ['-b', '-d|', 'Nutid - PC Kassa', 'kassavakt', 'kassavakt'], `${QUERY}\n`, {
      ODBCINI: join(dir, 'odbc.ini'),
      ODBCSYSINI: dir,
    });
    const rows = out.trim().split('\n').filter((line) => line.includes('|')).map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows).toEqual(DEMO_ROWS);
  });
});
