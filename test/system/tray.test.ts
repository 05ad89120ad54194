// The tray on a real (virtual) desktop: Xvfb + tint2 + dunst on a private D-Bus, against the simulated
// main till. Every poll after the first is triggered from the menu, so what happens is caused by the
// test, never by a timer.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';
import { menuRowCentre, startDesktop, waitUntil, type Desktop, type MenuRow } from '../support/desktop.js';
import { STRINGS, makePe } from '../support/peFixtures.js';
import { readStatementLog, unguardedRequests } from '../support/guardedStatements.js';
import { commandLine, descendantsOf, helperOf, identify, isRunning, type ProcessId } from '../support/processTree.js';
import { startSimProcess, type SimProcess } from '../support/simProcess.js';
import { TRAY_NODE_OPTIONS } from '../../src/tray/nodeOptions.js';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const HOST = '127.0.66.1';

const fleet = (backofficeId: string, kassa3Version = '38,5') => ({
  tills: [
    { name: 'KASSA1', clientId: '1', version: '38,5', role: 'main' },
    { name: 'KASSA2', clientId: '2', version: '38,5', role: 'sales' },
    { name: 'KASSA3', clientId: '3', version: kassa3Version, role: 'sales' },
    { name: 'BACKOFFICE', clientId: backofficeId, version: '38,5', role: 'backoffice' },
  ],
});

// The actions at the bottom of the menu never move: Kontrollera nu … Avsluta.
const BOTTOM_ROWS: MenuRow[] = ['item', 'item', 'item', 'item', 'item', 'separator', 'item'];
const CHECK_NOW = 0;
const AUTOSTART = 4;
const QUIT = 6;

let desktop: Desktop | undefined;
let sim: SimProcess | undefined;
/** Another program with a tray helper of the same name, as another Kassavakt beside the tests would be. */
let bystander: ChildProcess | undefined;
let tray: ChildProcess | undefined;
let trayExit: Promise<number | null>;
let dir: string;
let port: number;
let simArgs: string[];

const statementLog = () => join(dir, 'statements.jsonl');
/** What the trays opened in "the browser": a stand-in that writes down each address (xdg-open's $BROWSER). */
const opened = () => join(dir, 'opened.txt');
const openedUrls = () => (existsSync(opened()) ? readFileSync(opened(), 'utf8').split('\n').filter(Boolean) : []);
/**
 * The desktop, with a home of its own: Downloads, autostart entries, and the stand-in as the default
 * web browser (a mimeapps.list entry, which xdg-open asks first).
 */
const trayEnv = (): NodeJS.ProcessEnv => ({
  ...desktop!.env,
  HOME: join(dir, 'home'),
  XDG_CONFIG_HOME: join(dir, 'xdg'),
  XDG_DATA_HOME: join(dir, 'xdg-data'),
});

/** Makes the stand-in the desktop's web browser, the way a user's choice is kept (freedesktop.org). */
function installBrowserStandIn(): void {
  const script = join(dir, 'browser.sh');
  writeFileSync(script, `#!/bin/sh\necho "$1" >> '${opened()}'\n`, { mode: 0o755 });
  mkdirSync(join(dir, 'xdg-data', 'applications'), { recursive: true });
  writeFileSync(
    join(dir, 'xdg-data', 'applications', 'kassavakt-test-browser.desktop'),
    `[Desktop Entry]\nType=Application\nName=Test browser\nExec=${script} %u\nMimeType=x-scheme-handler/http;\n`,
  );
  mkdirSync(join(dir, 'xdg'), { recursive: true });
  writeFileSync(join(dir, 'xdg', 'mimeapps.list'), '[Default Applications]\nx-scheme-handler/http=kassavakt-test-browser.desktop\n');
}
/** The tray runs with HOME here, so its default Downloads folder is this one. */
const downloads = () => join(dir, 'home', 'Downloads');
const trayLog = () => join(dir, 'data', 'logs', 'kassavakt.log');
const polls = () => (existsSync(statementLog()) ? readFileSync(statementLog(), 'utf8').split('\n').filter((l) => /dbo\.Kassor/i.test(l)).length : 0);
const trayLogLines = (pattern: RegExp) => (existsSync(trayLog()) ? readFileSync(trayLog(), 'utf8').split('\n').filter((l) => pattern.test(l)).length : 0);
/** Polls the tray has finished (notices sent, menu updated): it logs each one last. */
const handledPolls = () => trayLogLines(/ poll (ok|failed)/);
const notices = (pattern: RegExp) => desktop!.notifications().filter((n) => pattern.test(n.summary));

