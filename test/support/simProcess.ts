// Runs `kassavakt sim` (dist/kassavakt.js, so run `npm run build` first) as a child process for
// system tests: waits for its first stdout line (JSON: where it listens) and stops it on request.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const CLI = fileURLToPath(new URL('../../dist/kassavakt.js', import.meta.url));

export interface SimProcess {
  host: string;
  port: number;
  browserPort: number | null;
  instance: string;
  pid: number;
  /** Log lines printed after the JSON line (stdout and stderr). */
  output(): string[];
  /** Sends a runtime command, e.g. `fault refuse-logins on`, `fault delay 3000`, `clear`. */
  command(line: string): void;
  /** Waits until an output line matches (rejects after timeoutMs). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** `args` are the sim's CLI options, e.g. ['--host', '127.0.9.1', '--fleet', file]. */
export async function startSimProcess(args: string[] = [], timeoutMs = 10_000): Promise<SimProcess> {
  const child = spawn(process.execPath, [CLI, 'sim', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  const push = (line: string) => {
    lines.push(line);
    for (const wake of waiters) wake();
  };
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  createInterface({ input: child.stderr }).on('line', push);
  const stdout = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sim did not start within ${timeoutMs} ms: ${lines.join(' | ')}`)), timeoutMs);
    stdout.once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`sim exited with ${code}: ${lines.join(' | ')}`));
    });
  });
  stdout.on('line', push);
  const info = JSON.parse(first) as { host: string; port: number; browserPort: number | null; instance: string };
  return {
    ...info,
    pid: child.pid!,
    output: () => [...lines],
    command: (line) => child.stdin.write(`${line}\n`),
    waitForOutput: (pattern, waitMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const hit = lines.find((l) => pattern.test(l));
          if (hit === undefined) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no output matching ${pattern} within ${waitMs} ms: ${lines.join(' | ')}`));
        }, waitMs);
        waiters.add(check);
        check();
      }),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
