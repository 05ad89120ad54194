// The one seam through which Kassavakt runs programs (reg.exe, chcp.com, powershell.exe, odbcinst): an
// exact argv array, never a shell string, so names like `Nutid - PC Kassa` need no shell quoting.
import { execFile } from 'node:child_process';

export interface CommandResult {
  /** Exit code; null when the program could not be started or was killed. */
  code: number | null;
  /** The output bytes as the program wrote them; each caller knows their encoding. */
  stdout: Buffer;
  stderr: Buffer;
  /** Set when the program could not be started at all (ENOENT, EACCES). */
  startError?: string;
}

export type RunCommand = (file: string, args: readonly string[]) => Promise<CommandResult>;

export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { encoding: 'buffer', windowsHide: true, timeout: 120_000, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const failure = error as (NodeJS.ErrnoException & { code?: string | number }) | null;
        if (failure && typeof failure.code === 'string') {
          resolve({ code: null, stdout, stderr, startError: failure.code });
          return;
        }
        resolve({ code: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0, stdout, stderr });
      },
    );
  });
