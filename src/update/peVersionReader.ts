// Reads the version strings (VS_VERSIONINFO) of a Windows executable, touching only the headers, the
// resource directory and the version resource: an installer of hundreds of MB costs a few KB of reads.
// pe-library parses the headers, resedit parses the version resource; the directory walk is ours
// because both libraries want the whole file in memory.
import { open, type FileHandle } from 'node:fs/promises';
import { Format, type Type } from 'pe-library';
import { Resource } from 'resedit';
import { VERSION_STRING_KEYS, type FileReading, type VersionStrings } from '../core/updateFile.js';

export const DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface ReadOptions {
  /** Larger files are not read at all (a PC-Kassa update file is tens of MB). */
  maxFileBytes?: number;
}

export interface VersionInfoRead {
  reading: FileReading;
  size: number | null;
  /** Bytes actually read from the file. */
  bytesRead: number;
}

const RT_VERSION = 16;
const MAX_SECTIONS = 96;
const MAX_DIRECTORY_ENTRIES = 4096;
const MAX_VERSION_RESOURCE_BYTES = 1024 * 1024;
/** Swedish, Norwegian bokmål, nynorsk, English (US), neutral: the string table read first. */
const PREFERRED_LANGS = [1053, 1044, 2068, 1033, 0];

class Truncated extends Error {}
class Damaged extends Error {}

export async function readVersionInfo(path: string, options: ReadOptions = {}): Promise<VersionInfoRead> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return { reading: unreadable(error), size: null, bytesRead: 0 };
  }
  const file = new RandomAccessFile(handle);
  try {
    const size = (await handle.stat()).size;
    file.size = size;
    if (size === 0) return { reading: { status: 'empty' }, size, bytesRead: 0 };
    if (size > maxFileBytes) return { reading: { status: 'tooLarge', size, limit: maxFileBytes }, size, bytesRead: 0 };
    const reading = await readFromPe(file);
    return { reading, size, bytesRead: file.bytesRead };
  } catch (error) {
    return { reading: unreadable(error), size: file.size, bytesRead: file.bytesRead };
  } finally {
    await handle.close();
  }
}

