// The tray and notification icons are committed image files (build/icons/: SVG sources, and the PNG
// and ICO made from them, see build/icons/README.md); the build copies them beside the bundle.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_STATES = ['ok', 'warning', 'error', 'offline'];
export const ICON_DIR = fileURLToPath(new URL('./icons/', import.meta.url));

export function writeIcons(outDir) {
  mkdirSync(outDir, { recursive: true });
  for (const state of ICON_STATES) {
    for (const file of [`${state}.png`, `${state}.ico`]) copyFileSync(join(ICON_DIR, file), join(outDir, file));
  }
}
