import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { showControlCharactersVisibly } from '../../src/cli/visibleOutput.js';

function wrapped(): { stream: NodeJS.WriteStream; written: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  showControlCharactersVisibly(stream as unknown as NodeJS.WriteStream);
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => Buffer.concat(chunks).toString('utf8') };
}

describe('the CLI output path', () => {
  it('shows control characters in a written string escaped, and keeps the line breaks', () => {
    const out = wrapped();
    out.stream.write('K2\u001b]0;PWNED\u0007\u001b[2J\nKASSA\u202e1\r\n');
    expect(out.written()).toBe('K2\\u001B]0;PWNED\\u0007\\u001B[2J\nKASSA\\u202E1\r\n');
  });

  it('decodes bytes across writes, so a character split between chunks stays whole', () => {
    const out = wrapped();
    const bytes = Buffer.from('Kö\u009bK', 'utf8');
    out.stream.write(bytes.subarray(0, 2));
    out.stream.write(bytes.subarray(2, 4));
    out.stream.write(bytes.subarray(4));
    expect(out.written()).toBe('Kö\\u009BK');
  });
});
