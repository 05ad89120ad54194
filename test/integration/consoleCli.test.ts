// `kassavakt console` and `kassavakt report` as a user runs them (dist/kassavakt.js), against the sim.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../support/cli.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';

const HOST = '127.0.95.1';
// A separate process: runCli blocks this one's event loop, so an in-process sim could not answer.
let sim: SimProcess;
let dataDir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  sim = await startSimProcess(['--host', HOST]);
  dataDir = mkdtempSync(join(tmpdir(), 'kassavakt-console-cli-'));
});

afterAll(async () => {
  child?.kill('SIGTERM');
  await sim?.stop();
});

const connection = () => ['--server', `${HOST},${sim.port}`, '--user', 'kassavakt', '--password', 'kassavakt', '--data', dataDir];

describe('kassavakt console', () => {
  it('prints the address with its key and serves the overview until stopped', async () => {
    child = spawn(process.execPath, [CLI, 'console', ...connection()], { stdio: ['ignore', 'pipe', 'pipe'] });
    const firstLine = await new Promise<string>((resolve) => createInterface({ input: child!.stdout! }).once('line', resolve));
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(firstLine)?.[0];
    expect(firstLine).toMatch(/^Översikten finns på /);
    expect(url).toBeDefined();
    const port = new URL(url!).port;
    const exchange = await fetch(url!, { redirect: 'manual' });
    const cookie = String(exchange.headers.get('set-cookie')).split(';')[0]!;
    expect((await fetch(url!, { redirect: 'manual' })).status).toBe(403);
    const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`, { headers: { Cookie: cookie } });
    await expect.poll(async () => (await (await get('/')).text()).includes('data-till="KONTORET"'), { timeout: 15_000 }).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(401);
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = undefined;
  });
});

describe('kassavakt report', () => {
  it('writes the overview and history into one file', () => {
    const out = join(dataDir, 'rapport.html');
    const run = runCli(['report', '--out', out, ...connection()]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`Rapporten är sparad i ${out}.`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('data-till="KONTORET"');
    expect(html).toContain('samma Klient ID (3)');
    expect(html).toMatch(/class="status ok"[^>]*>Huvudkassan KASSA1 svarade/);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('kassavakt</');
  });

  it('says so in one line when the file cannot be written', () => {
    const out = join(dataDir, 'saknas', 'rapport.html');
    const run = runCli(['report', '--out', out, ...connection()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${out}: rapporten gick inte att spara (mappen finns inte).\n`);
  });

  it('writes over an earlier report, never over another file', () => {
    const earlier = join(dataDir, 'tidigare.html');
    expect(runCli(['report', '--out', earlier, ...connection()]).code).toBe(0);
    const again = runCli(['report', '--out', earlier, ...connection(), '--lang', 'en']);
    expect(again.stderr).toBe('');
    expect(again.stdout).toBe(`The report is saved in ${earlier}.\n`);

    const notes = join(dataDir, 'anteckningar.html');
    writeFileSync(notes, '<p>mina anteckningar</p>\n');
    const run = runCli(['report', '--out', notes, ...connection(), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`The file ${notes} already exists and is not a Kassavakt report; choose another name with --out.\n`);
    expect(readFileSync(notes, 'utf8')).toBe('<p>mina anteckningar</p>\n');
  });
});
