// Runs `kassavakt watch` / `kassavakt history` (dist/kassavakt.js) as child processes for the history
// tests: collects the watch's output lines and waits for the ones a test expects.
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/kassavakt.js', import.meta.url));

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
  const out: string[] = [];
  const err: string[] = [];
  const wakers = new Set<() => void>();
  const wake = () => wakers.forEach((w) => w());
  createInterface({ input: child.stdout! }).on('line', (line) => (out.push(line), wake()));
  createInterface({ input: child.stderr! }).on('line', (line) => (err.push(line), wake()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    stdout: () => [...out],
    stderr: () => [...err],
    signal: (name) => child.kill(name),
    exited,
    waitForLines: (pattern, count = 1, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const hits = out.filter((l) => pattern.test(l));
          if (hits.length < count) return;
          wakers.delete(check);
          clearTimeout(timer);
          resolve(hits);
        };
        const timer = setTimeout(() => {
          wakers.delete(check);
          reject(new Error(`no ${count} line(s) matching ${pattern} within ${timeoutMs} ms:\n${out.join('\n')}\n${err.join('\n')}`));
        }, timeoutMs);
        wakers.add(check);
        check();
      }),
  };
}

export function runHistory(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, 'history', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
