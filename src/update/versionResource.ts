// Reads the string tables and the file version out of a VS_VERSIONINFO resource. Our own reader
// because resedit's loops forever on an entry of length 0 (issue 13): here every entry's length is
// checked against its parent, every step moves forward by at least one header, and entries are counted.

/** A VS_VERSIONINFO that cannot be read as one: lengths that do not fit, a wrong root, too many entries. */
export class DamagedVersionResource extends Error {}

export interface StringTable {
  lang: number;
  codepage: number;
  /** A Map, so that a key like `__proto__` from the file is just a key. */
  strings: Map<string, string>;
}

export interface VersionResource {
  tables: StringTable[];
  /** The four numbers of VS_FIXEDFILEINFO's file version; null without a valid fixed part. */
  fileVersion: [number, number, number, number] | null;
}

/** wLength, wValueLength, wType. */
const HEADER_BYTES = 6;
/** A real version resource has a few dozen entries; 64 KB of the smallest entries would be ~10,000. */
const MAX_ENTRIES = 1024;
const FIXED_FILE_INFO_BYTES = 52;
const FIXED_FILE_INFO_SIGNATURE = 0xfeef04bd;
const TABLE_KEY = /^[0-9a-f]{8}$/i;

interface Entry {
  key: string;
  valueLength: number;
  /** Where the value starts (after the key and its padding), never past `end`. */
  valueStart: number;
  end: number;
}

export function parseVersionResource(bin: ArrayBuffer): VersionResource {
  const reader = new EntryReader(bin);
  const root = reader.entry(0, bin.byteLength);
  if (root.key !== 'VS_VERSION_INFO') throw new DamagedVersionResource('root');
  const valueEnd = root.valueStart + root.valueLength;
  if (valueEnd > root.end) throw new DamagedVersionResource('fixed info');
  const tables: StringTable[] = [];
  for (const child of reader.children(valueEnd, root.end)) {
    if (child.key !== 'StringFileInfo') continue; // VarFileInfo and unknown blocks say nothing we use
    for (const table of reader.children(child.valueStart + child.valueLength, child.end)) {
      if (!TABLE_KEY.test(table.key)) continue;
      const id = Number.parseInt(table.key, 16);
      const strings = new Map<string, string>();
      for (const string of reader.children(table.valueStart + table.valueLength, table.end)) {
        strings.set(string.key, string.valueLength === 0 ? '' : reader.text(string.valueStart, string.end));
      }
      tables.push({ lang: id >>> 16, codepage: id & 0xffff, strings });
    }
  }
  return { tables, fileVersion: fixedFileVersion(reader.view, root) };
}

function fixedFileVersion(view: DataView, root: Entry): VersionResource['fileVersion'] {
  if (root.valueLength < FIXED_FILE_INFO_BYTES) return null;
  if (view.getUint32(root.valueStart, true) !== FIXED_FILE_INFO_SIGNATURE) return null;
  const ms = view.getUint32(root.valueStart + 8, true);
  const ls = view.getUint32(root.valueStart + 12, true);
  return [ms >>> 16, ms & 0xffff, ls >>> 16, ls & 0xffff];
}

const align4 = (offset: number) => (offset + 3) & ~3;

class EntryReader {
  readonly view: DataView;
  private readonly utf16 = new TextDecoder('utf-16le');
  private entries = 0;

  constructor(private readonly bin: ArrayBuffer) {
    this.view = new DataView(bin);
  }

  /** The entry at `start`, which must lie wholly inside its parent (which ends at `parentEnd`). */
  entry(start: number, parentEnd: number): Entry {
    if (++this.entries > MAX_ENTRIES) throw new DamagedVersionResource('too many entries');
    if (start + HEADER_BYTES > parentEnd) throw new DamagedVersionResource('header');
    const length = this.view.getUint16(start, true);
    const end = start + length;
    if (length < HEADER_BYTES || end > parentEnd) throw new DamagedVersionResource('length');
    const keyEnd = this.terminator(start + HEADER_BYTES, end);
    if (keyEnd === null) throw new DamagedVersionResource('key');
    return {
      key: this.utf16.decode(new Uint8Array(this.bin, start + HEADER_BYTES, keyEnd - start - HEADER_BYTES)),
      valueLength: this.view.getUint16(start + 2, true),
      valueStart: Math.min(align4(keyEnd + 2), end),
      end,
    };
  }

  /** The entries from `first` (rounded up to 4) to `end`; each step moves past a whole entry. */
  *children(first: number, end: number): Generator<Entry> {
    let at = align4(first);
    // Fewer bytes than a header left: the parent's padding, not an entry.
    while (end - at >= HEADER_BYTES) {
      const child = this.entry(at, end);
      yield child;
      at = align4(child.end);
    }
  }

  /** UTF-16 text from `start` up to its terminating zero or `end`, whichever comes first. */
  text(start: number, end: number): string {
    const stop = this.terminator(start, end) ?? start + ((end - start) & ~1);
    return this.utf16.decode(new Uint8Array(this.bin, start, stop - start));
  }

  /** The offset of the first zero UTF-16 unit in [start, end), or null. */
  private terminator(start: number, end: number): number | null {
    for (let at = start; at + 2 <= end; at += 2) if (this.view.getUint16(at, true) === 0) return at;
    return null;
  }
}
