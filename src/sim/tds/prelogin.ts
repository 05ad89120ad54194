// PRELOGIN ([MS-TDS] 2.2.6.5): the sim answers with its version and "encryption not supported",
// so clients continue in clear text (no TLS here).
import { SERVER_VERSION } from '../serverInfo.js';

const OPTION = { version: 0x00, encryption: 0x01, instOpt: 0x02, threadId: 0x03, mars: 0x04, terminator: 0xff } as const;
const ENCRYPT_NOT_SUP = 0x02;

export function preloginResponse(): Buffer {
  const version = Buffer.alloc(6);
  version[0] = SERVER_VERSION.major;
  version[1] = SERVER_VERSION.minor;
  version.writeUInt16BE(SERVER_VERSION.build, 2);
  version.writeUInt16BE(SERVER_VERSION.revision, 4);
  const options: Array<[number, Buffer]> = [
    [OPTION.version, version],
    [OPTION.encryption, Buffer.from([ENCRYPT_NOT_SUP])],
    [OPTION.instOpt, Buffer.from([0])],
    [OPTION.threadId, Buffer.alloc(0)],
    [OPTION.mars, Buffer.from([0])],
  ];
  const headerLength = options.length * 5 + 1;
  const header = Buffer.alloc(headerLength);
  let dataOffset = headerLength;
  options.forEach(([token, data], i) => {
    header[i * 5] = token;
    header.writeUInt16BE(dataOffset, i * 5 + 1);
    header.writeUInt16BE(data.length, i * 5 + 3);
    dataOffset += data.length;
  });
  header[headerLength - 1] = OPTION.terminator;
  return Buffer.concat([header, ...options.map(([, data]) => data)]);
}
