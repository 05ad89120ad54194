import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireInstance, instanceAddress, type InstanceMessage } from '../../src/platform/singleInstance.js';
import { waitUntil } from '../support/wait.js';

describe('single instance', () => {
  it('lets one instance run and passes a second start on to it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-one-'));
    const received: InstanceMessage[] = [];
    const first = await acquireInstance(dir, (m) => received.push(m));
    expect(first.primary).toBe(true);
    const second = await acquireInstance(dir, () => undefined);
    expect(second.primary).toBe(false);
    await waitUntil(() => received.length === 1, 5000, 'the second start to reach the first', 10);
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
