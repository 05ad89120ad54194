// systray2 draws the icon with a small native helper from its package. After `npm ci` that file has
// no execute bit, and systray2's own `chmod('+x')` fails silently, so we copy it once into our data
// folder with the right mode and point systray2's `copyDir` at that copy.
import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const HELPER_NAMES: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'tray_windows_release.exe',
  darwin: 'tray_darwin_release',
  linux: 'tray_linux_release',
};

export interface HelperLocation {
  /** What to pass as systray2's `copyDir`. */
  copyDir: string;
  /** The executable systray2 will start. */
  path: string;
}

export function packagedHelper(platform = process.platform): { path: string; version: string } {
  const name = HELPER_NAMES[platform];
  if (!name) throw new Error(`no tray helper for ${platform}`);
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('systray2/package.json');
  const { version } = require('systray2/package.json') as { version: string };
  return { path: join(dirname(manifest), 'traybin', name), version };
}

/** Makes sure an executable copy of the helper exists under `root`; returns where it is. */
export function ensureHelper(root: string, platform = process.platform): HelperLocation {
  const source = packagedHelper(platform);
  const target = join(root, source.version, HELPER_NAMES[platform]!);
  if (!isUsableCopy(source.path, target, platform)) {
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    copyFileSync(source.path, temp);
    chmodSync(temp, 0o755);
    renameSync(temp, target);
  }
  return { copyDir: root, path: target };
}

function isUsableCopy(source: string, target: string, platform: NodeJS.Platform): boolean {
  if (!existsSync(target)) return false;
  const copy = statSync(target);
  if (copy.size !== statSync(source).size) return false;
  return platform === 'win32' || (copy.mode & 0o111) === 0o111;
}
