// Runs `kassavakt watch` / `kassavakt history` (dist/kassavakt.js) as child processes for the history
// tests: collects the watch's output lines and waits for the ones a test expects.
import { spawn, type SpawnOptions } from 'node:child_process';
import { CLI, runCli, type CliRun } from './cli.js';
import { collectLines } from './lines.js';

export interface WatchProcess {
  stdout(): string[];
  stderr(): string[];
  /** Waits until `count` stdout lines (in all) match the pattern. */
  waitForLines(pattern: RegExp, count?: number, timeoutMs?: number): Promise<string[]>;
  signal(name: NodeJS.Signals): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startWatch(args: string[], options: Pick<SpawnOptions, 'uid' | 'gid' | 'env'> = {}): WatchProcess {
  const child = spawn(process.execPath, [CLI, 'watch', ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const err = collectLines();
  const out = collectLines(() => [...out.lines(), ...err.lines()].join('\n'));
  out.follow(child.stdout!);
  err.follow(child.stderr!);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    stdout: out.lines,
    stderr: err.lines,
    signal: (name) => child.kill(name),
    exited,
    waitForLines: (pattern, count = 1, timeoutMs = 15_000) => out.waitFor(pattern, count, timeoutMs),
  };
}

export function runHistory(args: string[]): CliRun {
  return runCli(['history', ...args]);
}
