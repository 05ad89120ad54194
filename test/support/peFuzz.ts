// Crafted variants of a real PE (made by peFixtures) for the inspector's fuzz test: targeted zero and
// oversized values in the headers, the resource directory and every version-resource entry, and
// random byte flips. Seeded, so a failing file can be made again from the seed the test prints.
import { versionEntryAt } from './peFixtures.js';

export interface CraftedFile {
  /** What was changed, e.g. `CompanyName.wLength=0` or `random#17`. */
  name: string;
  bytes: Buffer;
}

/** The version-resource entries of a makePe file with Swedish strings, each a target. */
const VERSION_ENTRIES = [
  'VS_VERSION_INFO',
  'StringFileInfo',
  '041d04b0',
  'CompanyName',
  'OriginalFilename',
  'InternalName',
  'ProductName',
  'FileDescription',
  'ProductVersion',
  'FileVersion',
  'VarFileInfo',
  'Translation',
];

interface Field {
  name: string;
  offset: number;
  bytes: 2 | 4;
  values: number[];
}

export function craftedFiles(pe: Buffer, seed: number, randomCount: number): CraftedFile[] {
  const fields = [...headerFields(pe), ...versionFields(pe)];
  const targeted = fields.flatMap((field) =>
    field.values.map((value) => {
      const bytes = Buffer.from(pe);
      if (field.bytes === 2) bytes.writeUInt16LE(value, field.offset);
      else bytes.writeUInt32LE(value, field.offset);
      return { name: `${field.name}=${value}`, bytes };
    }),
  );
  const unterminated = VERSION_ENTRIES.map((key) => {
    const bytes = Buffer.from(pe);
    bytes.writeUInt16LE(0x41, versionEntryAt(pe, key) + 6 + 2 * key.length); // the key's closing zero
    return { name: `${key}.key unterminated`, bytes };
  });
  return [...targeted, ...unterminated, ...randomFlips(pe, seed, randomCount)];
}

/** Random flips: most inside the version resource, where the parsing is, the rest anywhere. */
function randomFlips(pe: Buffer, seed: number, count: number): CraftedFile[] {
  const random = mulberry32(seed);
  const below = (n: number) => Math.floor(random() * n);
  const start = versionEntryAt(pe, 'VS_VERSION_INFO');
  const length = pe.readUInt16LE(start);
  return Array.from({ length: count }, (_, i) => {
    const bytes = Buffer.from(pe);
    const flips = 1 + below(8);
    for (let f = 0; f < flips; f++) {
      const at = random() < 0.8 ? start + below(length) : below(pe.length);
      bytes[at] = random() < 0.3 ? [0x00, 0xff][below(2)]! : below(256);
    }
    return { name: `random#${i}`, bytes };
  });
}

function versionFields(pe: Buffer): Field[] {
  return VERSION_ENTRIES.flatMap((key) => {
    const at = versionEntryAt(pe, key);
    const length = pe.readUInt16LE(at);
    return [
      { name: `${key}.wLength`, offset: at, bytes: 2, values: [0, 1, 5, 6, 7, length - 2, length + 4, 0xffff] },
      { name: `${key}.wValueLength`, offset: at + 2, bytes: 2, values: [0, 1, 0xffff] },
      { name: `${key}.wType`, offset: at + 4, bytes: 2, values: [0, 2, 0xffff] },
    ] satisfies Field[];
  });
}

/** The PE header and resource directory fields that lead to the version resource (32-bit PE). */
function headerFields(pe: Buffer): Field[] {
  const nt = pe.readUInt32LE(0x3c);
  const sectionCount = pe.readUInt16LE(nt + 6);
  const optional = nt + 24;
  const sections = optional + pe.readUInt16LE(nt + 20);
  const resourceRva = pe.readUInt32LE(optional + 96 + 2 * 8);
  const fields: Field[] = [
    { name: 'e_lfanew', offset: 0x3c, bytes: 4, values: [0, pe.length - 2, 0xffffffff] },
    { name: 'NumberOfSections', offset: nt + 6, bytes: 2, values: [0, 0xffff] },
    { name: 'SizeOfOptionalHeader', offset: nt + 20, bytes: 2, values: [0, 0xffff] },
    { name: 'NumberOfRvaAndSizes', offset: optional + 92, bytes: 4, values: [0, 0xffffffff] },
    { name: 'Resource.VirtualAddress', offset: optional + 96 + 16, bytes: 4, values: [0, 1, 0xffffffff] },
    { name: 'Resource.Size', offset: optional + 96 + 20, bytes: 4, values: [0, 0xffffffff] },
  ];
  let resourceRoot = -1;
  for (let i = 0; i < sectionCount; i++) {
    const header = sections + 40 * i;
    const [virtualSize, virtualAddress, rawSize, rawPointer] = [8, 12, 16, 20].map((o) => pe.readUInt32LE(header + o)) as [number, number, number, number];
    fields.push(
      { name: `section${i}.VirtualSize`, offset: header + 8, bytes: 4, values: [0, 0xffffffff] },
      { name: `section${i}.SizeOfRawData`, offset: header + 16, bytes: 4, values: [0, 0xffffffff] },
      { name: `section${i}.PointerToRawData`, offset: header + 20, bytes: 4, values: [0, 0xffffffff] },
    );
    if (resourceRva >= virtualAddress && resourceRva < virtualAddress + Math.max(virtualSize, rawSize)) {
      resourceRoot = rawPointer + resourceRva - virtualAddress;
    }
  }
  if (resourceRoot < 0) throw new Error('fixture without a resource section');
  // Root → RT_VERSION (16) → name → language → data entry (RVA, size).
  const levels = ['types', 'names', 'langs'];
  let directory = resourceRoot;
  for (const [depth, level] of levels.entries()) {
    const count = pe.readUInt16LE(directory + 12) + pe.readUInt16LE(directory + 14);
    fields.push({ name: `${level}.count`, offset: directory + 14, bytes: 2, values: [0, 0xffff] });
    let entry = directory + 16;
    if (depth === 0) {
      while (entry < directory + 16 + 8 * count && pe.readUInt32LE(entry) !== 16) entry += 8;
    }
    // Pointing back at the root makes a loop for a walker that follows pointers without a depth.
    fields.push({ name: `${level}.entryOffset`, offset: entry + 4, bytes: 4, values: [0, 0x8000_0000, 0x7fff_ffff, 0xffff_ffff] });
    directory = resourceRoot + (pe.readUInt32LE(entry + 4) & 0x7fff_ffff);
  }
  fields.push(
    { name: 'data.OffsetToData', offset: directory, bytes: 4, values: [0, 0xffffffff] },
    { name: 'data.Size', offset: directory + 4, bytes: 4, values: [0, 1, 0x10_0001, 0xffffffff] },
  );
  return fields;
}

/** A small seeded generator (mulberry32): the same seed gives the same files. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
