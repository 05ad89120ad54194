// The installed Windows layout (build/packageWindows.mjs) puts Kassavakt.exe, a small GUI-subsystem
// launcher, beside node.exe: it starts the tray without a console window, so the Start-menu shortcut
// and the HKCU Run value point at it, and the tray's own "Starta med Windows" must write the same.
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';

export const LAUNCHER_NAME = 'Kassavakt.exe';

/** The launcher beside this node.exe when Kassavakt runs from its Windows installation, else null. */
export function installedLauncher(execPath = process.execPath, platform = process.platform, exists = existsSync): string | null {
  if (platform !== 'win32') return null;
  const launcher = win32.join(win32.dirname(execPath), LAUNCHER_NAME);
  return exists(launcher) ? launcher : null;
}