function unreadable(error: unknown): FileReading {
  return { status: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
}

class RandomAccessFile {
  size = 0;
  bytesRead = 0;
  constructor(private readonly handle: FileHandle) {}

  /** Exactly `length` bytes at `offset`, or Truncated when the file ends before. */
  async readAt(offset: number, length: number): Promise<ArrayBuffer> {
    if (offset + length > this.size) throw new Truncated();
    const buffer = new ArrayBuffer(length);
    const { bytesRead } = await this.handle.read(new Uint8Array(buffer), 0, length, offset);
    this.bytesRead += bytesRead;
    if (bytesRead < length) throw new Truncated();
    return buffer;
  }
}

async function readFromPe(file: RandomAccessFile): Promise<FileReading> {
  try {
    const entries = await versionResourceEntries(file);
    if (entries === null) return { status: 'noVersionResource' };
    return versionStrings(entries);
  } catch (error) {
    if (error instanceof NotPe) return { status: 'notPe' };
    if (error instanceof Truncated) return { status: 'truncated' };
    if (error instanceof Damaged || error instanceof RangeError) return { status: 'damaged' };
    throw error;
  }
}

class NotPe extends Error {}

interface Section {
  virtualAddress: number;
  virtualSize: number;
  pointerToRawData: number;
  sizeOfRawData: number;
}

async function versionResourceEntries(file: RandomAccessFile): Promise<Type.ResourceEntry[] | null> {
  const mz = new Uint8Array(await file.readAt(0, Math.min(2, file.size)));
  if (mz[0] !== 0x4d || (mz.length > 1 && mz[1] !== 0x5a)) throw new NotPe();
  const dos = Format.ImageDosHeader.from(await file.readAt(0, 64));
  const ntOffset = dos.newHeaderAddress;
  // Real PE headers start within the first KB; a far-off pointer is an old DOS program, not a cut file.
  if (ntOffset < 64 || ntOffset > 0x1_0000) throw new NotPe();

  const fileHeaderBin = await file.readAt(ntOffset, 4 + Format.ImageFileHeader.size);
  if (new DataView(fileHeaderBin).getUint32(0, true) !== Format.ImageNtHeaders.DEFAULT_SIGNATURE) throw new NotPe();
  const fileHeader = Format.ImageFileHeader.from(fileHeaderBin, 4);
  const optionalSize = fileHeader.sizeOfOptionalHeader;
  const sectionCount = fileHeader.numberOfSections;
  if (sectionCount > MAX_SECTIONS) throw new Damaged();

  // Zero-padded so pe-library's fixed-size views fit even a short optional header.
  const ntBin = new ArrayBuffer(Math.max(4 + Format.ImageFileHeader.size + optionalSize, 4 + 20 + 240));
  new Uint8Array(ntBin).set(new Uint8Array(await file.readAt(ntOffset, 4 + Format.ImageFileHeader.size + optionalSize)));
  const nt = Format.ImageNtHeaders.from(ntBin, 0);
  const dataDirectoryCount = nt.optionalHeader.numberOfRvaAndSizes;
  const sectionBin = await file.readAt(ntOffset + 4 + Format.ImageFileHeader.size + optionalSize, sectionCount * 40);
  const sectionArray = Format.ImageSectionHeaderArray.from(sectionBin, sectionCount, 0);
  const sections: Section[] = [];
  sectionArray.forEach((s) => sections.push(s));

  // A download cut short loses its last sections or its signature: both are named in the headers.
  const rawEnd = Math.max(0, ...sections.filter((s) => s.sizeOfRawData > 0).map((s) => s.pointerToRawData + s.sizeOfRawData));
  const directories = nt.optionalHeaderDataDirectory;
  const certificate = dataDirectoryCount > Format.ImageDirectoryEntry.Certificate ? directories.get(Format.ImageDirectoryEntry.Certificate) : null;
  const certificateEnd = certificate && certificate.size > 0 ? certificate.virtualAddress + certificate.size : 0;
  if (rawEnd > file.size || certificateEnd > file.size) throw new Truncated();

  if (dataDirectoryCount <= Format.ImageDirectoryEntry.Resource) return null;
  const resource = directories.get(Format.ImageDirectoryEntry.Resource);
  if (resource.size === 0 || resource.virtualAddress === 0) return null;
  const toOffset = (rva: number): number => {
    const section = sections.find((s) => rva >= s.virtualAddress && rva < s.virtualAddress + Math.max(s.virtualSize, s.sizeOfRawData));
    if (!section || rva - section.virtualAddress >= section.sizeOfRawData) throw new Damaged();
    return section.pointerToRawData + (rva - section.virtualAddress);
  };
  return findVersionEntries(file, toOffset(resource.virtualAddress), toOffset);
}

interface DirectoryEntry {
  id: number | null;
  isDirectory: boolean;
  offset: number;
}

async function readDirectory(file: RandomAccessFile, root: number, relative: number): Promise<DirectoryEntry[]> {
  const head = new DataView(await file.readAt(root + relative, 16));
  const count = head.getUint16(12, true) + head.getUint16(14, true);
  if (count > MAX_DIRECTORY_ENTRIES) throw new Damaged();
  if (count === 0) return [];
  const view = new DataView(await file.readAt(root + relative + 16, count * 8));
  return Array.from({ length: count }, (_, i) => {
    const name = view.getUint32(i * 8, true);
    const target = view.getUint32(i * 8 + 4, true);
    return { id: name & 0x8000_0000 ? null : name, isDirectory: (target & 0x8000_0000) !== 0, offset: target & 0x7fff_ffff };
  });
}

/** Walks type 16 (RT_VERSION) → name → language and reads each version resource. */
async function findVersionEntries(
  file: RandomAccessFile,
  root: number,
  toOffset: (rva: number) => number,
): Promise<Type.ResourceEntry[] | null> {
  const types = await readDirectory(file, root, 0);
  const versionType = types.find((e) => e.id === RT_VERSION && e.isDirectory);
  if (!versionType) return null;
  const entries: Type.ResourceEntry[] = [];
  for (const name of await readDirectory(file, root, versionType.offset)) {
    if (!name.isDirectory) continue;
    for (const lang of await readDirectory(file, root, name.offset)) {
      if (lang.isDirectory) continue;
      const data = new DataView(await file.readAt(root + lang.offset, 16));
      const size = data.getUint32(4, true);
      if (size > MAX_VERSION_RESOURCE_BYTES) throw new Damaged();
      const bin = await file.readAt(toOffset(data.getUint32(0, true)), size);
      entries.push({ type: RT_VERSION, id: name.id ?? 0, lang: lang.id ?? 0, codepage: data.getUint32(8, true), bin });
    }
  }
  return entries.length > 0 ? entries : null;
}

function versionStrings(entries: readonly Type.ResourceEntry[]): FileReading {
  const infos = Resource.VersionInfo.fromEntries(entries);
  if (infos.length === 0) return { status: 'noVersionResource' };
  const strings: VersionStrings = {};
  const tables = infos.flatMap((info) => info.getAllLanguagesForStringValues().map((language) => ({ info, language })));
  const rank = (lang: number) => (PREFERRED_LANGS.includes(lang) ? PREFERRED_LANGS.indexOf(lang) : PREFERRED_LANGS.length);
  tables.sort((a, b) => rank(a.language.lang) - rank(b.language.lang));
  for (const { info, language } of tables) {
    const values = info.getStringValues(language);
    for (const key of VERSION_STRING_KEYS) {
      const value = values[key];
      if (strings[key] === undefined && typeof value === 'string' && value.trim() !== '') strings[key] = value.replace(/\0+$/, '');
    }
  }
  const fixed = infos[0]!.fixedInfo;
  const numbers = [fixed.fileVersionMS >>> 16, fixed.fileVersionMS & 0xffff, fixed.fileVersionLS >>> 16, fixed.fileVersionLS & 0xffff];
  return { status: 'ok', strings, fixedFileVersion: numbers.some((n) => n !== 0) ? numbers.join('.') : null };
}
