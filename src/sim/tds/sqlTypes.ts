// The SQL Server column types the sim returns, and how one value of each is written in a ROW token
// ([MS-TDS] 2.2.5.4 TYPE_INFO, 2.2.5.5 data).
export type SqlType =
  | { kind: 'int' }
  | { kind: 'bigint' }
  | { kind: 'bit' }
  | { kind: 'float' }
  | { kind: 'datetime' }
  | { kind: 'datetime2' }
  | { kind: 'nvarchar'; length: number | 'max' }
  | { kind: 'varchar'; length: number | 'max' }
  | { kind: 'varbinary'; length: number | 'max' };

export type SqlValue = number | bigint | string | Buffer | null;

/** Finnish_Swedish_CI_AS (LCID 0x041D, ignore case/kana/width), as a Swedish PC-Kassa install has. */
export const COLLATION = Buffer.from([0x1d, 0x04, 0xd0, 0x00, 0x00]);

const TYPE = {
  intN: 0x26,
  bitN: 0x68,
  fltN: 0x6d,
  dateTimeN: 0x6f,
  dateTime2N: 0x2a,
  nvarchar: 0xe7,
  bigVarChar: 0xa7,
  bigVarBinary: 0xa5,
} as const;

const MAX_LENGTH = 0xffff;
const DATETIME2_SCALE = 7;
const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1900, 0, 1);
const EPOCH_0001 = new Date(0).setUTCFullYear(1, 0, 1); // Date.UTC would map year 1 to 1901

/** Parses a SQL Server type name as declared in the schema, e.g. `nvarchar(64)`; undefined if unknown. */
export function parseTypeName(declared: string | null | undefined): SqlType | undefined {
  if (!declared) return undefined;
  const m = /^\s*(\w+)\s*(?:\(\s*(max|\d+)\s*\))?/i.exec(declared);
  if (!m) return undefined;
  const name = m[1]!.toLowerCase();
  const size = m[2] === undefined ? undefined : m[2].toLowerCase() === 'max' ? 'max' : Number(m[2]);
  switch (name) {
    case 'int':
    case 'smallint':
    case 'tinyint':
      return { kind: 'int' };
    case 'bigint':
      return { kind: 'bigint' };
    case 'bit':
      return { kind: 'bit' };
    case 'float':
    case 'real':
      return { kind: 'float' };
    case 'datetime':
    case 'smalldatetime':
      return { kind: 'datetime' };
    case 'datetime2':
    case 'date':
      return { kind: 'datetime2' };
    case 'nvarchar':
    case 'nchar':
    case 'sysname':
      return { kind: 'nvarchar', length: name === 'sysname' ? 128 : (size ?? 1) };
    case 'varchar':
    case 'char':
      return { kind: 'varchar', length: size ?? 1 };
    case 'varbinary':
    case 'binary':
      return { kind: 'varbinary', length: size ?? 1 };
    default:
      return undefined;
  }
}

function isPlp(type: SqlType): boolean {
  return 'length' in type && (type.length === 'max' || byteLength(type) > 8000);
}

function byteLength(type: Extract<SqlType, { length: unknown }>): number {
  if (type.length === 'max') return MAX_LENGTH;
  return type.kind === 'nvarchar' ? type.length * 2 : type.length;
}

export function typeInfo(type: SqlType): Buffer {
  switch (type.kind) {
    case 'int':
      return Buffer.from([TYPE.intN, 4]);
    case 'bigint':
      return Buffer.from([TYPE.intN, 8]);
    case 'bit':
      return Buffer.from([TYPE.bitN, 1]);
    case 'float':
      return Buffer.from([TYPE.fltN, 8]);
    case 'datetime':
      return Buffer.from([TYPE.dateTimeN, 8]);
    case 'datetime2':
      return Buffer.from([TYPE.dateTime2N, DATETIME2_SCALE]);
    default: {
      const head = Buffer.alloc(3);
      head[0] = type.kind === 'nvarchar' ? TYPE.nvarchar : type.kind === 'varchar' ? TYPE.bigVarChar : TYPE.bigVarBinary;
      head.writeUInt16LE(isPlp(type) ? MAX_LENGTH : byteLength(type), 1);
      return type.kind === 'varbinary' ? head : Buffer.concat([head, COLLATION]);
    }
  }
}

/**
 * The ROW-token form of text values (names, versions, dates as SQLite keeps them) by type: every
 * poll sends the same ones again. Shared, never written to; emptied when it grows past the limit.
 */
const encodedText: Record<'nvarchar' | 'varchar' | 'datetime' | 'datetime2', Map<string, Buffer>> = {
  nvarchar: new Map(),
  varchar: new Map(),
  datetime: new Map(),
  datetime2: new Map(),
};
const ENCODED_TEXT_LIMIT = 10_000;

/** A value in its ROW-token form. */
export function encodeValue(type: SqlType, value: SqlValue): Buffer {
  if (typeof value !== 'string' || !(type.kind in encodedText) || isPlp(type)) return encodeFresh(type, value);
  const known = encodedText[type.kind as keyof typeof encodedText];
  let encoded = known.get(value);
  if (encoded === undefined) {
    if (known.size >= ENCODED_TEXT_LIMIT) known.clear();
    known.set(value, (encoded = encodeFresh(type, value)));
  }
  return encoded;
}

