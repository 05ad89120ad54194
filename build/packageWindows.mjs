// `npm run package:win`: builds Kassavakt-Setup-<version>.exe with NSIS (build/windows/installer.nsi)
// from a payload staged in a temporary folder (build/windowsPayload.mjs). Options: --version V
// (default: package.json's), --out DIR (default: dist). With KASSAVAKT_SIGN_PFX set, the launcher,
// Uninstall.exe and Setup.exe are signed (build/sign.mjs). Prints one JSON line: setup, version,
// setupBytes, installedBytes, nodeExeBytes, shipped, notShipped, signed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { importSource } from './importSource.mjs';
import { signFile, signingRequested } from './sign.mjs';
import { versionNumbers } from './windowsLauncher.mjs';
import { folderBytes, stagePayload } from './windowsPayload.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./windows/installer.nsi', import.meta.url));
const SIGN_SCRIPT = fileURLToPath(new URL('./sign.mjs', import.meta.url));
const PUBLISHER = 'Kassavakt';
/** Where node-notifier keeps SnoreToast; the installer runs it to write the Start-menu shortcut. */
const SNORETOAST = 'node_modules\\node-notifier\\vendor\\snoreToast\\snoretoast-x64.exe';
/** NSIS's language ids, in the order installer.nsi inserts them. */
const NSIS_LANGUAGES = { sv: 'LANG_SWEDISH', nb: 'LANG_NORWEGIAN', en: 'LANG_ENGLISH' };

/** A string for an NSIS script: $ doubled, quotes and line breaks escaped. */
function nsisString(text) {
  return text.replace(/\$/g, '$$$$').replace(/"/g, '$\\"').replace(/\r?\n/g, '$\\n');
}

/**
 * LangString lines for every `$(name)` installer.nsi uses, from the catalog (name = key with _ for .).
 * `{folder}` becomes the data folder, expanded by NSIS when the page is shown.
 */
async function nsisLanguageStrings(script) {
  const { catalog } = await importSource('src/core/messages/index.ts');
  const byName = new Map(Object.keys(catalog).map((key) => [key.replaceAll('.', '_'), key]));
  const used = [...new Set([...script.matchAll(/\$\((\w+)\)/g)].map((m) => m[1]))];
  const lines = [];
  for (const name of used) {
    const key = byName.get(name);
    if (!key) throw new Error(`installer.nsi uses $(${name}), which is not in the catalog`);
    for (const [lang, id] of Object.entries(NSIS_LANGUAGES)) {
      const text = nsisString(catalog[key][lang]).replaceAll('{folder}', '${DATA_DIR}');
      lines.push(`LangString ${name} \${${id}} "${text}"`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** What the uninstaller removes: the payload's top-level files and folders, nothing else. */
function payloadEntries(stage) {
  return readdirSync(stage, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? `RMDir /r "$INSTDIR\\${entry.name}"` : `Delete "$INSTDIR\\${entry.name}"`))
    .join('\n');
}

async function packageWindows({ version, outDir }) {
  const versionQuad = versionNumbers(version).join('.');
  const { APP_ID, RUN_KEY, APPROVED_KEY } = await importSource('src/platform/autostart.ts');
  const { LAUNCHER_NAME } = await importSource('src/platform/windowsLauncher.ts');
  const work = mkdtempSync(join(tmpdir(), 'kassavakt-package-'));
  try {
    const stage = join(work, 'payload');
    const staged = await stagePayload({ root: ROOT, stage, version, publisher: PUBLISHER, launcherName: LAUNCHER_NAME });
    if (!existsSync(join(stage, ...SNORETOAST.split('\\')))) throw new Error(`${SNORETOAST} is missing from the payload`);
    const signed = signingRequested();
    if (signed) signFile(join(stage, LAUNCHER_NAME));

    const script = readFileSync(SCRIPT, 'utf8');
    writeFileSync(join(work, 'strings.nsh'), await nsisLanguageStrings(script));
    writeFileSync(join(work, 'entries.nsh'), payloadEntries(stage));
    mkdirSync(outDir, { recursive: true });
    const setup = join(outDir, `Kassavakt-Setup-${version}.exe`);
    const hkcu = (key) => key.replace(/^HKCU\\/, '');
    const defines = {
      PAYLOAD: stage,
      OUTFILE: setup,
      VERSION: version,
      VERSION_QUAD: versionQuad,
      PUBLISHER,
      APP_ID,
      RUN_KEY: hkcu(RUN_KEY),
      APPROVED_KEY: hkcu(APPROVED_KEY),
      LAUNCHER: LAUNCHER_NAME,
      SNORETOAST,
      STRINGS: join(work, 'strings.nsh'),
      PAYLOAD_ENTRIES: join(work, 'entries.nsh'),
      ...(signed ? { SIGN: `"${process.execPath}" "${SIGN_SCRIPT}"` } : {}),
    };
    // makensis' warnings go to stderr: stdout is for the one JSON line.
    execFileSync('makensis', ['-V2', '-WX', '-INPUTCHARSET', 'UTF8', ...Object.entries(defines).map(([name, value]) => `-D${name}=${value}`), SCRIPT], {
      stdio: ['ignore', process.stderr, 'inherit'],
    });
    const sizes = { setupBytes: statSync(setup).size, installedBytes: folderBytes(stage), nodeExeBytes: statSync(join(stage, 'node.exe')).size };
    return { setup, version, ...sizes, ...staged, signed };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The bundle's and esbuild's paths are relative to the repository.
  process.chdir(ROOT);
  const { values } = parseArgs({ options: { version: { type: 'string' }, out: { type: 'string' } } });
  const version = values.version ?? JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const result = await packageWindows({ version, outDir: resolve(values.out ?? join(ROOT, 'dist')) });
  console.log(JSON.stringify(result));
}