/** The tray's helper, found below the tray process; waits until it runs. */
async function helperBelow(trayPid: number): Promise<ProcessId> {
  await waitUntil(() => helperOf(trayPid) !== undefined, 15_000, 'the tray helper');
  return identify(helperOf(trayPid)!)!;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const { port: free } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return free;
}

/** Opens the menu with a click on the icon, then clicks a row counted in BOTTOM_ROWS; `screenshot` saves the open menu. */
async function clickMenu(row: number, screenshot?: string): Promise<void> {
  const d = desktop!;
  await waitUntil(() => d.menuWindow() === null, 5000, 'menu to be closed');
  const icon = d.trayIcon()!;
  d.click(icon.x + Math.floor(icon.width / 2), icon.y + Math.floor(icon.height / 2));
  await waitUntil(() => d.menuWindow() !== null, 5000, 'menu to open');
  const menu = d.menuWindow()!;
  if (screenshot) d.screenshot(screenshot);
  // Measure from the bottom edge: the rows above the actions change with the state.
  const bottomPart = { ...menu, y: menu.y + menu.height - heightOf(BOTTOM_ROWS), height: heightOf(BOTTOM_ROWS) };
  const target = menuRowCentre(bottomPart, BOTTOM_ROWS, row);
  d.click(target.x, target.y);
}

/** Opens the menu and, by keyboard from the bottom (Avsluta, Starta …, Pausa aviseringar), picks row `row` of the pause submenu. */
async function pauseMenu(row: number): Promise<void> {
  const d = desktop!;
  await waitUntil(() => d.menuWindow() === null, 5000, 'menu to be closed');
  const icon = d.trayIcon()!;
  d.click(icon.x + Math.floor(icon.width / 2), icon.y + Math.floor(icon.height / 2));
  await waitUntil(() => d.menuWindow() !== null, 5000, 'menu to open');
  for (const key of ['Up', 'Up', 'Up', 'Right']) d.key(key);
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (let i = 0; i < row; i++) d.key('Down');
  d.key('Return');
}

function heightOf(rows: MenuRow[]): number {
  return 8 + rows.reduce((sum, r) => sum + (r === 'item' ? 25 : 1), 0);
}

/** Clicks "Kontrollera nu" and waits until the tray has handled that poll and every notice it sent has arrived. */
async function checkNowAndWait(): Promise<void> {
  const before = handledPolls();
  await clickMenu(CHECK_NOW);
  await waitUntil(() => handledPolls() > before, 10_000, 'a poll after "Kontrollera nu"');
  await waitUntil(() => desktop!.notifications().length === trayLogLines(/ notice /), 10_000, 'the notices to arrive on D-Bus');
}

describe('kassavakt tray without a display', () => {
  it('says so in one line, points to watch and exits 2', () => {
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const run = spawnSync(process.execPath, [CLI, 'tray', '--data', mkdtempSync(join(tmpdir(), 'kv-nodisplay-'))], { env, encoding: 'utf8', timeout: 15_000 });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('kassavakt watch');
  });
});

