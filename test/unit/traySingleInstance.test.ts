import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireInstance, instanceAddress, type InstanceMessage } from '../../src/platform/singleInstance.js';

const waitFor = async (check: () => boolean) => {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('single instance', () => {
  it('lets one instance run and passes a second start on to it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-one-'));
    const received: InstanceMessage[] = [];
    const first = await acquireInstance(dir, (m) => received.push(m));
    expect(first.primary).toBe(true);
    const second = await acquireInstance(dir, () => undefined);
    expect(second.primary).toBe(false);
    await waitFor(() => received.length === 1);
    expect(received).toEqual(['activate']);
    if (first.primary) await first.release();
    const third = await acquireInstance(dir, () => undefined);
    expect(third.primary).toBe(true);
    if (third.primary) await third.release();
  });

  it('takes over a socket file left behind by a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-stale-'));
    writeFileSync(instanceAddress(dir), '');
    const lock = await acquireInstance(dir, () => undefined);
    expect(lock.primary).toBe(true);
    if (lock.primary) await lock.release();
  });

  it('keeps the socket path short for deep data folders', () => {
    expect(instanceAddress(join('/tmp', 'x'.repeat(150))).length).toBeLessThan(100);
    expect(instanceAddress('C:\\Users\\butik\\AppData\\Local\\Kassavakt', 'win32')).toMatch(/^\\\\\.\\pipe\\kassavakt-[0-9a-f]{16}$/);
  });
});
