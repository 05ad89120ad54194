// `tray --quit` (the installer's upgrade and uninstall) over the single-instance channel, on Linux's
// Unix socket: the asker learns the running process and returns only once it has ended. (On Windows
// the channel is a named pipe; Wine lets two listeners share one, so only real Windows can check
// that a second tray is refused there.)
import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acquireInstance, stopRunningInstance, type InstanceMessage } from '../../src/platform/singleInstance.js';
import { firstLine } from '../support/lines.js';
import { waitUntil } from '../support/wait.js';

let holderScript: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  holderScript = join(mkdtempSync(join(tmpdir(), 'kv-holder-')), 'holder.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../fixtures/instance/holder.ts', import.meta.url))],
    outfile: holderScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

async function startHolder(dir: string, onQuit: 'obey' | 'ignore'): Promise<{ child: ChildProcess; ended: () => boolean }> {
  const child = spawn(process.execPath, [holderScript, dir, onQuit], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  let ended = false;
  child.once('exit', () => (ended = true));
  expect(await firstLine(child, 'holder')).toBe('ready');
  return { child, ended: () => ended };
}

describe('quitting the running instance', () => {
  it('returns once the running process has ended', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-quit-'));
    const holder = await startHolder(dir, 'obey');
    expect(await stopRunningInstance(dir)).toBe('stopped');
    expect(holder.ended()).toBe(true);
    expect(holder.child.exitCode).toBe(0);
    expect(await stopRunningInstance(dir)).toBe('notRunning');
  });

  it('ends a process that answers but does not quit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-quit-'));
    const holder = await startHolder(dir, 'ignore');
    expect(await stopRunningInstance(dir, { graceMs: 500 })).toBe('stopped');
    await waitUntil(holder.ended, 2000, 'the holder to be gone');
    expect(holder.child.signalCode).toBe('SIGTERM');
  });

  it('says so when nothing runs', async () => {
    expect(await stopRunningInstance(mkdtempSync(join(tmpdir(), 'kv-quit-')))).toBe('notRunning');
  });

  it('passes quit on to the listener and keeps activate as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-quit-'));
    const received: InstanceMessage[] = [];
    const lock = await acquireInstance(dir, (message) => received.push(message));
    expect(lock.primary).toBe(true);
    expect((await acquireInstance(dir, () => undefined)).primary).toBe(false);
    expect((await acquireInstance(dir, () => undefined, { message: 'quit' })).primary).toBe(false);
    await waitUntil(() => received.length === 2, 5000, 'both messages');
    expect(received).toEqual(['activate', 'quit']);
    if (lock.primary) await lock.release();
  });
});
