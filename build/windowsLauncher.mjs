// Builds Kassavakt.exe (build/windows/launcher.c) with Debian's mingw-w64: a GUI-subsystem program,
// so Windows opens no console window for it, that starts the tray's node.exe without one either.
// Its Node options come from src/tray/nodeOptions.ts and its one error text from the catalog.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSource } from './importSource.mjs';

const SOURCE = fileURLToPath(new URL('./windows/launcher.c', import.meta.url));
const TOOLCHAIN = 'x86_64-w64-mingw32';

/** A C wide-string literal: ASCII as is, everything else as a universal character name. */
function cWide(text) {
  let out = 'L"';
  for (const char of text) {
    const code = char.codePointAt(0);
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else out += code > 0xffff ? `\\U${code.toString(16).padStart(8, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

/** `1.2.3` (a pre-release suffix ignored) as Windows' four numbers. */
export function versionNumbers(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) throw new Error(`version ${version} is not MAJOR.MINOR.PATCH`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), 0];
}

/** Compiles the launcher into `outFile`, with `iconFile` as its icon and `version` in its version resource. */
export async function buildLauncher({ outFile, iconFile, version, publisher }) {
  const { TRAY_NODE_OPTIONS } = await importSource('src/tray/nodeOptions.ts');
  const { t } = await importSource('src/core/i18n.ts');
  for (const option of TRAY_NODE_OPTIONS) if (!/^--[\w-]+(=[\w.-]+)?$/.test(option)) throw new Error(`cannot put Node option ${option} on a command line unquoted`);
  const work = mkdtempSync(join(tmpdir(), 'kassavakt-launcher-'));
  try {
    writeFileSync(
      join(work, 'texts.h'),
      [
        `#define NODE_OPTIONS ${cWide(TRAY_NODE_OPTIONS.join(' '))}`,
        ...['sv', 'nb', 'en'].map((lang) => `#define CANNOT_START_${lang.toUpperCase()} ${cWide(t(lang, 'installer.launcher.cannotStart'))}`),
        '',
      ].join('\n'),
    );
    copyFileSync(iconFile, join(work, 'kassavakt.ico'));
    const numbers = versionNumbers(version).join(',');
    const strings = { CompanyName: publisher, FileDescription: 'Kassavakt', FileVersion: version, InternalName: 'Kassavakt', OriginalFilename: 'Kassavakt.exe', ProductName: 'Kassavakt', ProductVersion: version };
    writeFileSync(
      join(work, 'launcher.rc'),
      [
        '#include <winver.h>',
        '1 ICON "kassavakt.ico"',
        '1 24 "launcher.manifest"',
        '1 VERSIONINFO',
        `FILEVERSION ${numbers}`,
        `PRODUCTVERSION ${numbers}`,
        'FILEOS VOS_NT_WINDOWS32',
        'FILETYPE VFT_APP',
        'BEGIN',
        '  BLOCK "StringFileInfo"',
        '  BEGIN',
        '    BLOCK "041D04B0"',
        '    BEGIN',
        ...Object.entries(strings).map(([key, value]) => `      VALUE "${key}", "${value.replace(/"/g, '""')}"`),
        '    END',
        '  END',
        '  BLOCK "VarFileInfo"',
        '  BEGIN',
        '    VALUE "Translation", 0x041D, 1200',
        '  END',
        'END',
        '',
      ].join('\n'),
    );
    // asInvoker: never a UAC prompt for the tray; Windows 10 compatibility so it is not treated as legacy.
    writeFileSync(
      join(work, 'launcher.manifest'),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">
  <assemblyIdentity type="win32" name="Kassavakt.Launcher" version="${versionNumbers(version).join('.')}"/>
  <trustInfo xmlns="urn:schemas-microsoft-com:asm.v3"><security><requestedPrivileges>
    <requestedExecutionLevel level="asInvoker" uiAccess="false"/>
  </requestedPrivileges></security></trustInfo>
  <compatibility xmlns="urn:schemas-microsoft-com:compatibility.v1"><application>
    <supportedOS Id="{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}"/>
  </application></compatibility>
</assembly>
`,
    );
    execFileSync(`${TOOLCHAIN}-windres`, ['launcher.rc', '-O', 'coff', '-o', 'resources.o'], { cwd: work, stdio: 'inherit' });
    execFileSync(
      `${TOOLCHAIN}-gcc`,
      ['-municode', '-mwindows', '-Os', '-s', '-Wall', '-Wextra', '-Werror', '-Wl,--no-insert-timestamp', '-include', 'texts.h', '-o', 'Kassavakt.exe', SOURCE, 'resources.o'],
      { cwd: work, stdio: 'inherit' },
    );
    copyFileSync(join(work, 'Kassavakt.exe'), outFile);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
