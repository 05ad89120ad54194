// The console's poll loop runs on the shared scheduler: start() resolves once the first poll is in,
// stop() ends it, and a main till that refuses the connection is recorded, not thrown.
import { describe, expect, it } from 'vitest';
import { PollLoop } from '../../src/console/pollLoop.js';
import { configSchema } from '../../src/core/config.js';

describe('PollLoop', () => {
  it('polls once on start, then stops cleanly', async () => {
    const logged: string[] = [];
    const loop = new PollLoop(null, (line) => logged.push(line));
    // Port 1 on this computer: refused at once.
    await loop.start(configSchema.parse({ server: '127.0.0.1,1', user: 'kv', password: 'x', pollSchedule: '0 0 1 1 *' }));
    expect(loop.problem).toBeNull();
    expect(loop.latest()).toMatchObject({ ok: false });
    await loop.stop();
    expect(logged).toEqual([]);
  });

  it('says why it cannot poll when no server is set', async () => {
    const loop = new PollLoop(null, () => undefined);
    await loop.start(configSchema.parse({ lang: 'en' }));
    expect(loop.problem).toContain('Which main till should be checked?');
    expect(loop.latest()).toBeNull();
    await loop.stop();
  });
});
