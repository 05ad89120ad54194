// The SQL password under Windows (Wine, Windows 10 prefix, the pinned Windows Node 22 and koffi binary)
// through the real bundle: `kassavakt login` seals it with DPAPI, `status` opens it again and logs in
// to the simulated main till on Linux, which accepts only that password. A plain password from before
// is sealed on first read; a sealed value DPAPI refuses gives one line and leaves the file alone.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../support/cli.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';
import { addWindowsKoffi, createWinePrefix, windowsNode, type WinePrefix } from '../support/wine.js';

const PASSWORD = 'Smörgåsbord-Ö 7';
const HOST = '127.0.61.1';
const work = mkdtempSync(join(tmpdir(), 'kassavakt-dpapi-'));
const app = join(work, 'app');
let wine: WinePrefix;
let node: string;
let sim: SimProcess;
let server: string;
let configFile: string;
/** The same file as Windows programs name it. */
const WINDOWS_CONFIG_FILE = `C:\\users\\${userInfo().username}\\AppData\\Local\\Kassavakt\\config.json`;

/** The bundle as the installer lays it out: dist/ beside node_modules/ holding koffi for Windows. */
async function layOutApp(): Promise<void> {
  cpSync(join(CLI, '..'), join(app, 'dist'), { recursive: true });
  await addWindowsKoffi(join(app, 'node_modules'));
}

function kassavakt(args: string[], stdin?: string) {
  return wine.run(node, [wine.windowsPath(join(app, 'dist', 'kassavakt.js')), ...args], { stdin });
}

/** `status` against the sim, with the login from the settings file only. */
const status = () => kassavakt(['status', '--json']);

beforeAll(async () => {
  writeFileSync(
    join(work, 'fleet.json'),
    JSON.stringify({
      server: 'KASSA1\\PCKASSA',
      takenAt: '2026-11-25T08:00:00Z',
      tills: [
        { name: 'KASSA1', clientId: '1', version: '38,5', role: 'main' },
        { name: 'KONTORET', clientId: '2', version: '38,5', role: 'backoffice' },
      ],
    }),
  );
  [wine, node, sim] = await Promise.all([
    createWinePrefix(),
    windowsNode(),
    startSimProcess(['--host', HOST, '--fleet', join(work, 'fleet.json'), '--user', 'kassavakt', '--password', PASSWORD]),
    layOutApp(),
  ]);
  server = `${HOST},${sim.port}`;
  configFile = join(wine.localAppData, 'Kassavakt', 'config.json');
}, 90_000);

afterAll(async () => {
  await Promise.all([sim?.stop(), wine?.close()]);
  rmSync(work, { recursive: true, force: true });
});

describe('the SQL password on Windows', () => {
  it('is refused by the simulated main till unless it is exactly this password', () => {
    const wrong = runCli(['status', '--server', server, '--user', 'kassavakt', '--password', 'Smorgasbord-O 7', '--data', work]);
    expect(wrong.code).toBe(3);
  });

  it('is sealed with DPAPI by kassavakt login and opened again by status', async () => {
    const login = await kassavakt(['login', '--server', server, '--user', 'kassavakt', '--password-stdin'], `${PASSWORD}\r\n`);
    expect(login.stderr).toBe('');
    expect(login.code).toBe(0);
    expect(login.stdout.trimEnd()).toBe(`Sparat i ${WINDOWS_CONFIG_FILE}: huvudkassan ${server}, SQL-inloggningen kassavakt och lösenordet.`);

    const text = readFileSync(configFile, 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('Smörgåsbord');
    expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    const { password } = JSON.parse(text);
    expect(Object.keys(password)).toEqual(['dpapi']);
    expect(Buffer.from(password.dpapi, 'base64').length).toBeGreaterThan(Buffer.byteLength(PASSWORD));

    const polled = await status();
    expect(polled.stderr).toBe('');
    expect(polled.code).toBe(0);
    expect(JSON.parse(polled.stdout).server).toMatchObject({ machineName: 'KASSA1', database: 'PCKassa' });
  });

  it('from before (plain text) is sealed on the first read, the other settings kept', async () => {
    const earlier = { server, user: 'kassavakt', password: PASSWORD, dsnName: 'Nutid - PC Kassa 2', notifications: { dailyReminder: true } };
    mkdirSync(join(wine.localAppData, 'Kassavakt'), { recursive: true });
    writeFileSync(configFile, JSON.stringify(earlier, null, 2));

    const polled = await status();
    expect(polled.stderr).toBe('');
    expect(polled.code).toBe(0);
    const text = readFileSync(configFile, 'utf8');
    expect(text).not.toContain('Smörgåsbord');
    const written = JSON.parse(text);
    expect({ ...written, password: PASSWORD }).toEqual(earlier);
    expect(Object.keys(written.password)).toEqual(['dpapi']);

    expect((await status()).code).toBe(0);
  });

  it('that DPAPI refuses to open is asked for again in one line, and the file is left alone', async () => {
    const sealed = JSON.parse(readFileSync(configFile, 'utf8'));
    const bytes = Buffer.from(sealed.password.dpapi, 'base64');
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    const damaged = `${JSON.stringify({ ...sealed, password: { dpapi: bytes.toString('base64') } }, null, 2)}\n`;
    writeFileSync(configFile, damaged);

    const refused = await status();
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trimEnd().split(/\r?\n/)).toEqual([
      `${WINDOWS_CONFIG_FILE}: det sparade lösenordet till SQL-inloggningen går inte att läsa här (det sparades av en annan Windows-användare eller på en annan dator). Ange lösenordet igen: kassavakt login, eller under Inställningar i översikten.`,
    ]);
    expect(readFileSync(configFile, 'utf8')).toBe(damaged);

    const again = await kassavakt(['login', '--password-stdin'], `${PASSWORD}\r\n`);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/: lösenordet\.\r?\n$/);
    expect((await status()).code).toBe(0);
  });
});
