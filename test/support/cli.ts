// Runs the bundled CLI (`npm test` builds it first) and captures what a user would see.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The bundled CLI, the one path every test and benchmark starts. Also right from the benchmarks'
 * bundles in dist/bench/, which sit two levels down as well.
 */
export const CLI = fileURLToPath(new URL('../../dist/kassavakt.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