/** One allocation for the common types. */
function encodeFresh(type: SqlType, value: SqlValue): Buffer {
  if (value === null) return encodeNull(type);
  switch (type.kind) {
    case 'int': {
      const b = Buffer.allocUnsafe(5);
      b[0] = 4;
      b.writeInt32LE(Number(value), 1);
      return b;
    }
    case 'bigint': {
      const b = Buffer.allocUnsafe(9);
      b[0] = 8;
      if (typeof value === 'number' && Number.isSafeInteger(value)) {
        // Two 32-bit halves: no BigInt for the sizes and byte counts a poll reads.
        b.writeUInt32LE(value >>> 0, 1);
        b.writeInt32LE(Math.floor(value / 2 ** 32), 5);
      } else b.writeBigInt64LE(BigInt(typeof value === 'number' ? Math.trunc(value) : (value as bigint | string)), 1);
      return b;
    }
    case 'bit':
      return Buffer.from([1, Number(value) ? 1 : 0]);
    case 'float': {
      const b = Buffer.allocUnsafe(9);
      b[0] = 8;
      b.writeDoubleLE(Number(value), 1);
      return b;
    }
    case 'datetime':
      return encodeDateTime(toDate(value));
    case 'datetime2':
      return encodeDateTime2(toDate(value));
    default: {
      if (!Buffer.isBuffer(value) && !isPlp(type)) {
        // A length and the characters: UTF-16 code units (2 bytes each) or latin1 bytes.
        const text = String(value);
        const width = type.kind === 'nvarchar' ? 2 : 1;
        const b = Buffer.allocUnsafe(2 + text.length * width);
        b.writeUInt16LE(text.length * width, 0);
        b.write(text, 2, width === 2 ? 'utf16le' : 'latin1');
        return b;
      }
      const bytes = Buffer.isBuffer(value) ? value : Buffer.from(String(value), type.kind === 'nvarchar' ? 'utf16le' : 'latin1');
      if (isPlp(type)) {
        const total = Buffer.alloc(8);
        total.writeBigUInt64LE(BigInt(bytes.length));
        const chunkLength = Buffer.alloc(4);
        chunkLength.writeUInt32LE(bytes.length);
        return bytes.length === 0 ? Buffer.concat([total, Buffer.alloc(4)]) : Buffer.concat([total, chunkLength, bytes, Buffer.alloc(4)]);
      }
      const len = Buffer.alloc(2);
      len.writeUInt16LE(bytes.length);
      return Buffer.concat([len, bytes]);
    }
  }
}

// Shared, never written to: callers copy them into the token they build.
const NULL_FIXED = Buffer.from([0]);
const NULL_VARIABLE = Buffer.from([0xff, 0xff]);
const NULL_PLP = Buffer.alloc(8, 0xff);

function encodeNull(type: SqlType): Buffer {
  if ('length' in type) return isPlp(type) ? NULL_PLP : NULL_VARIABLE;
  return NULL_FIXED;
}

/** Dates are kept in SQLite as text without a zone, meaning UTC (tedious' default useUTC). */
const SIM_DATE_TEXT = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/;

export function toDate(value: SqlValue): Date {
  if (typeof value === 'number' || typeof value === 'bigint') return new Date(Number(value));
  // The sim's own form (sqlDateText, localDateText), as nearly every stored date is.
  if (typeof value === 'string' && SIM_DATE_TEXT.test(value)) return new Date(`${value.slice(0, 10)}T${value.slice(11)}Z`);
  const text = String(value).trim();
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/i.test(text);
  const date = new Date(hasZone ? text : `${text.replace(' ', 'T')}${text.length <= 10 ? 'T00:00:00' : ''}Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Conversion failed when converting date and/or time from character string.`);
  return date;
}

function encodeDateTime(date: Date): Buffer {
  const ms = date.getTime() - EPOCH_1900;
  const days = Math.floor(ms / MS_PER_DAY);
  const ticks = Math.round(((ms - days * MS_PER_DAY) * 300) / 1000);
  const b = Buffer.alloc(9);
  b[0] = 8;
  b.writeInt32LE(days, 1);
  b.writeUInt32LE(ticks, 5);
  return b;
}

function encodeDateTime2(date: Date): Buffer {
  const ms = date.getTime() - EPOCH_0001;
  const days = Math.floor(ms / MS_PER_DAY);
  const time = (ms - days * MS_PER_DAY) * 10_000; // 100 ns units (scale 7): below 2^40, exact as a double
  const b = Buffer.alloc(9);
  b[0] = 8;
  b.writeUIntLE(time, 1, 5);
  b.writeUIntLE(days, 6, 3);
  return b;
}

/** The SQL Server text form of a date kept in SQLite: `YYYY-MM-DD HH:MM:SS.mmm` in UTC. */
export function sqlDateText(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
