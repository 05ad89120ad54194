// A private Linux desktop for system tests of the tray: Xvfb on a free display, tint2 as the tray host
// (XEmbed system tray), a private D-Bus session with dunst as the notification daemon, and dbus-monitor
// recording every notification sent. Everything started here is stopped by stop(), also after failures.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { firstLine } from './lines.js';
import { waitUntil } from './wait.js';

// Where it always was, for the tray's system test and benchmark.
export { waitUntil };

export interface Notification {
  appName: string;
  summary: string;
  body: string;
}

export interface Geometry {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Desktop {
  display: string;
  /** Environment for programs that should run on this desktop. */
  env: NodeJS.ProcessEnv;
  notifications(): Notification[];
  /** The tray icon's window as tint2 embedded it, or null; `windowClass` is the embedded window's (Wine: explorer.exe). */
  trayIcon(windowClass?: string): Geometry | null;
  /** The open popup menu of the tray helper, or null; `helper` is the program that shows it. */
  menuWindow(helper?: string): Geometry | null;
  click(x: number, y: number): void;
  key(name: string): void;
  screenshot(file: string): void;
  stop(): Promise<void>;
}

/** Menu metrics of GTK 3's default theme (Adwaita) under Xvfb: border + padding, item, separator. */
export const MENU_METRICS = { edge: 4, item: 25, separator: 1 };
export type MenuRow = 'item' | 'separator';

/** The centre of row `index` of a menu laid out as `rows`; throws when the window does not match the layout. */
export function menuRowCentre(menu: Geometry, rows: readonly MenuRow[], index: number): { x: number; y: number } {
  const height = (row: MenuRow) => (row === 'item' ? MENU_METRICS.item : MENU_METRICS.separator);
  const expected = 2 * MENU_METRICS.edge + rows.reduce((sum, row) => sum + height(row), 0);
  if (expected !== menu.height) {
    throw new Error(`menu is ${menu.height} px high, the layout ${rows.join(',')} needs ${expected} px`);
  }
  const above = rows.slice(0, index).reduce((sum, row) => sum + height(row), 0);
  return { x: menu.x + Math.floor(menu.width / 2), y: menu.y + MENU_METRICS.edge + above + Math.floor(height(rows[index]!) / 2) };
}

const TINT2_CONFIG = [
  'panel_items = S',
  'panel_size = 100% 32',
  'panel_position = bottom center horizontal',
  'panel_background_id = 0',
  'systray_padding = 4 4 4',
  'systray_icon_size = 24',
  'systray_monitor = 1',
  '',
].join('\n');

export async function startDesktop(artifactsDir: string): Promise<Desktop> {
  const children: ChildProcess[] = [];
  const own = (child: ChildProcess) => {
    children.push(child);
    return child;
  };
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await gone;
      clearTimeout(timer);
    }
  };
  try {
    // -displayfd: Xvfb picks a free display number itself and tells it; no race with other tests.
    const xvfb = own(spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1024x768x24', '-nolisten', 'tcp', '-noreset'], { stdio: ['ignore', 'pipe', 'pipe'] }));
    const number = await firstLine(xvfb, 'Xvfb');
    const display = `:${number.trim()}`;
    const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: display };
    delete env.WAYLAND_DISPLAY;

    const dbus = own(spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'pipe'] }));
    env.DBUS_SESSION_BUS_ADDRESS = (await firstLine(dbus, 'dbus-daemon')).trim();

    const configDir = mkdtempSync(join(tmpdir(), 'kv-desktop-'));
    writeFileSync(join(configDir, 'tint2rc'), TINT2_CONFIG);
    own(spawn('tint2', ['-c', join(configDir, 'tint2rc')], { env, stdio: ['ignore', 'ignore', 'ignore'] }));
    own(spawn('dunst', [], { env, stdio: ['ignore', 'ignore', 'ignore'] }));

    const monitor = own(spawn('dbus-monitor', ['--session', "interface='org.freedesktop.Notifications'"], { env, stdio: ['ignore', 'pipe', 'pipe'] }));
    const recorded: Notification[] = [];
    collectNotifications(monitor, recorded);

    // tint2 waits until a window manager announces its desktops; there is none, so announce them
    // (again until the panel shows: tint2 reacts to the change, not to properties set before it ran).
    await waitUntil(
      () => {
        run('xprop', ['-root', '-f', '_NET_NUMBER_OF_DESKTOPS', '32c', '-set', '_NET_NUMBER_OF_DESKTOPS', '1'], env);
        run('xprop', ['-root', '-f', '_NET_CURRENT_DESKTOP', '32c', '-set', '_NET_CURRENT_DESKTOP', '0'], env);
        return treeLines(env).some((line) => /"tint2": \("tint2"/.test(line));
      },
      10_000,
      'tint2 panel',
      300,
    );
    await waitUntil(() => nameHasOwner(env, 'org.freedesktop.Notifications'), 10_000, 'dunst on D-Bus');

    return {
      display,
      env,
      notifications: () => [...recorded],
      trayIcon: (windowClass = 'systray') => {
        // Embedded windows sit below the panel in the tree, so they are indented further than top-level ones.
        const line = treeLines(env).find((l) => /^ {6,}0x/.test(l) && l.includes(`("${windowClass}" "${windowClass}")`));
        return line ? absoluteGeometry(line) : null;
      },
      menuWindow: (helper = 'tray_linux_release') => {
        const popups = treeLines(env)
          .filter((l) => /^ {5}0x[0-9a-f]+ /.test(l) && l.includes(`"${helper}"`))
          .map(absoluteGeometry)
          .filter((g): g is Geometry => g !== null && g.width > 40 && g.height > 40)
          // GTK keeps a closed menu's window, unmapped.
          .filter((g) => /Map State: IsViewable/.test(run('xwininfo', ['-id', g.id], env)));
        return popups[0] ?? null;
      },
      click: (x, y) => {
        // `mousemove --sync` waits for the pointer to move, so it would hang when it is there already.
        const here = /x:(\d+) y:(\d+)/.exec(run('xdotool', ['getmouselocation'], env));
        const there = here !== null && Number(here[1]) === x && Number(here[2]) === y;
        run('xdotool', [...(there ? [] : ['mousemove', '--sync', String(x), String(y)]), 'click', '1'], env);
      },
      key: (name) => run('xdotool', ['key', name], env),
      screenshot: (file) => run('import', ['-window', 'root', join(artifactsDir, file)], env),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { env, encoding: 'utf8', timeout: 10_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

/** The window tree; asked again when a window vanished while xwininfo walked the tree (BadWindow). */
function treeLines(env: NodeJS.ProcessEnv): string[] {
  for (let attempt = 1; ; attempt++) {
    try {
      return run('xwininfo', ['-root', '-tree'], env).split('\n');
    } catch (error) {
      if (attempt >= 5 || !/Bad (Window|Drawable)/.test((error as Error).message)) throw error;
    }
  }
}

/** `0x600007 "name": ("res" "class")  24x24+0+0  +4+740`: size and absolute position. */
function absoluteGeometry(line: string): Geometry | null {
  const match = /^\s*(0x[0-9a-f]+).*\s(\d+)x(\d+)[+-]-?\d+[+-]-?\d+\s+([+-]-?\d+)([+-]-?\d+)\s*$/.exec(line);
  if (!match) return null;
  return { id: match[1]!, width: Number(match[2]), height: Number(match[3]), x: Number(match[4]), y: Number(match[5]) };
}

function nameHasOwner(env: NodeJS.ProcessEnv, name: string): boolean {
  const result = spawnSync(
    'dbus-send',
    ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', `string:${name}`],
    { env, encoding: 'utf8', timeout: 5000 },
  );
  return /boolean true/.test(result.stdout ?? '');
}

/** dbus-monitor prints a Notify call as a header line and then its arguments, one per line. */
function collectNotifications(monitor: ChildProcess, into: Notification[]): void {
  let block: string[] | null = null;
  const flush = () => {
    if (!block) return;
    const strings = [...block.join('\n').matchAll(/^ {3}string "([\s\S]*?)"$/gm)].map((m) => m[1]!);
    if (strings.length >= 4) into.push({ appName: strings[0]!, summary: strings[2]!, body: strings[3]! });
    block = null;
  };
  createInterface({ input: monitor.stdout! }).on('line', (line) => {
    if (/^(method call|method return|signal|error) /.test(line)) {
      flush();
      if (/member=Notify$/.test(line)) block = [];
      return;
    }
    block?.push(line);
    // The hints array closes the argument list; an int32 timeout follows it.
    if (block && /^ {3}int32 /.test(line)) flush();
  });
}
