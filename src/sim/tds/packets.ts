// TDS packet framing: reassembles client messages from 8-byte-header packets and splits server
// messages into packets of the negotiated size ([MS-TDS] 2.2.3).
export const PACKET_TYPE = {
  sqlBatch: 0x01,
  rpc: 0x03,
  tabularResult: 0x04,
  attention: 0x06,
  login7: 0x10,
  prelogin: 0x12,
} as const;

const HEADER_LENGTH = 8;
const STATUS_EOM = 0x01;
const STATUS_RESET_CONNECTION = 0x08;

export interface ClientMessage {
  type: number;
  payload: Buffer;
  /** The client asked to reset the session state before this request (pooled connection reuse). */
  resetConnection: boolean;
}

/** Collects socket bytes and yields complete messages; an attention packet is its own message. */
export class MessageReader {
  private pending: Buffer = Buffer.alloc(0);
  private parts: Buffer[] = [];
  private partType = -1;
  private reset = false;

  /** Feeds bytes; returns the messages completed by them. Throws on a malformed header. */
  feed(chunk: Buffer): ClientMessage[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const done: ClientMessage[] = [];
    while (this.pending.length >= HEADER_LENGTH) {
      const length = this.pending.readUInt16BE(2);
      if (length < HEADER_LENGTH) throw new Error(`bad TDS packet length ${length}`);
      if (this.pending.length < length) break;
      const type = this.pending[0]!;
      const status = this.pending[1]!;
      const body = this.pending.subarray(HEADER_LENGTH, length);
      this.pending = this.pending.subarray(length);
      if (type === PACKET_TYPE.attention) {
        done.push({ type, payload: Buffer.alloc(0), resetConnection: false });
        continue;
      }
      if (this.parts.length === 0) {
        this.partType = type;
        this.reset = (status & STATUS_RESET_CONNECTION) !== 0;
      }
      this.parts.push(Buffer.from(body));
      if (status & STATUS_EOM) {
        done.push({ type: this.partType, payload: Buffer.concat(this.parts), resetConnection: this.reset });
        this.parts = [];
      }
    }
    return done;
  }
}

/** Splits a message into packets; `last` false leaves the end-of-message bit off (for a cut-off answer). */
export function framePackets(type: number, payload: Buffer, packetSize: number, spid: number, last = true): Buffer {
  const room = packetSize - HEADER_LENGTH;
  const packets: Buffer[] = [];
  let packetId = 1;
  let offset = 0;
  do {
    const body = payload.subarray(offset, offset + room);
    offset += body.length;
    const header = Buffer.alloc(HEADER_LENGTH);
    header[0] = type;
    header[1] = last && offset >= payload.length ? STATUS_EOM : 0;
    header.writeUInt16BE(HEADER_LENGTH + body.length, 2);
    header.writeUInt16BE(spid & 0xffff, 4);
    header[6] = packetId++ & 0xff;
    packets.push(header, body);
  } while (offset < payload.length);
  return Buffer.concat(packets);
}