describe('kassavakt tray on a desktop', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'kv-tray-'));
    writeFileSync(join(dir, 'fleet.json'), JSON.stringify(fleet('4')));
    desktop = await startDesktop(ARTIFACTS);
    port = await freePort();
    simArgs = ['--host', HOST, '--port', String(port), '--fleet', join(dir, 'fleet.json'), '--log', statementLog()];
    sim = await startSimProcess(simArgs);
    mkdirSync(downloads(), { recursive: true });
    installBrowserStandIn();
    const other = join(dir, 'other-kassavakt');
    mkdirSync(other);
    copyFileSync('/bin/sleep', join(other, 'tray_linux_release'));
    bystander = spawn(join(other, 'tray_linux_release'), ['600'], { stdio: 'ignore' });
    mkdirSync(join(dir, 'metrics'));
    tray = spawn(
      process.execPath,
      [
        ...TRAY_NODE_OPTIONS, CLI, 'tray', '--data', join(dir, 'data'), '--server', `${HOST},${port}`, '--user', 'kassavakt', '--password', 'kassavakt',
        '--interval', '3600', '--grace', '0.01', '--metrics-textfile', join(dir, 'metrics'),
      ],
      { env: trayEnv(), stdio: ['ignore', 'inherit', 'inherit'] },
    );
    trayExit = new Promise((resolve) => tray!.once('exit', (code) => resolve(code)));
  });

  afterAll(async () => {
    if (tray && tray.exitCode === null && tray.signalCode === null) {
      tray.kill('SIGTERM');
      await trayExit;
    }
    await sim?.stop();
    await desktop?.stop();
    bystander?.kill('SIGKILL');
  });

  it('shows its icon in the tray and polls the main till at start', async () => {
    await waitUntil(() => desktop!.trayIcon() !== null, 15_000, 'the tray icon');
    await waitUntil(() => polls() >= 1, 15_000, 'the first poll');
    desktop!.screenshot('tray.png');
    expect(desktop!.trayIcon()!.width).toBeGreaterThan(0);
    expect(existsSync(join(ARTIFACTS, 'tray.png'))).toBe(true);
  });

  it('polls when "Kontrollera nu" is clicked', async () => {
    await waitUntil(() => handledPolls() >= 1, 15_000, 'the first poll to be handled');
    const before = polls();
    await clickMenu(CHECK_NOW, 'tray-menu.png');
    await waitUntil(() => polls() > before, 10_000, 'a query in the statement log');
    expect(polls()).toBe(before + 1);
  });

  it('sends one Swedish notification for a duplicate Client ID', async () => {
    // The sim re-reads a changed fleet file before it answers the next request.
    writeFileSync(join(dir, 'fleet.json'), JSON.stringify(fleet('2')));
    await checkNowAndWait();
    await waitUntil(() => notices(/Klient ID/).length >= 1, 10_000, 'the duplicate-ID notification');
    await checkNowAndWait();
    const duplicate = notices(/Klient ID/);
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]!.summary).toBe('Två kassor har samma Klient ID');
    expect(duplicate[0]!.body).toContain('BACKOFFICE');
    expect(desktop!.notifications()).toHaveLength(1);
    desktop!.screenshot('tray-duplicate.png');
    // The tray exports what it knows for Prometheus after every poll, as `watch` does.
    const metrics = readFileSync(join(dir, 'metrics', 'kassavakt.prom'), 'utf8');
    expect(metrics).toMatch(/^kassavakt_findings\{code="DUPLICATE_CLIENT_ID",severity="error",shop="[^"]+"\} 1$/m);
    expect(metrics).toMatch(/^kassavakt_up\{shop="[^"]+"\} 1$/m);
  });

  it('says once that the main till does not answer, and once that it answers again', async () => {
    await sim!.stop();
    sim = undefined;
    for (let i = 0; i < 5 && notices(/svarar inte/).length === 0; i++) await checkNowAndWait();
    expect(notices(/svarar inte/)).toHaveLength(1);
    // The connection doctor's verdict and fix: the till machine answers, its database port does not.
    expect(notices(/svarar inte/)[0]!.body).toBe(
      `Huvudkassan (${HOST}) svarar, men databasen tar inte emot anslutningar på port ${port}. Kontrollera att tjänsten SQL Server (PCKASSA) körs på huvudkassan, eller starta om huvudkassan.`,
    );
    await checkNowAndWait();
    expect(notices(/svarar inte/)).toHaveLength(1);
    desktop!.screenshot('tray-unreachable.png');

    sim = await startSimProcess(simArgs);
    for (let i = 0; i < 5 && notices(/svarar igen/).length === 0; i++) await checkNowAndWait();
    expect(notices(/svarar igen/)).toHaveLength(1);
    await checkNowAndWait();
    expect(notices(/svarar igen/)).toHaveLength(1);
    expect(notices(/svarar inte/)).toHaveLength(1);
  });

  it('tells at once when a wrong update file lands in Downloads, once per file', async () => {
    // As Chrome saves: the partial file first, renamed when complete.
    const partial = join(downloads(), 'pckassaupp32.exe.crdownload');
    writeFileSync(partial, makePe({ strings: STRINGS.nonfiscal, payloadBytes: 64 * 1024 }));
    renameSync(partial, join(downloads(), 'pckassaupp32.exe'));
    await waitUntil(() => notices(/^Fel fil/).length === 1, 15_000, 'the wrong-file notification');
    expect(notices(/^Fel fil/)[0]!.summary).toContain('38,05 (utan kontrollbox) men era säljande kassor kör 38,5');
    // A right file after it: once its notice is there, the watcher has seen everything before it.
    writeFileSync(join(downloads(), 'pckassaupp32 (1).exe'), makePe({ strings: STRINGS.fiscal, payloadBytes: 64 * 1024 }));
    await waitUntil(() => notices(/^Rätt fil/).length === 1, 15_000, 'the right-file notification');
    expect(notices(/^Fel fil/)).toHaveLength(1);
    desktop!.screenshot('tray-download.png');
  });

  it('turns start at login on and off from the menu, with the command that starts it as shipped', async () => {
    const entry = join(dir, 'xdg', 'autostart', 'kassavakt.desktop');
    expect(existsSync(entry)).toBe(false);
    await clickMenu(AUTOSTART);
    await waitUntil(() => existsSync(entry), 10_000, 'the autostart entry');
    const exec = /^Exec=(.*)$/m.exec(readFileSync(entry, 'utf8'))![1]!;
    // No part has a space or a character the Desktop Entry spec reserves, so none is quoted.
    expect(exec).toBe([process.execPath, ...TRAY_NODE_OPTIONS, CLI, 'tray', '--data', join(dir, 'data')].join(' '));
    await clickMenu(AUTOSTART);
    await waitUntil(() => !existsSync(entry), 10_000, 'the autostart entry to go');
  });

  it('holds notices back while paused, then gives one summary of what changed', async () => {
    const before = desktop!.notifications().length;
    await pauseMenu(0);
    await waitUntil(() => trayLogLines(/menu: pauseHour/) === 1, 10_000, 'the pause');
    // While paused: the duplicate Client ID is fixed, and KASSA3 falls behind on the version.
    writeFileSync(join(dir, 'fleet.json'), JSON.stringify(fleet('4', '38,4')));
    await checkNowAndWait();
    await checkNowAndWait();
    expect(desktop!.notifications()).toHaveLength(before);
    desktop!.screenshot('tray-paused.png');
    await pauseMenu(2);
    await waitUntil(() => trayLogLines(/menu: resume/) === 1, 10_000, 'the resume');
    await waitUntil(() => desktop!.notifications().length === before + 1, 10_000, 'the summary');
    const summary = desktop!.notifications().at(-1)!;
    expect(summary.summary).toBe('Läget just nu: 2 saker');
    expect(summary.body).toContain('KASSA2 och BACKOFFICE har inte längre samma Klient ID.');
    expect(summary.body).toContain('KASSA3 kör 38,4');
  });

  it('lets a second start hand over to the running tray, which checks at once', async () => {
    const before = handledPolls();
    const second = spawnSync(process.execPath, [...TRAY_NODE_OPTIONS, CLI, 'tray', '--data', join(dir, 'data')], { env: trayEnv(), encoding: 'utf8', timeout: 15_000 });
    expect(second.status).toBe(0);
    expect(second.stdout.trim()).toBe('Kassavakt körs redan – den kontrollerar kassorna nu.');
    await waitUntil(() => handledPolls() > before, 10_000, 'the running tray to check');
  });

  it('quits from "Avsluta" and leaves no process behind', async () => {
    const trayPid = tray!.pid!;
    const helper = await helperBelow(trayPid);
    const below = descendantsOf(trayPid).map((pid) => identify(pid)).filter((id): id is ProcessId => id !== null);
    await clickMenu(QUIT);
    expect(await trayExit).toBe(0);
    await waitUntil(() => !isRunning(helper), 5000, 'the helper to end');
    expect(below.filter(isRunning).map((id) => commandLine(id.pid))).toEqual([]);
    // Only its own processes went: the other program's helper of the same name still runs.
    expect(isRunning(identify(bystander!.pid!)!)).toBe(true);
    expect(readFileSync(trayLog(), 'utf8')).not.toMatch(/password kassavakt|--password/);
  });

  it('sent the main till only guarded, read-only requests: its polls before and after the main till restarted', () => {
    const statements = readStatementLog(statementLog());
    expect(statements.filter((s) => /dbo\.Kassor/i.test(s.sql)).length).toBeGreaterThanOrEqual(8);
    expect(unguardedRequests(statements)).toEqual([]);
  });

  it('shows a broken settings file in the menu and the log instead of crashing', async () => {
    const data = mkdtempSync(join(tmpdir(), 'kv-tray-badconfig-'));
    writeFileSync(join(data, 'config.json'), '{ "server": ');
    const broken = spawn(process.execPath, [...TRAY_NODE_OPTIONS, CLI, 'tray', '--data', data], {
      env: trayEnv(),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const exit = new Promise((resolve) => broken.once('exit', resolve));
    const log = join(data, 'logs', 'kassavakt.log');
    await waitUntil(() => desktop!.trayIcon() !== null && existsSync(log) && /tray started/.test(readFileSync(log, 'utf8')), 15_000, 'the icon');
    expect(readFileSync(log, 'utf8')).toContain('Inställningarna går inte att läsa');
    expect(broken.exitCode).toBeNull();
    broken.kill('SIGTERM');
    await exit;
  });

  it('on a first start without a login shows its icon and opens the settings page once, in Swedish; not on the next start', async () => {
    const data = mkdtempSync(join(tmpdir(), 'kv-tray-first-'));
    const log = join(data, 'logs', 'kassavakt.log');
    const ready = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((l) => / tray ready$/.test(l)).length : 0);
    const before = openedUrls().length;
    const startTray = async () => {
      const started = ready();
      const child = spawn(process.execPath, [...TRAY_NODE_OPTIONS, CLI, 'tray', '--data', data], { env: trayEnv(), stdio: ['ignore', 'inherit', 'inherit'] });
      const exit = new Promise((resolve) => child.once('exit', resolve));
      await waitUntil(() => desktop!.trayIcon() !== null && ready() > started, 15_000, 'the tray to be ready');
      return async () => {
        child.kill('SIGTERM');
        await exit;
      };
    };

    const stopFirst = await startTray();
    await waitUntil(() => openedUrls().length === before + 1, 10_000, 'the settings page to open');
    const url = openedUrls().at(-1)!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/settings\?token=[\w-]{43}$/);
    expect(readFileSync(log, 'utf8')).toContain('Kassavakt behöver huvudkassans adress (t.ex. KASSA1\\PCKASSA) och användarnamn och lösenord till databasen – klicka här och fyll i under Inställningar');
    const exchange = await fetch(url, { redirect: 'manual' });
    expect(exchange.status).toBe(303);
    const cookie = String(exchange.headers.get('set-cookie')).split(';')[0]!;
    const page = await (await fetch(new URL('/settings', url), { headers: { Cookie: cookie } })).text();
    expect(page).toContain('<h1>Inställningar</h1>');
    await stopFirst();

    const stopSecond = await startTray();
    expect(ready()).toBe(2);
    expect(openedUrls()).toHaveLength(before + 1);
    await stopSecond();
  });

  it('leaves no helper behind when the tray process is killed outright', async () => {
    tray = spawn(process.execPath, [...TRAY_NODE_OPTIONS, CLI, 'tray', '--data', join(dir, 'data'), '--interval', '3600'], {
      env: trayEnv(),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    trayExit = new Promise((resolve) => tray!.once('exit', (code) => resolve(code)));
    const helper = await helperBelow(tray.pid!);
    await waitUntil(() => desktop!.trayIcon() !== null, 15_000, 'the icon');
    tray.kill('SIGKILL');
    await trayExit;
    // The helper reads its orders from the tray's pipe; when that closes it ends itself.
    await waitUntil(() => !isRunning(helper), 10_000, 'the orphaned helper to end');
  });

  it('starts in the background with --detach (the Windows autostart entry) and returns at once', async () => {
    const data = mkdtempSync(join(tmpdir(), 'kv-tray-detach-'));
    const started = spawnSync(process.execPath, [...TRAY_NODE_OPTIONS, CLI, 'tray', '--data', data, '--interval', '3600', '--detach'], {
      env: trayEnv(),
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(started.status).toBe(0);
    expect(started.stdout + started.stderr).toBe('');
    await waitUntil(() => desktop!.trayIcon() !== null, 15_000, 'the icon of the detached tray');
    // Detached, it is no child of the test's: it is the tray whose command line names this test's own data folder.
    const copies = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .filter((pid) => commandLine(pid).endsWith(`kassavakt.js tray --data ${data} --interval 3600`));
    expect(copies).toHaveLength(1);
    expect(commandLine(copies[0]!)).toContain('--lite-mode --no-expose-wasm');
    const helper = await helperBelow(copies[0]!);
    process.kill(copies[0]!, 'SIGTERM');
    await waitUntil(() => desktop!.trayIcon() === null && !isRunning(helper), 10_000, 'the detached tray to quit');
  });
});
