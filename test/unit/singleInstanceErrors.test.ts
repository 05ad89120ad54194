// When the single-instance socket can neither be opened nor reached, the tray stops with one line in
// the user's language (a UserError), not a stack trace.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/core/errors.js';

const listenError = { code: 'EACCES' };

vi.mock('node:net', async (importOriginal) => {
  const net = await importOriginal<typeof import('node:net')>();
  return {
    ...net,
    createServer: () => {
      const server = new EventEmitter() as EventEmitter & { listen: () => void; unref: () => void };
      server.listen = () => process.nextTick(() => server.emit('error', Object.assign(new Error('listen failed'), listenError)));
      server.unref = () => undefined;
      return server;
    },
    createConnection: () => {
      const socket = new EventEmitter() as EventEmitter & { setTimeout: () => void; setEncoding: () => void };
      socket.setTimeout = () => undefined;
      socket.setEncoding = () => undefined;
      process.nextTick(() => socket.emit('error', new Error('ECONNREFUSED')));
      return socket;
    },
  };
});

const { acquireInstance } = await import('../../src/platform/singleInstance.js');

describe('single instance errors', () => {
  it('cannot open the socket', async () => {
    listenError.code = 'EACCES';
    const dir = mkdtempSync(join(tmpdir(), 'kv-one-err-'));
    const attempt = acquireInstance(dir, () => undefined, { lang: 'sv' });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(/^Kassavakt kan inte starta: .*kassavakt.*, som hindrar att Kassavakt körs två gånger, går inte att öppna \(EACCES\)\.$/);
  });

  it('finds the socket taken but nobody answering, twice', async () => {
    listenError.code = 'EADDRINUSE';
    const dir = mkdtempSync(join(tmpdir(), 'kv-one-err-'));
    await expect(acquireInstance(dir, () => undefined, { lang: 'en' })).rejects.toThrow(/^Kassavakt seems to be running already but does not answer \(/);
  });
});
