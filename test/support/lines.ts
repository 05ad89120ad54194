// Lines printed by child processes: a collector that tests can wait on, and the first stdout line of a
// program that announces itself there (where it listens, its display, its bus address).
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface LineCollector {
  /** Every line collected so far, in order. */
  lines(): string[];
  push(line: string): void;
  /** Collects every line of `stream` from now on. */
  follow(stream: Readable): void;
  /** Waits until `count` lines (in all) match; resolves with the matching lines. */
  waitFor(pattern: RegExp, count?: number, timeoutMs?: number): Promise<string[]>;
}

/** `describe` gives what a timeout error shows (by default the collected lines). */
export function collectLines(describe?: () => string): LineCollector {
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  const shown = describe ?? (() => lines.join('\n'));
  const push = (line: string) => {
    lines.push(line);
    for (const wake of waiters) wake();
  };
  return {
    lines: () => [...lines],
    push,
    follow: (stream) => {
      createInterface({ input: stream }).on('line', push);
    },
    waitFor: (pattern, count = 1, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const hits = lines.filter((l) => pattern.test(l));
          if (hits.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hits);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${count} line(s) matching ${pattern} within ${timeoutMs} ms:\n${shown()}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  };
}

export interface FirstLineOptions {
  timeoutMs?: number;
  /** Receives every stdout line after the first (none is lost between the two). */
  rest?: (line: string) => void;
  /** Added to the error when the program exits or stays silent (e.g. its stderr so far). */
  detail?: () => string;
}

/**
 * The first stdout line of `child`; rejects when it fails to start, ends (its output read to the end
 * first, so a line printed just before exiting still counts) or prints nothing within the timeout.
 */
export function firstLine(child: ChildProcess, what: string, options: FirstLineOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const detail = () => {
    const text = options.detail?.() ?? '';
    return text ? `: ${text}` : '';
  };
  return new Promise((resolve, reject) => {
    const stdout = child.stdout!;
    let settled = false;
    const settle = () => {
      settled = true;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    // Rejects only once stdout is read to its end ('close' would also wait for an unread stderr).
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      const fail = () => {
        if (settled) return;
        settle();
        reject(new Error(`${what} exited with ${code ?? signal}${detail()}`));
      };
      if (stdout.closed) fail();
      else stdout.once('close', fail);
    };
    const onError = (error: Error) => {
      settle();
      reject(new Error(`${what} did not start: ${error.message}`));
    };
    const timer = setTimeout(() => {
      settle();
      reject(new Error(`${what} did not start within ${timeoutMs} ms${detail()}`));
    }, timeoutMs);
    child.once('exit', onExit);
    child.once('error', onError);
    createInterface({ input: stdout }).on('line', (line) => {
      if (settled) return options.rest?.(line);
      settle();
      resolve(line);
    });
  });
}
