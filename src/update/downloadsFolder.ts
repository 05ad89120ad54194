// Where the user's browser saves downloads: %USERPROFILE%\Downloads on Windows, the XDG download
// directory (`xdg-user-dir DOWNLOAD`) elsewhere, ~/Downloads when neither says.
import { execFileSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';

export function defaultDownloadFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = (platform === 'win32' ? env.USERPROFILE : env.HOME) || homedir();
  if (platform === 'win32') return win32.join(home, 'Downloads');
  return xdgDownloadDir(env, home) ?? join(home, 'Downloads');
}

function xdgDownloadDir(env: NodeJS.ProcessEnv, home: string): string | null {
  try {
    const dir = execFileSync('xdg-user-dir', ['DOWNLOAD'], { env, encoding: 'utf8', timeout: 2000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // xdg-user-dir answers $HOME when no download directory is configured.
    return dir !== '' && dir.replace(/\/+$/, '') !== home.replace(/\/+$/, '') ? dir : null;
  } catch {
    return null;
  }
}
