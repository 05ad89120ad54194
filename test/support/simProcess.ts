// Runs `kassavakt sim` (dist/kassavakt.js, so run `npm run build` first) as a child process for
// system tests: waits for its first stdout line (JSON: where it listens) and stops it on request.
import { spawn } from 'node:child_process';
import { CLI } from './cli.js';
import { collectLines, firstLine } from './lines.js';

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
  const output = collectLines(() => output.lines().join(' | '));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  output.follow(child.stderr);
  const first = await firstLine(child, 'sim', { timeoutMs, rest: output.push, detail: () => output.lines().join(' | ') }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  const info = JSON.parse(first) as { host: string; port: number; browserPort: number | null; instance: string };
  return {
    ...info,
    pid: child.pid!,
    output: output.lines,
    command: (line) => child.stdin.write(`${line}\n`),
    waitForOutput: async (pattern, waitMs = 10_000) => (await output.waitFor(pattern, 1, waitMs))[0]!,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
