// The Windows installer end to end under Wine 8, as a store manager's PC would meet it: `npm run
// package:win` builds two Setups (this version, signed with a throw-away certificate, and a newer
// one), a fresh 64-bit prefix set to Windows 10 installs the first silently, the installed
// kassavakt.cmd runs against the simulated main till on Linux, the tray starts as the Run value says
// on an Xvfb + tint2 desktop, the newer Setup upgrades over the running tray, and the uninstaller
// removes everything but the user's data.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDesktop, waitUntil, type Desktop, type Geometry } from '../support/desktop.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';
import { createWinePrefix, type WinePrefix } from '../support/wine.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'test-artifacts');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const NEWER = VERSION.replace(/^(\d+)\.(\d+)\.(\d+).*$/, (_, major: string, minor: string, patch: string) => `${major}.${minor}.${Number(patch) + 1}`);
const RUN_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run';
/** Task Manager's start-up switch for the Run value: "Inaktiverad" is an odd first byte, then the time it was switched off. */
const APPROVED_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run';
const SWITCHED_OFF = '030000008A2D3A7C5B1ED901';
const UNINSTALL_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Kassavakt';
const DSN_KEY = 'HKLM\\SOFTWARE\\ODBC\\ODBC.INI\\Nutid - PC Kassa';
const SIGN_PASSWORD = 'engångs-lösen';
/** The SQL password: the simulated main till accepts only this one. */
const SQL_PASSWORD = 'Kassa-lösen 38,5 Ö';
/** %LOCALAPPDATA% as Windows programs name it. */
const LOCAL_APP_DATA = `C:\\users\\${userInfo().username}\\AppData\\Local`;
const INSTALL_DIR = `${LOCAL_APP_DATA}\\Programs\\Kassavakt`;
/** The shop: the simulated main till serves it, and `check` judges it as a snapshot. */
const FLEET = {
  tills: [
    { name: 'KASSA1', clientId: '1', version: '38,5', role: 'main' },
    { name: 'KASSA2', clientId: '2', version: '38,5', role: 'sales' },
    { name: 'BACKOFFICE', clientId: '3', version: '38,05', role: 'backoffice' },
  ],
};

interface Package {
  setup: string;
  version: string;
  setupBytes: number;
  installedBytes: number;
  shipped: string[];
  notShipped: string[];
  signed: boolean;
}

let desktop: Desktop | undefined;
let prefix: WinePrefix | undefined;
let sim: SimProcess | undefined;
let work: string;
let certificate: string;
let current: Package;
let newer: Package;

/** Builds a Setup with `npm run package:win`'s script into its own folder; resolves with its JSON line. */
function packageSetup(version: string, env: NodeJS.ProcessEnv = {}): Promise<Package> {
  return new Promise((resolve, reject) => {
    const out = join(work, `setup-${version}`);
    const child = spawn(process.execPath, [join(ROOT, 'build', 'packageWindows.mjs'), '--version', version, '--out', out], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(stdout) as Package) : reject(new Error(`package:win ${version}: exit ${code}`))));
  });
}

/** A self-signed code-signing certificate that lives as long as this test. */
function throwAwayCertificate(dir: string): { pfx: string; pem: string } {
  const pem = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const pfx = join(dir, 'cert.pfx');
  const openssl = (args: string[]) => {
    const result = spawnSync('openssl', args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`openssl ${args[0]}: ${result.stderr}`);
  };
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', pem, '-days', '1', '-subj', '/CN=Kassavakt test', '-addext', 'extendedKeyUsage=codeSigning']);
  openssl(['pkcs12', '-export', '-out', pfx, '-inkey', key, '-in', pem, '-passout', `pass:${SIGN_PASSWORD}`]);
  return { pfx, pem };
}

function verifySignature(file: string): { ok: boolean; output: string } {
  const result = spawnSync('osslsigncode', ['verify', '-in', file, '-CAfile', certificate], { encoding: 'utf8' });
  return { ok: result.status === 0 && /Signature verification: ok/.test(result.stdout), output: result.stdout + result.stderr };
}

/** The values of a registry key as `reg query` lists them: name → data. */
async function regValues(key: string, extra: string[] = []): Promise<Map<string, string> | null> {
  const result = await prefix!.run('reg', ['query', key, ...extra]);
  if (result.code !== 0) return null;
  const values = new Map<string, string>();
  for (const line of result.stdout.split(/\r?\n/)) {
    const match = /^ {4}(.+?) {4}(REG_\w+) {4}(.*)$/.exec(line);
    if (match) values.set(match[1]!, match[3]!);
  }
  return values;
}

