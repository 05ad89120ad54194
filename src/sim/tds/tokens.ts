// Server token builders ([MS-TDS] 2.2.7): the bytes of LOGINACK, ENVCHANGE, INFO/ERROR, DONE,
// COLMETADATA and ROW, each returned as one Buffer.
import { PROGRAM_NAME, SERVER_VERSION } from '../serverInfo.js';
import { COLLATION, encodeValue, typeInfo, type SqlType, type SqlValue } from './sqlTypes.js';

const TOKEN = {
  loginAck: 0xad,
  envChange: 0xe3,
  info: 0xab,
  error: 0xaa,
  done: 0xfd,
  doneProc: 0xfe,
  doneInProc: 0xff,
  returnStatus: 0x79,
  returnValue: 0xac,
  colMetadata: 0x81,
  row: 0xd1,
} as const;

export const DONE_STATUS = { final: 0x00, more: 0x01, error: 0x02, count: 0x10, attention: 0x20 } as const;
export const CUR_CMD = { select: 0xc1, set: 0xbe, use: 0xbf, none: 0x00 } as const;
export const TDS_7_4 = 0x74000004;

const ENV = { database: 1, language: 2, packetSize: 4, collation: 7 } as const;

export interface Column {
  name: string;
  type: SqlType;
}

function bVarChar(text: string): Buffer {
  const chars = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([text.length]), chars]);
}

function usVarChar(text: string): Buffer {
  const head = Buffer.alloc(2);
  head.writeUInt16LE(text.length);
  return Buffer.concat([head, Buffer.from(text, 'utf16le')]);
}

function withLength(token: number, body: Buffer): Buffer {
  const head = Buffer.alloc(3);
  head[0] = token;
  head.writeUInt16LE(body.length, 1);
  return Buffer.concat([head, body]);
}

export function loginAck(tdsVersion = TDS_7_4): Buffer {
  const fixed = Buffer.alloc(5);
  fixed[0] = 1; // SQL_TSQL interface
  fixed.writeUInt32BE(tdsVersion, 1);
  const version = Buffer.from([SERVER_VERSION.major, SERVER_VERSION.minor, SERVER_VERSION.build >> 8, SERVER_VERSION.build & 0xff]);
  return withLength(TOKEN.loginAck, Buffer.concat([fixed, bVarChar(PROGRAM_NAME), version]));
}

function envChange(type: number, newValue: Buffer, oldValue: Buffer): Buffer {
  return withLength(TOKEN.envChange, Buffer.concat([Buffer.from([type]), newValue, oldValue]));
}

export function databaseChange(database: string, previous = 'master'): Buffer {
  return envChange(ENV.database, bVarChar(database), bVarChar(previous));
}

export function languageChange(language: string): Buffer {
  return envChange(ENV.language, bVarChar(language), bVarChar(''));
}

export function packetSizeChange(size: number): Buffer {
  return envChange(ENV.packetSize, bVarChar(String(size)), bVarChar(String(size)));
}

export function collationChange(): Buffer {
  return envChange(ENV.collation, Buffer.concat([Buffer.from([COLLATION.length]), COLLATION]), Buffer.from([0]));
}

export interface ServerMessage {
  number: number;
  state: number;
  severity: number;
  text: string;
  line?: number;
}

function message(token: number, msg: ServerMessage, serverName: string): Buffer {
  const fixed = Buffer.alloc(6);
  fixed.writeUInt32LE(msg.number, 0);
  fixed[4] = msg.state;
  fixed[5] = msg.severity;
  const line = Buffer.alloc(4);
  line.writeUInt32LE(msg.line ?? 1);
  return withLength(token, Buffer.concat([fixed, usVarChar(msg.text), bVarChar(serverName), bVarChar(''), line]));
}

export function info(msg: ServerMessage, serverName: string): Buffer {
  return message(TOKEN.info, msg, serverName);
}

export function error(msg: ServerMessage, serverName: string): Buffer {
  return message(TOKEN.error, msg, serverName);
}

export type DoneKind = 'done' | 'doneInProc' | 'doneProc';

export function done(status: number, curCmd: number, rowCount = 0, kind: DoneKind = 'done'): Buffer {
  const b = Buffer.alloc(13);
  b[0] = TOKEN[kind];
  b.writeUInt16LE(status, 1);
  b.writeUInt16LE(curCmd, 3);
  // The row count as a 64-bit number in two halves (the upper one is 0 below 4 billion rows).
  b.writeUInt32LE(rowCount >>> 0, 5);
  b.writeUInt32LE(Math.floor(rowCount / 2 ** 32), 9);
  return b;
}

export function returnStatus(value: number): Buffer {
  const b = Buffer.alloc(5);
  b[0] = TOKEN.returnStatus;
  b.writeInt32LE(value, 1);
  return b;
}

/** RETURNVALUE for an int output parameter (the handle sp_prepexec / sp_prepare hand back). */
export function returnValue(ordinal: number, name: string, value: number): Buffer {
  const head = Buffer.alloc(3);
  head[0] = TOKEN.returnValue;
  head.writeUInt16LE(ordinal, 1);
  const status = Buffer.from([0x01, 0, 0, 0, 0, 0, 0]); // output parameter; UserType 0; Flags nullable below
  status.writeUInt16LE(FLAG_NULLABLE, 5);
  return Buffer.concat([head, bVarChar(name), status, typeInfo({ kind: 'int' }), encodeValue({ kind: 'int' }, value)]);
}

const FLAG_NULLABLE = 0x0001;

export function colMetadata(columns: readonly Column[]): Buffer {
  const head = Buffer.alloc(3);
  head[0] = TOKEN.colMetadata;
  head.writeUInt16LE(columns.length, 1);
  const parts: Buffer[] = [head];
  for (const column of columns) {
    const fixed = Buffer.alloc(6); // UserType (4) + Flags (2)
    fixed.writeUInt16LE(FLAG_NULLABLE, 4);
    parts.push(fixed, typeInfo(column.type), bVarChar(column.name));
  }
  return Buffer.concat(parts);
}

const ROW_TOKEN = Buffer.from([TOKEN.row]);

export function row(columns: readonly Column[], values: readonly SqlValue[]): Buffer {
  const parts: Buffer[] = [ROW_TOKEN];
  let length = ROW_TOKEN.length;
  for (let i = 0; i < columns.length; i++) {
    const value = encodeValue(columns[i]!.type, values[i] ?? null);
    parts.push(value);
    length += value.length;
  }
  return Buffer.concat(parts, length);
}
