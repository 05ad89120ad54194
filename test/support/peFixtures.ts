// Real Windows executables for the inspector's tests, generated with resedit: an empty PE plus a
// version resource with the strings we assume the vendor writes (see PC_KASSA_FILE_CONVENTION), and
// damaged variants of them (peFuzz.ts makes many more).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ResEdit from 'resedit';

export type FixtureStrings = Record<string, string>;

const VENDOR = { CompanyName: 'Nutid AB', OriginalFilename: 'pckassaupp32.exe', InternalName: 'pckassaupp32' };

/** Version strings of each kind of file, as the vendor is assumed to write them. */
export const STRINGS = {
  fiscal: {
    ...VENDOR,
    ProductName: 'PC-Kassa 38,5',
    FileDescription: 'Uppdatering PC-Kassa 38,5',
    ProductVersion: '38,5',
    FileVersion: '38.5.0.0',
  },
  nonfiscal: {
    ...VENDOR,
    ProductName: 'PC-Kassa 38,05',
    FileDescription: 'Uppdatering PC-Kassa 38,05',
    ProductVersion: '38,05',
    FileVersion: '38.5.0.0',
  },
  norway: {
    ...VENDOR,
    ProductName: 'PC-Kassa 38,5 NORSK',
    FileDescription: 'Uppdatering PC-Kassa 38,5 NORSK',
    ProductVersion: '38,5 NORSK',
    FileVersion: '38.5.0.0',
  },
  olderFiscal: {
    ...VENDOR,
    ProductName: 'PC-Kassa 37,5',
    FileDescription: 'Uppdatering PC-Kassa 37,5',
    ProductVersion: '37,5',
    FileVersion: '37.5.0.0',
  },
  installer: {
    CompanyName: 'Nutid AB',
    ProductName: 'Nutid - PC Kassa',
    FileDescription: 'Installationsprogram PC-Kassa klient',
    ProductVersion: '38,5',
    FileVersion: '38.5.0.0',
    OriginalFilename: 'pckassaclient_nocc.exe',
  },
  notPcKassa: {
    CompanyName: 'Contoso Ltd',
    ProductName: 'Contoso Photo Viewer',
    FileDescription: 'Contoso Photo Viewer',
    ProductVersion: '2.1',
    FileVersion: '2.1.0.0',
    OriginalFilename: 'photoviewer.exe',
  },
} satisfies Record<string, FixtureStrings>;

export interface PeOptions {
  /** Version strings; null = no version resource at all. */
  strings: FixtureStrings | null;
  lang?: number;
  codepage?: number;
  /** Extra resource bytes (RCDATA), to make a file of a realistic size. */
  payloadBytes?: number;
}

export function makePe({ strings, lang = 1053, codepage = 1200, payloadBytes = 0 }: PeOptions): Buffer {
  const exe = ResEdit.NtExecutable.createEmpty(true, false);
  const resource = ResEdit.NtExecutableResource.from(exe);
  if (strings !== null) {
    const info = ResEdit.Resource.VersionInfo.createEmpty();
    info.lang = lang;
    const numbers = (strings.FileVersion ?? '0.0.0.0').split('.').map(Number);
    info.fixedInfo.fileVersionMS = ((numbers[0] ?? 0) << 16) | (numbers[1] ?? 0);
    info.fixedInfo.fileVersionLS = ((numbers[2] ?? 0) << 16) | (numbers[3] ?? 0);
    info.setStringValues({ lang, codepage }, strings);
    info.outputToResourceEntries(resource.entries);
  }
  if (payloadBytes > 0) {
    const payload = new Uint8Array(payloadBytes).map((_, i) => (i * 31) & 0xff);
    resource.entries.push({ type: 10, id: 1, lang, codepage, bin: payload.buffer });
  }
  resource.outputResource(exe);
  return Buffer.from(exe.generate());
}

export function fixtureDir(prefix = 'kassavakt-pe-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writePe(dir: string, name: string, options: PeOptions): string {
  const path = join(dir, name);
  writeFileSync(path, makePe(options));
  return path;
}

/** The real executables that npm packages ship: Windows programs that are not PC-Kassa. */
export const REAL_EXECUTABLES = [
  'node_modules/systray2/traybin/tray_windows_release.exe',
  'node_modules/node-notifier/vendor/snoreToast/snoretoast-x64.exe',
  'node_modules/node-notifier/vendor/snoreToast/snoretoast-x86.exe',
  'node_modules/node-notifier/vendor/notifu/notifu.exe',
  'node_modules/node-notifier/vendor/notifu/notifu64.exe',
];

/** A signed file whose signature the download did not finish: the certificate table points past the end. */
export function withCertificatePastEnd(pe: Buffer): Buffer {
  const copy = Buffer.from(pe);
  const bin = copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.byteLength);
  const dos = ResEdit.Format.ImageDosHeader.from(bin);
  const nt = ResEdit.Format.ImageNtHeaders.from(bin, dos.newHeaderAddress);
  nt.optionalHeaderDataDirectory.set(ResEdit.Format.ImageDirectoryEntry.Certificate, { virtualAddress: copy.length, size: 4096 });
  return Buffer.from(bin);
}

/**
 * Where the version-resource entry named `key` starts (its wLength; wValueLength and wType follow), in
 * a file made by makePe. Keys: VS_VERSION_INFO, StringFileInfo, the table (`041d04b0`), the string
 * names, VarFileInfo, Translation.
 */
export function versionEntryAt(pe: Buffer, key: string): number {
  const at = pe.indexOf(Buffer.from(`${key}\0`, 'utf16le'));
  if (at < 6) throw new Error(`no version entry ${key}`);
  return at - 6;
}

/** A String entry whose wLength is 0, as the fuzzer of issue 13 found it: resedit never got past it. */
export function withZeroLengthString(pe: Buffer, key = 'CompanyName'): Buffer {
  const copy = Buffer.from(pe);
  copy.writeUInt16LE(0, versionEntryAt(copy, key));
  return copy;
}