/** Sets Task Manager's "disabled" bytes for the Run value, as its start-up tab does. */
async function switchOffInTaskManager(): Promise<void> {
  const added = await prefix!.run('reg', ['add', APPROVED_KEY, '/v', 'Kassavakt', '/t', 'REG_BINARY', '/d', SWITCHED_OFF, '/f']);
  expect(added.code).toBe(0);
  expect((await regValues(APPROVED_KEY, ['/v', 'Kassavakt']))?.get('Kassavakt')).toBe(SWITCHED_OFF);
}

/** Runs the installed kassavakt.cmd as a user would at a command prompt. */
function kassavaktCmd(args: string[], stdin?: string) {
  return prefix!.run('cmd', ['/c', `${INSTALL_DIR}\\kassavakt.cmd`, ...args], { stdin });
}

/** The program and arguments of a Windows command line ("C:\a b\x.exe" --flag). */
function splitCommandLine(commandLine: string): [string, string[]] {
  const parts = [...commandLine.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  return [parts[0]!, parts.slice(1)];
}

const kassavaktProcesses = () => prefix!.processes().filter((line) => /Kassavakt\.exe|node\.exe|tray_windows_release|snoretoast/i.test(line));
const installDir = () => join(prefix!.localAppData, 'Programs', 'Kassavakt');
const dataDir = () => join(prefix!.localAppData, 'Kassavakt');
const shortcut = () => join(prefix!.localAppData, '..', 'Roaming', 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'Kassavakt.lnk');

/** Every file under `dir` that holds `text` in UTF-8 or UTF-16 (Windows' own encoding). */
function filesHolding(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => needles.some((needle) => readFileSync(file).includes(needle)));
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'kv-installer-'));
  const cert = throwAwayCertificate(work);
  certificate = cert.pem;
  // LZMA over node.exe takes most of the time; both Setups are built at once, on two cores.
  const builds = Promise.all([
    packageSetup(VERSION, { KASSAVAKT_SIGN_PFX: cert.pfx, KASSAVAKT_SIGN_PASSWORD: SIGN_PASSWORD }),
    packageSetup(NEWER, { KASSAVAKT_SIGN_PFX: '' }),
  ]);
  desktop = await startDesktop(ARTIFACTS);
  writeFileSync(join(work, 'fleet.json'), JSON.stringify(FLEET));
  [prefix, sim] = await Promise.all([
    createWinePrefix({ env: { DISPLAY: desktop.display, DBUS_SESSION_BUS_ADDRESS: desktop.env.DBUS_SESSION_BUS_ADDRESS } }),
    startSimProcess(['--host', '127.0.0.1', '--port', '0', '--browser-port', '0', '--fleet', join(work, 'fleet.json'), '--user', 'kassavakt', '--password', SQL_PASSWORD]),
  ]);
  [current, newer] = await builds;
}, 600_000);

