// `kassavakt doctor` and `kassavakt firewall-script` as a user runs them (dist/kassavakt.js),
// against the simulated main till on 127.0.151.1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'kassavakt-doctor-cli-'));
// A separate process: spawnSync below blocks this one's event loop.
let sim: SimProcess;

function kassavakt(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, KASSAVAKT_DATA: dir } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const login = ['--user', 'kassavakt', '--password', 'hemligt-lösen', '--database', 'PCKassa'];

beforeAll(async () => {
  sim = await startSimProcess(['--host', '127.0.151.1', '--password', 'hemligt-lösen']);
});

afterAll(async () => {
  await sim.stop();
});

describe('kassavakt doctor', () => {
  it('exits 0 with every probe and the verdict when the connection works', () => {
    const run = kassavakt('doctor', '--server', '127.0.151.1\\PCKASSA', '--browser-port', String(sim.browserPort), ...login);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Kontrollerar 127.0.151.1\\PCKASSA (angiven)');
    expect(run.stdout).toMatch(/SQL Server Browser \(UDP \d+\)\s+hittade PCKASSA på port \d+/);
    expect(run.stdout).toMatch(/Inloggning\s+ok/);
    expect(run.stdout).toContain('Resultat [OK]: Anslutningen till huvudkassan (127.0.151.1) fungerar.');
    expect(run.stdout).not.toContain('hemligt-lösen');
  });

  it('exits 3 and names the working server string in JSON when the instance name is wrong', () => {
    const run = kassavakt('doctor', '--server', '127.0.151.1\\PCKASSA2', '--browser-port', String(sim.browserPort), '--json', '--lang', 'en', ...login);
    expect(run.code, run.stderr).toBe(3);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      server: '127.0.151.1\\PCKASSA2',
      source: 'server',
      verdict: { code: 'INSTANCE_NOT_FOUND', instances: ['PCKASSA'] },
      working: '127.0.151.1\\PCKASSA',
      explanation: 'The main till (127.0.151.1) has no database instance called PCKASSA2. It has: PCKASSA.',
    });
    expect(String(report.fix)).toContain('repair --apply');
    expect(run.stdout).not.toContain('hemligt-lösen');
  });

  it('exits 2 with one line for a server string it refuses', () => {
    const run = kassavakt('doctor', '--server', 'KASSA1\\PCKASSA;Trusted_Connection=yes');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('kassavakt firewall-script', () => {
  it('writes the script and says to run it on the main till as administrator', () => {
    const out = join(dir, 'brandvagg.cmd');
    const run = kassavakt('firewall-script', '--out', out, '--port', '50123');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('HUVUDKASSAN');
    expect(run.stdout).toContain('Kör som administratör');
    expect(readFileSync(out, 'utf8')).toContain('protocol=TCP localport=50123 ');
    expect(kassavakt('firewall-script', '--out', out).code).toBe(0);
  });

  it("does not write over a file that is not one of its scripts", () => {
    const out = join(dir, 'anteckningar.cmd');
    writeFileSync(out, 'echo mina anteckningar\r\n');
    const run = kassavakt('firewall-script', '--out', out);
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('echo mina anteckningar\r\n');
  });
});
