// `kassavakt status --json` against a simulator, as the FreeTDS agreement tests compare it: the built
// CLI over TDS, with the password from the environment and no history of its own.
import { execFile } from 'node:child_process';
import { CLI } from './cli.js';

/** The parsed JSON; exit 1 (findings) is an answer too, anything else rejects. */
export function statusJson<T>(host: string, port: number, password: string): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, 'status', '--server', `${host},${port}`, '--user', 'kassavakt', '--database', 'PCKassa', '--json', '--data', '/nonexistent-kassavakt-data'],
      { env: { ...process.env, KASSAVAKT_PASSWORD: password }, timeout: 20_000 },
      (error, stdout) => {
        if (error && (error as { code?: number }).code !== 1) return reject(error);
        resolve(JSON.parse(stdout) as T);
      },
    );
  });
}