afterAll(async () => {
  await prefix?.close();
  await sim?.stop();
  await desktop?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('Kassavakt-Setup.exe under Wine', () => {
  it('is built with its version in the name, within the size goal, signed only when a certificate is given', () => {
    expect(current.setup).toMatch(new RegExp(`Kassavakt-Setup-${VERSION.replace(/\./g, '\\.')}\\.exe$`));
    expect(current.setupBytes).toBe(statSync(current.setup).size);
    expect(current.setupBytes).toBeLessThanOrEqual(35 * 1024 * 1024);
    expect(current.notShipped).toEqual(['better-sqlite3']);
    expect(current.signed).toBe(true);
    expect(verifySignature(current.setup)).toMatchObject({ ok: true });
    expect(newer.signed).toBe(false);
    expect(verifySignature(newer.setup).output).toMatch(/Unable to extract existing signature|No signature found/);
  });

  it('installs silently for the user, without administrator rights', async () => {
    // Left from an earlier install removed by hand: a first install starts with Windows, as its box says.
    await switchOffInTaskManager();
    const setup = await prefix!.run(current.setup, ['/S'], { timeoutMs: 120_000 });
    expect(setup.code).toBe(0);
    const dir = installDir();
    for (const file of ['Kassavakt.exe', 'kassavakt.cmd', 'node.exe', 'Uninstall.exe', 'LÄSMIG.txt', 'LICENSES.txt', 'kassavakt.ico', 'dist/kassavakt.js', 'dist/icons/ok.ico']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    expect(existsSync(join(dir, 'node_modules/systray2/traybin/tray_windows_release.exe'))).toBe(true);
    expect(readdirSync(join(dir, 'node_modules/systray2/traybin'))).toEqual(['tray_windows_release.exe']);
    expect(existsSync(join(dir, 'node_modules/node-notifier/vendor/snoreToast/snoretoast-x64.exe'))).toBe(true);
    // koffi (DPAPI) with its pinned Windows binary; better-sqlite3 stays behind (node:sqlite instead).
    expect(existsSync(join(dir, 'node_modules/koffi/index.cjs'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules/@koromix/koffi-win32-x64/win32_x64/koffi.node'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules/better-sqlite3'))).toBe(false);
    // The program and its uninstaller carry the signature too.
    expect(verifySignature(join(dir, 'Kassavakt.exe'))).toMatchObject({ ok: true });
    expect(verifySignature(join(dir, 'Uninstall.exe'))).toMatchObject({ ok: true });
  });

  it('lists the licence of every package it installed', () => {
    const licences = readFileSync(join(installDir(), 'LICENSES.txt'), 'utf8');
    const modules = join(installDir(), 'node_modules');
    const installed = readdirSync(modules, { recursive: true, encoding: 'utf8' })
      .filter((path) => /(^|\/)package\.json$/.test(path) && !/\/(test|example)s?\//.test(path))
      .map((path) => JSON.parse(readFileSync(join(modules, path), 'utf8')) as { name?: string; version?: string })
      .filter((pkg) => pkg.name && pkg.version);
    expect(installed.length).toBeGreaterThanOrEqual(current.shipped.length);
    for (const pkg of installed) expect(licences, `${pkg.name}`).toContain(`\r\n${pkg.name} ${pkg.version} (`);
    expect(licences).toMatch(/\r\nNode\.js 22\.\d+\.\d+ \(MIT and others\)\r\nnode\.exe\r\n/);
    expect(licences).toContain('GNU LESSER GENERAL PUBLIC LICENSE');
  });

  it('puts "Kassavakt" on the Start menu, starting the launcher', () => {
    const link = readFileSync(shortcut());
    expect(link.subarray(0, 4).readUInt32LE(0)).toBe(0x4c);
    expect(link.toString('latin1')).toContain(`${INSTALL_DIR}\\Kassavakt.exe`);
  });

  it('starts with Windows through the same Run value the tray toggles', async () => {
    const run = await regValues(RUN_KEY, ['/v', 'Kassavakt']);
    expect(run?.get('Kassavakt')).toBe(`"${INSTALL_DIR}\\Kassavakt.exe"`);
    expect(await regValues(APPROVED_KEY, ['/v', 'Kassavakt'])).toBeNull();
  });

  it('registers itself for "Appar och funktioner"', async () => {
    const values = await regValues(UNINSTALL_KEY);
    expect(Object.fromEntries(values ?? [])).toEqual({
      DisplayName: 'Kassavakt',
      DisplayVersion: VERSION,
      Publisher: 'Kassavakt',
      DisplayIcon: `${INSTALL_DIR}\\Kassavakt.exe,0`,
      InstallLocation: INSTALL_DIR,
      UninstallString: `"${INSTALL_DIR}\\Uninstall.exe"`,
      QuietUninstallString: `"${INSTALL_DIR}\\Uninstall.exe" /S`,
      EstimatedSize: expect.stringMatching(/^0x[0-9a-f]+$/),
      NoModify: '0x1',
      NoRepair: '0x1',
    });
    const estimatedKb = Number(values!.get('EstimatedSize'));
    expect(Math.abs(estimatedKb - current.installedBytes / 1024)).toBeLessThan(1024);
  });

  it('runs check on a snapshot through kassavakt.cmd', async () => {
    writeFileSync(join(prefix!.localAppData, 'snapshot.json'), JSON.stringify(FLEET));
    const check = await kassavaktCmd(['check', `${LOCAL_APP_DATA}\\snapshot.json`, '--json']);
    expect(check.code).toBe(1);
    const result = JSON.parse(check.stdout) as { findings: Array<{ code: string; tills: string[] }> };
    expect(result.findings).toEqual([expect.objectContaining({ code: 'EDITION_MISMATCH', tills: ['BACKOFFICE'] })]);
  });

  it('polls the simulated main till on Linux with status and doctor', async () => {
    const connection = ['--server', `127.0.0.1\\${sim!.instance}`, '--browser-port', String(sim!.browserPort), '--user', 'kassavakt', '--password', SQL_PASSWORD];
    const status = await kassavaktCmd(['status', ...connection, '--json']);
    expect(status.stderr).toBe('');
    const polled = JSON.parse(status.stdout) as { tills: Array<{ name: string }>; server: { machineName: string } };
    expect(polled.tills.map((till) => till.name).sort()).toEqual(FLEET.tills.map((till) => till.name).sort());
    const doctor = await kassavaktCmd(['doctor', ...connection, '--json']);
    expect(doctor.code).toBe(0);
    expect(JSON.parse(doctor.stdout)).toMatchObject({ verdict: { code: 'OK' }, server: `127.0.0.1\\${sim!.instance}` });
  });

  it('shows the repair for a 32-bit System DSN that names the wrong instance (reg add /reg:32)', async () => {
    const wrong = `127.0.0.1\\${sim!.instance}1`;
    expect((await prefix!.run('reg', ['add', DSN_KEY, '/v', 'Server', '/t', 'REG_SZ', '/d', wrong, '/f', '/reg:32'])).code).toBe(0);
    // The 32-bit view is where 64-bit Windows keeps it.
    expect((await regValues(DSN_KEY.replace('\\SOFTWARE\\', '\\SOFTWARE\\WOW6432Node\\')))?.get('Server')).toBe(wrong);
    const repair = await kassavaktCmd(['repair', '--browser-port', String(sim!.browserPort), '--user', 'kassavakt', '--password', SQL_PASSWORD, '--json']);
    expect(repair.code).toBe(0);
    expect(JSON.parse(repair.stdout)).toMatchObject({
      current: wrong,
      location: `${DSN_KEY} (32-bit)`,
      proposed: `127.0.0.1\\${sim!.instance}`,
      applied: false,
      doctor: { verdict: { code: 'INSTANCE_NOT_FOUND', instances: [sim!.instance] } },
    });
    expect((await regValues(DSN_KEY, ['/reg:32']))?.get('Server')).toBe(wrong);
  });

  it('saves the SQL login through kassavakt.cmd login, the password sealed with DPAPI', async () => {
    const server = `127.0.0.1\\${sim!.instance}`;
    const login = await kassavaktCmd(['login', '--server', server, '--browser-port', String(sim!.browserPort), '--user', 'kassavakt', '--password-stdin'], `${SQL_PASSWORD}\r\n`);
    expect(login.stderr).toBe('');
    expect(login.code).toBe(0);
    const saved = JSON.parse(readFileSync(join(dataDir(), 'config.json'), 'utf8')) as { server: string; password: object };
    expect(saved.server).toBe(server);
    expect(Object.keys(saved.password)).toEqual(['dpapi']);
    expect(filesHolding(dataDir(), SQL_PASSWORD)).toEqual([]);
  });

  it('starts the tray as the Run value says: the icon docks and a poll lands in history.db', async () => {
    await startTrayFromRunValue();
    await waitUntil(() => polls() >= 1, 30_000, 'a poll in history.db');
    desktop!.screenshot('windows-tray.png');
  });

  it('turns "Starta med Windows" off and on from its menu, writing the Run value the installer wrote', async () => {
    const installed = (await regValues(RUN_KEY, ['/v', 'Kassavakt']))!.get('Kassavakt');
    expect(await autostartTicked()).toBe(true);
    await clickMenuRow(AUTOSTART_FROM_BOTTOM);
    await waitUntil(async () => (await regValues(RUN_KEY, ['/v', 'Kassavakt'])) === null, 15_000, 'the Run value to go', 300);
    // The tray reads the registry back before it shows the tick: a second click before that would act on the old state.
    await waitUntil(async () => !(await autostartTicked()), 15_000, 'the tick to go', 300);
    await clickMenuRow(AUTOSTART_FROM_BOTTOM);
    await waitUntil(async () => (await regValues(RUN_KEY, ['/v', 'Kassavakt'])) !== null, 15_000, 'the Run value to come back', 300);
    expect((await regValues(RUN_KEY, ['/v', 'Kassavakt']))!.get('Kassavakt')).toBe(installed);
    await waitUntil(autostartTicked, 15_000, 'the tick to come back', 300);
  });

  it('quits from "Avsluta" in its menu and leaves no process behind', async () => {
    await quitFromMenu();
    expect(kassavaktProcesses()).toEqual([]);
    const lines = trayLog().split(/\r?\n/);
    expect(lines.filter((line) => / menu: quit$/.test(line))).toHaveLength(1);
    expect(lines.filter((line) => / tray stopped$/.test(line))).toHaveLength(1);
  });

  it('upgrades over the running tray: stops it, replaces the files, starts it again, keeps settings and history', async () => {
    await startTrayFromRunValue();
    const before = polls();
    await waitUntil(() => polls() > before, 30_000, 'a poll of the tray before the upgrade');
    const history = polls();
    const settings = readFileSync(join(dataDir(), 'config.json'), 'utf8');
    const starts = trayStarts();
    // The user switched autostart off in Task Manager; an upgrade keeps that.
    await switchOffInTaskManager();

    const setup = await prefix!.run(newer.setup, ['/S'], { timeoutMs: 120_000 });
    expect(setup.code).toBe(0);
    expect((await regValues(UNINSTALL_KEY))?.get('DisplayVersion')).toBe(NEWER);
    // The running tray was asked to quit and the new one started: two starts, one stop in between.
    await waitUntil(() => trayStarts() === starts + 1 && polls() > history, 60_000, 'the upgraded tray to start and poll');
    expect(trayLog().split(/\r?\n/).filter((line) => / tray stopped$/.test(line))).toHaveLength(2);
    expect(readFileSync(join(dataDir(), 'config.json'), 'utf8')).toBe(settings);
    expect((await regValues(APPROVED_KEY, ['/v', 'Kassavakt']))?.get('Kassavakt')).toBe(SWITCHED_OFF);
    expect((await regValues(RUN_KEY, ['/v', 'Kassavakt']))?.get('Kassavakt')).toBe(`"${INSTALL_DIR}\\Kassavakt.exe"`);
    expect((await dockedIcon()).y).toBeGreaterThan(0);
  });

  it('uninstalls silently: stops the tray, removes program, shortcut, Run value and uninstall key, keeps the data', async () => {
    const uninstaller = await prefix!.run(`${INSTALL_DIR}\\Uninstall.exe`, ['/S']);
    expect(uninstaller.code).toBe(0);
    // The uninstaller runs on from a copy of itself in %TEMP%, so that it can delete the original.
    await waitUntil(() => !existsSync(installDir()), 60_000, 'the program folder to go');
    await waitUntil(() => kassavaktProcesses().length === 0, 30_000, 'every Kassavakt process to end');
    // Stopped by its own quit (the third), not killed.
    expect(trayLog().split(/\r?\n/).filter((line) => / tray stopped$/.test(line))).toHaveLength(3);
    expect(existsSync(shortcut())).toBe(false);
    expect(await regValues(RUN_KEY, ['/v', 'Kassavakt'])).toBeNull();
    expect(await regValues(APPROVED_KEY, ['/v', 'Kassavakt'])).toBeNull();
    expect(await regValues(UNINSTALL_KEY)).toBeNull();
    expect(readdirSync(dataDir())).toEqual(expect.arrayContaining(['config.json', 'history.db', 'logs']));
    expect(polls()).toBeGreaterThan(0);
    // After logins, polls, an upgrade and the uninstall: the password is nowhere in plain text.
    expect(filesHolding(dataDir(), SQL_PASSWORD)).toEqual([]);
  });

  it('wrote each line of the tray helper once per run, though under Wine it repeats them on every menu update', () => {
    const runs = trayLog().split(/^.* tray started .*$/m).slice(1);
    expect(runs).toHaveLength(3);
    for (const run of runs) {
      const helperLines = run.split(/\r?\n/).flatMap((line) => /^\S+ WARN helper: (.*)$/.exec(line)?.[1] ?? []);
      const written = helperLines.filter((line) => !/^\d+ repeated lines left out since /.test(line));
      expect(written.length).toBeGreaterThan(0);
      expect(written).toEqual([...new Set(written)]);
      // What was left out is counted when the tray stops.
      expect(helperLines.at(-1)).toMatch(/^\d+ repeated lines left out since .*; most often \(\d+ times\): ERROR systray: /);
    }
  });
});

/** The window tint2 embeds for a Windows program's tray icon belongs to Wine's explorer.exe. */
const EMBEDDED_ICON_CLASS = 'explorer.exe';

const trayLog = () => readFileSync(join(dataDir(), 'logs', 'kassavakt.log'), 'utf8');
const trayStarts = () => trayLog().split(/\r?\n/).filter((line) => / tray started /.test(line)).length;

/** Polls the tray recorded, read from history.db on the Linux side. */
function polls(): number {
  const file = join(dataDir(), 'history.db');
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hours = db.prepare('SELECT COALESCE(SUM(ok + failed), 0) AS n FROM poll_hour').get() as { n: number };
    const days = db.prepare('SELECT COALESCE(SUM(ok + failed), 0) AS n FROM poll_day').get() as { n: number };
    return hours.n + days.n;
  } catch {
    // Not created yet by the tray's first open.
    return 0;
  } finally {
    db.close();
  }
}

/** Starts exactly the command line of the HKCU Run value, as Windows does at sign-in. */
async function startTrayFromRunValue(): Promise<void> {
  const run = await regValues(RUN_KEY, ['/v', 'Kassavakt']);
  const [program, args] = splitCommandLine(run!.get('Kassavakt')!);
  prefix!.start(program, args);
  await dockedIcon();
}

// Win32 menus under Wine: rows 16 px high, a separator 9 px, a 3 px border; counted from the bottom
// edge, because the rows above the actions change with the state. Centres: "Avsluta" 11 px above
// the edge, "Starta med Windows" 36 px.
const QUIT_FROM_BOTTOM = 11;
const AUTOSTART_FROM_BOTTOM = 36;

/**
 * The icon as tint2 docked it. Wine's explorer.exe now and then moves its embedded icon window to
 * the screen's origin, out of the panel's slot, where it is hidden and gets no clicks (Wine's XEmbed,
 * not Windows); it is put back where the panel placed it, as a tray host keeps its icons.
 */
async function dockedIcon(): Promise<Geometry> {
  const d = desktop!;
  await waitUntil(() => d.trayIcon(EMBEDDED_ICON_CLASS) !== null, 60_000, 'the tray icon');
  const icon = d.trayIcon(EMBEDDED_ICON_CLASS)!;
  if (icon.x !== 0 || icon.y !== 0) return icon;
  const moved = spawnSync('xdotool', ['windowmove', icon.id, '0', '0'], { env: d.env, encoding: 'utf8' });
  if (moved.status !== 0) throw new Error(`xdotool windowmove: ${moved.stderr}`);
  await waitUntil(() => d.trayIcon(EMBEDDED_ICON_CLASS)?.y !== 0, 5000, 'the icon back in the panel');
  return d.trayIcon(EMBEDDED_ICON_CLASS)!;
}

/** Opens the menu with a click on the icon. */
async function openMenu(): Promise<void> {
  const d = desktop!;
  await waitUntil(() => d.menuWindow(HELPER) === null, 10_000, 'the menu to be closed');
  const icon = await dockedIcon();
  d.click(icon.x + Math.floor(icon.width / 2), icon.y + Math.floor(icon.height / 2));
  await waitUntil(() => d.menuWindow(HELPER) !== null, 10_000, 'the menu to open');
}

/** Opens the menu and clicks the row whose centre is `fromBottom` px above its lower edge. */
async function clickMenuRow(fromBottom: number, screenshot?: string): Promise<void> {
  const d = desktop!;
  await openMenu();
  const menu = d.menuWindow(HELPER)!;
  if (screenshot) d.screenshot(screenshot);
  d.click(menu.x + 40, menu.y + menu.height - fromBottom);
}

/** Opens the menu and looks for the tick left of "Starta med Windows" (dark pixels on the white menu); closes it again. */
async function autostartTicked(): Promise<boolean> {
  const d = desktop!;
  await openMenu();
  const menu = d.menuWindow(HELPER)!;
  const y = menu.y + menu.height - AUTOSTART_FROM_BOTTOM;
  const darkest = spawnSync('import', ['-window', 'root', '-crop', `14x10+${menu.x + 3}+${y - 5}`, '-colorspace', 'gray', '-format', '%[fx:minima]', 'info:'], {
    env: d.env,
    encoding: 'utf8',
  });
  if (darkest.status !== 0) throw new Error(`import: ${darkest.stderr}`);
  // A click beside the menu closes it.
  d.click(menu.x + menu.width + 100, menu.y + 10);
  await waitUntil(() => d.menuWindow(HELPER) === null, 10_000, 'the menu to close');
  return Number(darkest.stdout) < 0.5;
}

/** Clicks "Avsluta" and waits until the tray, its launcher and its helper have ended. */
async function quitFromMenu(): Promise<void> {
  await clickMenuRow(QUIT_FROM_BOTTOM, 'windows-tray-menu.png');
  await waitUntil(() => kassavaktProcesses().length === 0, 30_000, 'the tray, its launcher and its helper to end');
}

const HELPER = 'tray_windows_release.exe';
