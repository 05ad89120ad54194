// The one seam through which the DSN back-ends run programs (reg.exe, powershell.exe, odbcinst):
// an exact argv array, never a shell string, so names like `Nutid - PC Kassa` need no shell quoting.
import { execFile } from 'node:child_process';

export interface CommandResult {
  /** Exit code; null when the program could not be started or was killed. */
  code: number | null;
  /** Output decoded as latin1: reg.exe writes the console's OEM code page, and the values we read are ASCII. */
  stdout: string;
  stderr: string;
  /** Set when the program could not be started at all (ENOENT, EACCES). */
  startError?: string;
}

export type RunCommand = (file: string, args: readonly string[]) => Promise<CommandResult>;

export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { encoding: 'latin1', windowsHide: true, timeout: 120_000, maxBuffer: 4 * 1024 * 1024 },
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
