// A private Wine 8 prefix for system tests of the Windows build: 64-bit only (Debian has no wine32),
// set to Windows 10 (a new prefix says Windows 7), Mono and Gecko not installed (nothing here needs
// them). Windows programs write their stdout into a file, never a pipe: Windows node fails with
// EBADF on a pipe under Wine.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WineRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface WinePrefix {
  path: string;
  env: NodeJS.ProcessEnv;
  /** Runs a Windows program (a Windows path, or one Wine finds) to its end. */
  run(program: string, args: string[], options?: { timeoutMs?: number; input?: string }): Promise<WineRun>;
  /** Starts a Windows program and does not wait; resolves with its exit code when it ends. */
  start(program: string, args: string[]): { exited: Promise<number | null> };
  /** `reg.exe` with these arguments. */
  reg(args: string[]): Promise<WineRun>;
  /** The Linux path of a Windows path on drive C:. */
  unixPath(windowsPath: string): string;
  /** Command lines of the live Windows processes of this prefix. */
  processes(): string[];
  stop(): Promise<void>;
}

const EXIT_TIMEOUT = 'timed out';

/** `env` adds to the environment every Windows program runs with (e.g. DISPLAY of a test desktop). */
export async function createWinePrefix(env: NodeJS.ProcessEnv = process.env): Promise<WinePrefix> {
  const path = mkdtempSync(join(tmpdir(), 'kv-wine-'));
  const wineEnv: NodeJS.ProcessEnv = { ...env, WINEPREFIX: path, WINEARCH: 'win64', WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=' };
  const outputs = mkdtempSync(join(tmpdir(), 'kv-wine-out-'));
  let runs = 0;

  const run = (program: string, args: string[], { timeoutMs = 60_000, input }: { timeoutMs?: number; input?: string } = {}) =>
    new Promise<WineRun>((resolve, reject) => {
      runs += 1;
      const out = join(outputs, `${runs}.out`);
      const err = join(outputs, `${runs}.err`);
      const outFd = openSync(out, 'w');
      const errFd = openSync(err, 'w');
      const child = spawn('wine', [program, ...args], { env: wineEnv, stdio: [input === undefined ? 'ignore' : 'pipe', outFd, errFd] });
      if (input !== undefined) child.stdin!.end(input);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        closeSync(outFd);
        closeSync(errFd);
        const stderr = readFileSync(err, 'utf8');
        resolve({ code: signal ? null : code, stdout: readFileSync(out, 'utf8'), stderr: signal ? `${stderr}\n${program}: ${EXIT_TIMEOUT}` : stderr });
      });
    });

  const prefix: WinePrefix = {
    path,
    env: wineEnv,
    run,
    start: (program, args) => {
      const child = spawn('wine', [program, ...args], { env: wineEnv, stdio: 'ignore' });
      return { exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
    },
    reg: (args) => run('reg', args),
    unixPath: (windowsPath) => {
      const match = /^[Cc]:\\(.*)$/.exec(windowsPath);
      if (!match) throw new Error(`not a path on drive C: ${windowsPath}`);
      return join(path, 'drive_c', ...match[1]!.split('\\'));
    },
    processes: () => winePrefixProcesses(path),
    stop: async () => {
      spawnSync('wineserver', ['-k'], { env: wineEnv, timeout: 20_000 });
      rmSync(path, { recursive: true, force: true });
      rmSync(outputs, { recursive: true, force: true });
    },
  };

  for (const [program, args] of [
    ['wineboot', ['-i']],
    ['winecfg', ['/v', 'win10']],
  ] as const) {
    const result = await run(program, [...args], { timeoutMs: 120_000 });
    if (result.code !== 0) throw new Error(`${program}: exit ${result.code} ${result.stderr}`);
  }
  return prefix;
}

/** Live Windows programs (not wineserver and Wine's own services) started in this prefix, by their command line. */
function winePrefixProcesses(prefix: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      if (!environ.includes(`WINEPREFIX=${prefix}`)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (/^\d+ \(.*\) Z /.test(stat)) continue;
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      if (!/\\windows\\system32\\|wineserver|winedevice|services\.exe|explorer\.exe|plugplay|svchost|rpcss|conhost/i.test(commandLine)) found.push(commandLine);
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}
