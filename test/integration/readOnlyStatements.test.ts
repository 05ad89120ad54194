// "Read-only towards the main till, every batch guarded", checked where it counts: every statement the
// simulated main till receives (its --log) while doctor, status, watch, discover and the overview page
// (its poll and its connection check) run as a user runs them. After the driver's own session setup at
// login, every batch must begin with the read-uncommitted, lock-timeout preamble and hold only SELECTs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_TIMEOUT_MS } from '../../src/core/pollQueries.js';
import { CLI, runCli } from '../support/cli.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';

const HOST = '127.0.96.1';
let sim: SimProcess;
let dir: string;

interface Statement {
  session: number;
  sql: string;
}

const statementLog = () => join(dir, 'statements.jsonl');
const received = (): Statement[] =>
  readFileSync(statementLog(), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Statement);

/** What tedious sends by itself right after login (lower case, one batch); nothing of ours. */
const DRIVER_SETUP = /^set (ansi_nulls|ansi_null_dflt_on|ansi_padding|ansi_warnings|arithabort|concat_null_yields_null|datefirst|dateformat|implicit_transactions|language|numeric_roundabort|quoted_identifier|textsize|transaction isolation level read uncommitted|xact_abort)\b/;
const PREAMBLE = ['SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED', `SET LOCK_TIMEOUT ${LOCK_TIMEOUT_MS}`];

/** The statements of one session that break the rule, each with the reason. */
function unguarded(statements: readonly string[]): string[] {
  const problems: string[] = [];
  let i = 0;
  while (i < statements.length && DRIVER_SETUP.test(statements[i]!)) i++;
  while (i < statements.length) {
    if (statements[i] !== PREAMBLE[0] || statements[i + 1] !== PREAMBLE[1]) {
      problems.push(`without the preamble: ${statements[i]}`);
      i++;
      continue;
    }
    i += 2;
    if (!/^\s*SELECT\b/i.test(statements[i] ?? '')) problems.push(`preamble without a SELECT: ${statements[i] ?? '(end)'}`);
    while (i < statements.length && /^\s*SELECT\b/i.test(statements[i]!)) i++;
  }
  return problems;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kassavakt-statements-'));
  sim = await startSimProcess(['--host', HOST, '--log', statementLog()]);
});

afterAll(async () => {
  await sim?.stop();
});

const connection = () => ['--server', `${HOST},${sim.port}`, '--user', 'kassavakt', '--password', 'kassavakt', '--data', join(dir, 'data')];
const named = () => ['--server', `${HOST}\\PCKASSA`, '--browser-port', String(sim.browserPort), '--user', 'kassavakt', '--password', 'kassavakt'];

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
  it('doctor, status, watch, discover and the overview page send only preamble-guarded SELECTs', async () => {
    expect(runCli(['doctor', ...named()]).code).toBe(0);
    expect(runCli(['status', ...connection()]).code).toBe(1);
    expect(runCli(['watch', ...connection(), '--interval', '0.1', '--count', '2']).code).toBe(0);
    expect(runCli(['discover', ...connection()]).code).toBe(0);
    await useTheOverviewPage();

    const bySession = new Map<number, string[]>();
    for (const { session, sql } of received()) bySession.set(session, [...(bySession.get(session) ?? []), sql]);
    // One session each: the doctor's login, status, watch (two polls), discover, the page's poll and its check.
    expect(bySession.size).toBeGreaterThanOrEqual(6);
    expect(received().filter((s) => /^SELECT 1 AS ok$/.test(s.sql)).length).toBeGreaterThanOrEqual(2);
    for (const [session, statements] of bySession) expect(unguarded(statements), `session ${session}`).toEqual([]);
  });
});
