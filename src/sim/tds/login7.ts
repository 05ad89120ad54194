// LOGIN7 ([MS-TDS] 2.2.6.4): the fields the sim needs, with the password de-obfuscated.
export interface Login7 {
  tdsVersion: number;
  packetSize: number;
  hostName: string;
  userName: string;
  password: string;
  appName: string;
  serverName: string;
  libraryName: string;
  language: string;
  database: string;
  /** OptionFlags2 fIntSecurity: Windows authentication, which the sim does not offer. */
  integratedSecurity: boolean;
}

const FIXED_LENGTH = 94;

export function parseLogin7(payload: Buffer): Login7 {
  if (payload.length < FIXED_LENGTH) throw new Error('LOGIN7 too short');
  const text = (fieldOffset: number, scramble = false): string => {
    const at = payload.readUInt16LE(fieldOffset);
    const chars = payload.readUInt16LE(fieldOffset + 2);
    if (chars === 0) return '';
    const bytes = Buffer.from(payload.subarray(at, at + chars * 2));
    if (scramble) {
      // Client obfuscation: swap nibbles, then XOR 0xA5; undo in reverse order.
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i]! ^ 0xa5;
        bytes[i] = ((b & 0x0f) << 4) | (b >> 4);
      }
    }
    return bytes.toString('utf16le');
  };
  return {
    tdsVersion: payload.readUInt32LE(4),
    packetSize: payload.readUInt32LE(8),
    integratedSecurity: (payload[25]! & 0x80) !== 0,
    hostName: text(36),
    userName: text(40),
    password: text(44, true),
    appName: text(48),
    serverName: text(52),
    libraryName: text(60),
    language: text(64),
    database: text(68),
  };
}
