// `kassavakt status`, `discover` and `demo` as the user runs them (dist/kassavakt.js), against the
// sim in this process: exit codes 0/1/3, the JSON shape, one plain line when the main till is away.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetSnapshot } from '../../src/core/fleet.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { CLI, runCli } from '../support/cli.js';

const HOST = '127.0.45.1';
const dataDir = mkdtempSync(join(tmpdir(), 'kassavakt-status-'));
let sim: RunningSim;

const cleanFleet: FleetSnapshot = {
  tills: [
    { name: 'KASSA1', clientId: 1, version: '38,5', role: 'main' },
    { name: 'KASSA2', clientId: 2, version: '38.5', role: 'sales' },
    { name: 'KONTORET', clientId: 3, version: '38,5', role: 'backoffice' },
  ],
};

beforeAll(async () => {
  sim = await startSim({ host: HOST, user: 'kassavakt', password: 'hemligt', fleet: cleanFleet });
});
afterAll(async () => {
  await sim?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, KASSAVAKT_PASSWORD: '', ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

const connection = () => ['--server', `${HOST}\\PCKASSA`, '--browser-port', String(sim.browserPort), '--user', 'kassavakt', '--data', dataDir];

describe('kassavakt status', () => {
  it('exits 0 with the check JSON shape plus server and sessions when all is well', async () => {
    sim.setFleet(cleanFleet);
    const result = await run(['status', ...connection(), '--json'], { KASSAVAKT_PASSWORD: 'hemligt' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['tills', 'findings', 'suggestedClientId', 'server', 'sessions', 'mainTill']));
    expect(json.server).toEqual({ machineName: 'KASSA1', productVersion: '15.0.2000.5', database: 'PCKassa', login: 'kassavakt' });
    // A healthy Express main till: read, and nothing to say about it.
    expect(json.mainTill).toMatchObject({ engineEdition: 4, database: { name: 'PCKassa', dataMB: 2450, logMB: 310 }, unreadable: [] });
    expect(json.findings).toEqual([]);
    expect(json.tills.map((t: { name: string; role: string }) => [t.name, t.role])).toEqual([
      ['KASSA1', 'main'],
      ['KASSA2', 'sales'],
      ['KONTORET', 'backoffice'],
    ]);
    expect(json.sessions.some((s: { programName: string }) => s.programName === 'Kassavakt')).toBe(true);
  });

  it('exits 1 and explains in Swedish when the fleet has findings', async () => {
    sim.setFleet({ tills: [...cleanFleet.tills, { name: 'KASSA3', clientId: 2, version: '38,05', role: 'backoffice' }] });
    const result = await run(['status', ...connection(), '--password', 'hemligt']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Huvudkassa: KASSA1');
    expect(result.stdout).toContain('Fel utgåva');
    expect(result.stdout).toContain('samma Klient ID (2)');
  });

  it('exits 3 with one plain line when the main till cannot be reached', async () => {
    const result = await run(['status', ...connection(), '--password', 'fel']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      `Huvudkassan ${HOST}\\PCKASSA godtar inte användarnamnet eller lösenordet. Kontrollera inloggningen i Kassavakts inställningar.`,
    ]);
    const json = await run(['status', ...connection(), '--password', 'fel', '--json', '--lang', 'en']);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ reachable: false, reason: 'LOGIN_FAILED', message: expect.stringContaining('does not accept') });
  });

  it('exits 2 when no server is configured or the server string is wrong', async () => {
    const none = await run(['status', '--data', dataDir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--server');
    const bad = await run(['status', '--data', dataDir, '--server', 'KASSA1;Trusted_Connection=yes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([['status'], ['login', '--password-stdin']])('%s refuses a --config that is a FIFO at once, in one line (it waited for a writer)', (...command) => {
    const fifo = join(dataDir, `${command[0]}-config.fifo`);
    execFileSync('mkfifo', [fifo]);
    const result = runCli([...command, '--config', fifo, '--lang', 'en'], { input: 'hemligt\n', timeoutMs: 10_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${fifo}: is not a regular file (but e.g. a FIFO or a device)\n`);
  });
});

describe('kassavakt discover', () => {
  it('lists the till columns and prints a profile that works as the default one does', async () => {
    sim.setFleet(cleanFleet);
    const result = await run(['discover', ...connection(), '--password', 'hemligt', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.database).toBe('PCKassa');
    expect(json.profile.table).toBe('dbo.Kassor');
    const configFile = join(dataDir, 'discovered.json');
    writeFileSync(configFile, JSON.stringify({ profile: json.profile.sql }));
    const withProfile = await run(['status', ...connection(), '--password', 'hemligt', '--config', configFile, '--json']);
    expect(withProfile.code).toBe(0);
    expect(JSON.parse(withProfile.stdout).tills.map((t: { clientId: number }) => t.clientId)).toEqual([1, 2, 3]);
  });
});

describe('kassavakt demo', () => {
  it('shows the demo fleet and its two problems, and exits 0', async () => {
    const result = await run(['demo']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Fel utgåva: KONTORET');
    expect(result.stdout).toContain('KASSA3 och KONTORET har samma Klient ID (3)');
    expect(result.stdout).toContain('status --server');
    // Four of the five tills are connected: the table says which one is not.
    expect(result.stdout).toContain('Anslutna kassor just nu: 4');
    expect(result.stdout).toMatch(/^Kassa .* Ansluten$/m);
    expect(result.stdout).toMatch(/^LAGRET .* Nej$/m);
    expect(result.stdout.match(/ Ja$/gm)).toHaveLength(4);
  });
});
