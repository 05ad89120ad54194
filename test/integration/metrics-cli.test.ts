// `watch` refuses metrics settings that must not start, in plain words.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const base = ['watch', '--server', '127.0.78.1,14999', '--user', 'kassavakt', '--password', 'hemligt', '--count', '1'];

describe('watch --metrics-*', () => {
  it('refuses an address other computers can reach without metrics.token (exit 2, one line)', () => {
    const data = mkdtempSync(join(tmpdir(), 'kv-metrics-cli-'));
    const run = runCli([...base, '--data', data, '--metrics-listen', '0.0.0.0:9184', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'Metrics on 0.0.0.0:9184 can be reached from other computers on the network. Set metrics.token in the settings (at least 16 characters) or listen on 127.0.0.1.\n',
    );
  });

  it('refuses a bad address, a missing textfile folder, and a port already taken', async () => {
    const data = mkdtempSync(join(tmpdir(), 'kv-metrics-cli-'));
    expect(runCli([...base, '--data', data, '--metrics-listen', '127.0.0.1:0x10'])).toMatchObject({
      code: 2,
      stderr: '--metrics-listen: "127.0.0.1:0x10" är ingen adress att lyssna på. Skriv VÄRD:PORT, till exempel 127.0.0.1:9184.\n',
    });
    const missing = join(data, 'nope');
    expect(runCli([...base, '--data', data, '--metrics-textfile', missing])).toMatchObject({ code: 2, stderr: `Mappen för mätvärdesfilen finns inte: ${missing}\n` });

    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.78.2', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      writeFileSync(join(data, 'config.json'), JSON.stringify({ metrics: { listen: `127.0.78.2:${port}` } }));
      expect(runCli([...base, '--data', data])).toMatchObject({ code: 2, stderr: `Kan inte visa mätvärden på 127.0.78.2:${port}: porten används redan.\n` });
    } finally {
      taken.close();
    }
  });
});
