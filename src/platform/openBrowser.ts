// Opens a URL in the user's default browser, the way each OS does it; never waits for the browser.
import { spawn } from 'node:child_process';
import { systemPrograms } from './windows/systemPrograms.js';

/** The program and arguments that open `url`; on Windows rundll32 from System32, never one found in PATH. */
export function browserCommand(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): [string, string[]] {
  if (platform === 'win32') return [systemPrograms(env).rundll32, ['url.dll,FileProtocolHandler', url]];
  return platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
}

export function openInBrowser(url: string): Promise<void> {
  const [command, args] = browserCommand(url);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
