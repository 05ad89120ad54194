// Where Kassavakt keeps its files: --data DIR, else KASSAVAKT_DATA, else the OS convention.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function dataDir(explicit?: string, env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (explicit) return explicit;
  if (env.KASSAVAKT_DATA) return env.KASSAVAKT_DATA;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'Kassavakt');
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'kassavakt');
}

export function configPath(dir: string): string {
  return join(dir, 'config.json');
}
