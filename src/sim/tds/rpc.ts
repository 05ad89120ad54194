// RPC requests ([MS-TDS] 2.2.6.6): tedious runs every parameterised query (and mssql every query)
// as sp_executesql. The sim decodes the statement and the simple parameter types it needs.
import { sqlDateText } from './sqlTypes.js';

export type ParamValue = number | bigint | string | Buffer | null;

export interface RpcCall {
  /** Procedure name, or the well-known name for a ProcID (10 = sp_executesql). */
  procedure: string;
  params: Array<{ name: string; value: ParamValue }>;
}

const PROC_IDS: Record<number, string> = {
  1: 'sp_cursor', 2: 'sp_cursoropen', 3: 'sp_cursorprepare', 4: 'sp_cursorexecute', 5: 'sp_cursorprepexec',
  6: 'sp_cursorunprepare', 7: 'sp_cursorfetch', 8: 'sp_cursoroption', 9: 'sp_cursorclose',
  10: 'sp_executesql', 11: 'sp_prepare', 12: 'sp_execute', 13: 'sp_prepexec', 14: 'sp_prepexecrpc', 15: 'sp_unprepare',
};

export class UnsupportedParameterError extends Error {}

/** Skips ALL_HEADERS (a 4-byte total length that counts itself) when present. */
export function skipAllHeaders(payload: Buffer): number {
  if (payload.length < 4) return 0;
  const total = payload.readUInt32LE(0);
  // Before TDS 7.2 there are no headers and the payload starts with UTF-16 text, whose first four
  // bytes read as a length far beyond the payload.
  return total >= 4 && total <= payload.length ? total : 0;
}

export function parseRpc(payload: Buffer): RpcCall {
  let at = skipAllHeaders(payload);
  let procedure: string;
  const nameLength = payload.readUInt16LE(at);
  at += 2;
  if (nameLength === 0xffff) {
    const id = payload.readUInt16LE(at);
    at += 2;
    procedure = PROC_IDS[id] ?? `proc#${id}`;
  } else {
    procedure = payload.toString('utf16le', at, at + nameLength * 2);
    at += nameLength * 2;
  }
  at += 2; // OptionFlags
  const params: RpcCall['params'] = [];
  while (at < payload.length) {
    const nameChars = payload[at]!;
    const name = payload.toString('utf16le', at + 1, at + 1 + nameChars * 2);
    at += 1 + nameChars * 2 + 1; // name + StatusFlags
    const { value, next } = readTypedValue(payload, at);
    params.push({ name, value });
    at = next;
  }
  return { procedure, params };
}

function readTypedValue(buf: Buffer, at: number): { value: ParamValue; next: number } {
  const type = buf[at++]!;
  switch (type) {
    case 0x26: // INTN
    case 0x68: // BITN
    case 0x6d: // FLTN
    case 0x6f: {
      // DATETIMN
      at += 1; // max length
      const len = buf[at++]!;
      if (len === 0) return { value: null, next: at };
      return { value: readFixed(type, buf, at, len), next: at + len };
    }
    case 0x2a: {
      // DATETIME2N
      const scale = buf[at++]!;
      const len = buf[at++]!;
      if (len === 0) return { value: null, next: at };
      return { value: readDateTime2(buf, at, len, scale), next: at + len };
    }
    case 0xe7: // NVARCHAR
    case 0xef: // NCHAR
    case 0xa7: // BIGVARCHAR
    case 0xaf: // BIGCHAR
    case 0xa5: // BIGVARBINARY
    case 0xad: {
      // BIGBINARY
      const maxLength = buf.readUInt16LE(at);
      at += 2;
      if (type !== 0xa5 && type !== 0xad) at += 5; // collation
      const { bytes, next } = maxLength === 0xffff ? readPlp(buf, at) : readShortLength(buf, at);
      if (bytes === null) return { value: null, next };
      if (type === 0xa5 || type === 0xad) return { value: bytes, next };
      return { value: bytes.toString(type === 0xe7 || type === 0xef ? 'utf16le' : 'latin1'), next };
    }
    case 0x63: // NTEXT (FreeTDS ODBC sends prepared statement text so)
    case 0x23: // TEXT
    case 0x22: {
      // IMAGE
      at += 4; // max length
      if (type !== 0x22) at += 5; // collation
      const len = buf.readUInt32LE(at);
      at += 4;
      if (len === 0xffffffff) return { value: null, next: at };
      const bytes = buf.subarray(at, at + len);
      const value = type === 0x22 ? bytes : bytes.toString(type === 0x63 ? 'utf16le' : 'latin1');
      return { value, next: at + len };
    }
    default:
      throw new UnsupportedParameterError(`type 0x${type.toString(16)}`);
  }
}

function readFixed(type: number, buf: Buffer, at: number, len: number): ParamValue {
  if (type === 0x26) {
    if (len === 8) return buf.readBigInt64LE(at);
    return len === 4 ? buf.readInt32LE(at) : len === 2 ? buf.readInt16LE(at) : buf.readUInt8(at);
  }
  if (type === 0x68) return buf[at] ? 1 : 0;
  if (type === 0x6d) return len === 8 ? buf.readDoubleLE(at) : buf.readFloatLE(at);
  const days = len === 8 ? buf.readInt32LE(at) : buf.readUInt16LE(at);
  const fraction = len === 8 ? (buf.readUInt32LE(at + 4) * 1000) / 300 : buf.readUInt16LE(at + 2) * 60_000;
  return sqlDateText(new Date(Date.UTC(1900, 0, 1) + days * 86_400_000 + Math.round(fraction)));
}

function readDateTime2(buf: Buffer, at: number, len: number, scale: number): string {
  const timeLength = len - 3;
  const time = buf.readUIntLE(at, timeLength);
  const days = buf.readUIntLE(at + timeLength, 3);
  const ms = (time / 10 ** scale) * 1000;
  return sqlDateText(new Date(new Date(0).setUTCFullYear(1, 0, 1) + days * 86_400_000 + Math.round(ms)));
}

function readShortLength(buf: Buffer, at: number): { bytes: Buffer | null; next: number } {
  const len = buf.readUInt16LE(at);
  if (len === 0xffff) return { bytes: null, next: at + 2 };
  return { bytes: buf.subarray(at + 2, at + 2 + len), next: at + 2 + len };
}

function readPlp(buf: Buffer, at: number): { bytes: Buffer | null; next: number } {
  const total = buf.readBigUInt64LE(at);
  at += 8;
  if (total === 0xffffffffffffffffn) return { bytes: null, next: at };
  const chunks: Buffer[] = [];
  for (;;) {
    const len = buf.readUInt32LE(at);
    at += 4;
    if (len === 0) break;
    chunks.push(buf.subarray(at, at + len));
    at += len;
  }
  return { bytes: Buffer.concat(chunks), next: at };
}
