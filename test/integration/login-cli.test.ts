// `kassavakt login` through the built CLI: what it saves is what `status` then logs in with (against
// the simulated main till over TDS), the password is never shown, and a mistake leaves the file as it was.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../support/cli.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';

const PASSWORD = 'Hemligt åäö 2026';
const HOST = '127.0.62.1';
const root = mkdtempSync(join(tmpdir(), 'kassavakt-login-'));
let sim: SimProcess;
let n = 0;

function dataDir(config?: unknown): string {
  const dir = mkdtempSync(join(root, `data-${n++}-`));
  if (config !== undefined) writeFileSync(join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  return dir;
}

const configText = (dir: string) => readFileSync(join(dir, 'config.json'), 'utf8');

beforeAll(async () => {
  sim = await startSimProcess(['--host', HOST, '--user', 'kassavakt', '--password', PASSWORD]);
});

afterAll(async () => {
  await sim?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('kassavakt login', () => {
  it('saves the main till and the login, says so in one line without the password, and status logs in with them', () => {
    const dir = dataDir();
    const server = `${HOST},${sim.port}`;
    const run = runCli(['login', '--server', server, '--user', 'kassavakt', '--database', 'PCKassa', '--password-stdin', '--data', dir], { input: `${PASSWORD}\n` });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Sparat i ${join(dir, 'config.json')}: huvudkassan ${server}, SQL-inloggningen kassavakt, databasen PCKassa och lösenordet.\n`);
    expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(configText(dir))).toMatchObject({ server, user: 'kassavakt', database: 'PCKassa', password: PASSWORD });

    const status = runCli(['status', '--json', '--data', dir]);
    expect(status.stderr).toBe('');
    expect(JSON.parse(status.stdout).server).toMatchObject({ database: 'PCKassa' });
    // 1: the demo shop's findings, so the poll got through; a refused login would be 3.
    expect(status.code).toBe(1);
  });

  it('changes only what it was given and keeps every other setting', () => {
    const dir = dataDir({ server: 'KASSA1\\PCKASSA', user: 'gammal', password: 'gammalt', lang: 'nb', profile: 'SELECT Datornamn AS name FROM dbo.Kassor', notifications: { dailyReminder: true } });
    const run = runCli(['login', '--user', 'kassavakt', '--browser-port', '1500', '--password-stdin', '--data', dir], { input: `${PASSWORD}\r\nnästa rad\n` });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Lagret i ${join(dir, 'config.json')}: SQL-påloggingen kassavakt, SQL Server Browser-porten 1500 og passordet.\n`);
    expect(JSON.parse(configText(dir))).toMatchObject({
      server: 'KASSA1\\PCKASSA',
      user: 'kassavakt',
      password: PASSWORD,
      browserPort: 1500,
      lang: 'nb',
      profile: 'SELECT Datornamn AS name FROM dbo.Kassor',
      notifications: { dailyReminder: true },
    });
  });

  it('speaks English when asked', () => {
    const dir = dataDir();
    const run = runCli(['login', '--password-stdin', '--data', dir, '--lang', 'en'], { input: PASSWORD });
    expect(run.stdout).toBe(`Saved in ${join(dir, 'config.json')}: the password.\n`);
  });

  it.each([
    [['--server', 'KASSA1;Trusted_Connection=yes'], 'Servernamnet "KASSA1;Trusted_Connection=yes" innehåller otillåtna tecken (; { } = eller styrtecken).'],
    [['--server', 'KASSA1\\PC KASSA'], 'Instansnamnet i "KASSA1\\PC KASSA" är ogiltigt. Det brukar vara PCKASSA, t.ex. KASSA1\\PCKASSA.'],
    [['--user', 'kv\u001b[2J'], '--user: får inte vara tomt eller innehålla styrtecken; ingenting sparades.'],
    [['--database', ' '], '--database: får inte vara tomt eller innehålla styrtecken; ingenting sparades.'],
    [['--browser-port', '99999'], '--browser-port ska vara ett portnummer från 1 till 65535, inte "99999".'],
  ])('refuses %j in one line with exit 2 and leaves the file untouched', (args, line) => {
    const dir = dataDir({ server: 'KASSA1\\PCKASSA', user: 'kassavakt', password: 'gammalt' });
    const before = configText(dir);
    const run = runCli(['login', ...args, '--password-stdin', '--data', dir], { input: `${PASSWORD}\n` });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${line}\n`);
    expect(configText(dir)).toBe(before);
  });

  it('asks for --password-stdin when standard input is not a terminal, and saves nothing', () => {
    const dir = dataDir({ server: 'KASSA1\\PCKASSA' });
    const before = configText(dir);
    const run = runCli(['login', '--user', 'kassavakt', '--data', dir], { input: `${PASSWORD}\n` });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Lösenordet läses från standard in: lägg till --password-stdin (eller kör kommandot i ett terminalfönster och skriv det där).\n');
    expect(configText(dir)).toBe(before);
  });

  it('refuses an empty password', () => {
    const dir = dataDir({ server: 'KASSA1\\PCKASSA', password: 'gammalt' });
    const before = configText(dir);
    const run = runCli(['login', '--password-stdin', '--data', dir], { input: '\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Inget lösenord angavs; ingenting sparades.\n');
    expect(configText(dir)).toBe(before);
  });

  it('does not write over a settings file it cannot read', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'config.json'), '{ "server": "KASSA1", }');
    const run = runCli(['login', '--user', 'kassavakt', '--password-stdin', '--data', dir], { input: `${PASSWORD}\n` });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${join(dir, 'config.json')}: är inte giltig JSON (fel på rad 1, tecken 23)\n`);
    expect(configText(dir)).toBe('{ "server": "KASSA1", }');
  });
});

/** Runs the CLI on a pseudo-terminal (util-linux `script`) and types `keys` once the prompt shows. */
function onTerminal(args: string[], keys: string): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, CLI, ...args].map((word) => `'${word}'`).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  let typed = false;
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
    if (!typed && /Lösenord för SQL-inloggningen: $/.test(screen)) {
      typed = true;
      child.stdin.write(keys);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, screen })));
}

describe('kassavakt login on a terminal', () => {
  it('asks for the password without showing it, not even as stars', async () => {
    const dir = dataDir();
    // A typo corrected with backspace: the saved password is what was meant.
    const run = await onTerminal(['login', '--user', 'kassavakt', '--data', dir], 'Hemligt åäö 20266\u007f\r');
    expect(run.code).toBe(0);
    expect(run.screen).toBe(`Lösenord för SQL-inloggningen: \r\nSparat i ${join(dir, 'config.json')}: SQL-inloggningen kassavakt och lösenordet.\r\n`);
    expect(JSON.parse(configText(dir)).password).toBe(PASSWORD);
  });

  it('saves nothing when Ctrl+C is pressed', async () => {
    const dir = dataDir({ password: 'gammalt' });
    const before = configText(dir);
    const run = await onTerminal(['login', '--data', dir], 'Hemli\u0003');
    expect(run.code).toBe(130);
    expect(run.screen).toContain('Avbrutet; ingenting sparades.');
    expect(run.screen).not.toContain('Hemli');
    expect(configText(dir)).toBe(before);
  });
});
