// The CLI's one output path: whatever a command, commander or a driver writes to stdout or stderr
// passes through visibleText on its way, so no control character from a till name, a snapshot or a
// server reaches the terminal raw, whichever code printed it.
import { StringDecoder } from 'node:string_decoder';
import { visibleText } from '../core/visibleText.js';

type Write = NodeJS.WriteStream['write'];

export function showControlCharactersVisibly(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (chunk: string, ...rest: unknown[]) => boolean;
  // Bytes are decoded across writes, so a character split between two chunks stays whole.
  const decoder = new StringDecoder('utf8');
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    return write(visibleText(text), ...rest);
  }) as Write;
}
