// "Read-only towards the main till, every batch guarded", checked where it counts: every statement the
// simulated main till receives (its --log) while each command that talks to it runs as a user runs it:
// doctor, status, watch, discover, preflight, repair (show), inspect-update against the live fleet,
// report, and the overview page (its poll and its connection check). After the driver's own setup
// batch at login (SET only), every request must begin with the read-uncommitted, lock-timeout
// preamble and hold only SELECTs (test/support/guardedStatements.ts). The tray's polls are checked
// the same way in test/system/tray.test.ts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli, type CliRun } from '../support/cli.js';
import { DRIVER_SETUP_BATCH, readStatementLog, sessionsOf, unguardedRequests, type LoggedStatement } from '../support/guardedStatements.js';
import { STRINGS, writePe } from '../support/peFixtures.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';

const HOST = '127.0.96.1';
let sim: SimProcess;
let dir: string;

const statementLog = () => join(dir, 'statements.jsonl');
const received = () => readStatementLog(statementLog());

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-statements-'));
  sim = await startSimProcess(['--host', HOST, '--log', statementLog()]);
});

afterAll(async () => {
  await sim?.stop();
});

const login = () => ['--user', 'kassavakt', '--password', 'kassavakt', '--data', join(dir, 'data')];
const connection = () => ['--server', `${HOST},${sim.port}`, ...login()];
const named = () => ['--server', `${HOST}\\PCKASSA`, '--browser-port', String(sim.browserPort), '--user', 'kassavakt', '--password', 'kassavakt'];

/** The statements the main till received while `use` ran: some, and every request guarded. */
async function sentBy(use: () => CliRun | Promise<void>): Promise<{ run: CliRun | undefined; statements: LoggedStatement[] }> {
  const before = received().length;
  const run = (await use()) ?? undefined;
  const statements = received().slice(before);
  expect(statements.length, run ? run.stderr + run.stdout : '').toBeGreaterThan(0);
  expect(unguardedRequests(statements)).toEqual([]);
  return { run, statements };
}

async function useTheOverviewPage(): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'console', ...connection()], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const firstLine = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
    const url = new URL(/http:\/\/\S+/.exec(firstLine)![0]);
    const exchange = await fetch(url, { redirect: 'manual' });
    const cookie = String(exchange.headers.get('set-cookie')).split(';')[0]!;
    const get = (path: string) => fetch(new URL(path, url), { headers: { Cookie: cookie } }).then((r) => r.text());
    await expect.poll(async () => (await get('/')).includes('data-till="KASSA1"'), { timeout: 15_000 }).toBe(true);
    const csrf = /name="csrf" value="([^"]+)"/.exec(await get('/connection'))![1]!;
    const check = await fetch(new URL('/connection/check', url), {
      method: 'POST',
      redirect: 'manual',
      headers: { Cookie: cookie, Origin: url.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf }).toString(),
    });
    expect(check.status).toBe(303);
    expect(await get('/connection')).toContain('Anslutningen till huvudkassan');
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

describe('every request to the main till goes through the one guard', () => {
  it('doctor: its login test, SELECT 1, is guarded too', async () => {
    const { run, statements } = await sentBy(() => runCli(['doctor', ...named()]));
    expect(run!.code).toBe(0);
    expect(statements.map((s) => s.sql)).toContain('SELECT 1 AS ok');
  });

  it('status, watch and discover', async () => {
    expect((await sentBy(() => runCli(['status', ...connection()]))).run!.code).toBe(1);
    const watch = await sentBy(() => runCli(['watch', ...connection(), '--interval', '0.1', '--count', '2']));
    expect(watch.run!.code).toBe(0);
    expect(watch.statements.filter((s) => /dbo\.Kassor/.test(s.sql))).toHaveLength(2);
    expect((await sentBy(() => runCli(['discover', ...connection()]))).run!.code).toBe(0);
  });

  it('preflight', async () => {
    const { run } = await sentBy(() => runCli(['preflight', '--json', ...connection()]));
    expect(JSON.parse(run!.stdout)).toMatchObject({ reached: true });
  });

  it('repair, showing what it would write for PC-Kassa\'s DSN', async () => {
    const odbcIni = join(dir, 'odbc.ini');
    writeFileSync(odbcIni, `[Nutid - PC Kassa]\nDriver=FreeTDS\nServer=${HOST}\\PCKASSA\nPort=${sim.port}\n`);
    const { run } = await sentBy(() => runCli(['repair', '--json', '--browser-port', String(sim.browserPort), ...login()], { env: { ODBCINI: odbcIni } }));
    expect(run!.code).toBe(0);
    expect(JSON.parse(run!.stdout)).toMatchObject({ applied: false, doctor: { verdict: { code: 'OK' } } });
  });

  it('inspect-update, judging a file against the live fleet', async () => {
    const file = writePe(dir, 'pckassaupp32.exe', { strings: STRINGS.fiscal });
    const { run } = await sentBy(() => runCli(['inspect-update', file, '--json', ...connection()]));
    expect(JSON.parse(run!.stdout)).toMatchObject({ kind: 'update', fleetEdition: 'fiscal' });
  });

  it('report', async () => {
    const out = join(dir, 'rapport.html');
    expect((await sentBy(() => runCli(['report', '--out', out, ...connection()]))).run!.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('the overview page: its polls and its connection check', async () => {
    const { statements } = await sentBy(useTheOverviewPage);
    expect(statements.map((s) => s.sql)).toContain('SELECT 1 AS ok');
  });

  it('the driver\'s own batch is exactly the SET statements README names, once per session, first', () => {
    const sessions = [...sessionsOf(received()).values()];
    // One or more sessions for each command above.
    expect(sessions.length).toBeGreaterThanOrEqual(10);
    const driverBatches = sessions.flat().filter((batch) => batch[0] === DRIVER_SETUP_BATCH[0]);
    expect(driverBatches.length).toBeGreaterThan(0);
    for (const batch of driverBatches) expect(batch).toEqual(DRIVER_SETUP_BATCH);
    for (const requests of sessions) expect(requests.slice(1)).not.toContainEqual(DRIVER_SETUP_BATCH);
  });
});
