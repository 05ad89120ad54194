// Reads the version strings (VS_VERSIONINFO) of a Windows executable, touching only the headers, the
// resource directory and the version resource: an installer of hundreds of MB costs a few KB of reads.
// pe-library parses the headers (fixed-size views); the directory walk and the version resource are
// ours, bounded: pe-library wants the whole file in memory, and resedit's parser can loop forever.
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { Format } from 'pe-library';
import { VERSION_STRING_KEYS, type FileReading, type VersionStrings } from '../core/updateFile.js';
import { DamagedVersionResource, parseVersionResource, type VersionResource } from './versionResource.js';

/** Larger files are not read at all (a PC-Kassa update file is tens of MB). */
const MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface VersionInfoRead {
  reading: FileReading;
  size: number | null;
  /** Bytes actually read from the file. */
  bytesRead: number;
}

const RT_VERSION = 16;
const MAX_SECTIONS = 96;
const MAX_DIRECTORY_ENTRIES = 4096;
/** Names and languages looked at under RT_VERSION, and version resources read: a real file has one. */
const MAX_VERSION_DIRECTORY_ENTRIES = 16;
const MAX_VERSION_RESOURCES = 8;
const MAX_VERSION_RESOURCE_BYTES = 1024 * 1024;
/** Without O_NONBLOCK, opening a FIFO waits for a writer (Windows has no such flag and no such wait). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** Swedish, Norwegian bokmål, nynorsk, English (US), neutral: the string table read first. */
const PREFERRED_LANGS = [1053, 1044, 2068, 1033, 0];

class Truncated extends Error {}
class Damaged extends Error {}

export async function readVersionInfo(path: string): Promise<VersionInfoRead> {
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    return { reading: openProblem(error), size: null, bytesRead: 0 };
  }
  const file = new RandomAccessFile(handle);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { reading: { status: 'notAFile' }, size: null, bytesRead: 0 };
    const size = stats.size;
    file.size = size;
    if (size === 0) return { reading: { status: 'empty' }, size, bytesRead: 0 };
    if (size > MAX_FILE_BYTES) return { reading: { status: 'tooLarge', size, limit: MAX_FILE_BYTES }, size, bytesRead: 0 };
    const reading = await readFromPe(file);
    return { reading, size, bytesRead: file.bytesRead };
  } catch (error) {
    return { reading: unreadable(error), size: file.size, bytesRead: file.bytesRead };
  } finally {
    await handle.close();
  }
}

/**
 * Why `path` cannot be inspected, seen without opening it: missing, or not a regular file (a folder,
 * a FIFO, a device). Null for a regular file. `readVersionInfo` applies the same rule to what it opens.
 */
export async function pathProblem(path: string): Promise<FileReading | null> {
  try {
    return (await stat(path)).isFile() ? null : { status: 'notAFile' };
  } catch (error) {
    return openProblem(error);
  }
}

function openProblem(error: unknown): FileReading {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'missing' };
  if (code === 'EISDIR') return { status: 'notAFile' };
  return unreadable(error);
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
    const resources = await versionResources(file);
    if (resources === null) return { status: 'noVersionResource' };
    return versionStrings(resources.map(parseVersionResource));
  } catch (error) {
    if (error instanceof NotPe) return { status: 'notPe' };
    if (error instanceof Truncated) return { status: 'truncated' };
    if (error instanceof Damaged || error instanceof DamagedVersionResource || error instanceof RangeError) return { status: 'damaged' };
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

async function versionResources(file: RandomAccessFile): Promise<ArrayBuffer[] | null> {
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
  const rawEnd = sections.reduce((end, s) => (s.sizeOfRawData > 0 ? Math.max(end, s.pointerToRawData + s.sizeOfRawData) : end), 0);
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
  return readVersionResources(file, toOffset(resource.virtualAddress), toOffset);
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

/** Walks type 16 (RT_VERSION) → name → language and reads the first few version resources. */
async function readVersionResources(
  file: RandomAccessFile,
  root: number,
  toOffset: (rva: number) => number,
): Promise<ArrayBuffer[] | null> {
  const types = await readDirectory(file, root, 0);
  const versionType = types.find((e) => e.id === RT_VERSION && e.isDirectory);
  if (!versionType) return null;
  const resources: ArrayBuffer[] = [];
  const names = await readDirectory(file, root, versionType.offset);
  for (const name of names.slice(0, MAX_VERSION_DIRECTORY_ENTRIES)) {
    if (!name.isDirectory) continue;
    const langs = await readDirectory(file, root, name.offset);
    for (const lang of langs.slice(0, MAX_VERSION_DIRECTORY_ENTRIES)) {
      if (lang.isDirectory) continue;
      const data = new DataView(await file.readAt(root + lang.offset, 16));
      const size = data.getUint32(4, true);
      if (size > MAX_VERSION_RESOURCE_BYTES) throw new Damaged();
      resources.push(await file.readAt(toOffset(data.getUint32(0, true)), size));
      if (resources.length === MAX_VERSION_RESOURCES) return resources;
    }
  }
  return resources.length > 0 ? resources : null;
}

function versionStrings(resources: readonly VersionResource[]): FileReading {
  const rank = (lang: number) => (PREFERRED_LANGS.includes(lang) ? PREFERRED_LANGS.indexOf(lang) : PREFERRED_LANGS.length);
  const tables = resources.flatMap((resource) => resource.tables).sort((a, b) => rank(a.lang) - rank(b.lang));
  const strings: VersionStrings = {};
  for (const table of tables) {
    for (const key of VERSION_STRING_KEYS) {
      const value = table.strings.get(key);
      if (strings[key] === undefined && value !== undefined && value.trim() !== '') strings[key] = value;
    }
  }
  const numbers = resources[0]!.fileVersion;
  return { status: 'ok', strings, fixedFileVersion: numbers && numbers.some((n) => n !== 0) ? numbers.join('.') : null };
}
