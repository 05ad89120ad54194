import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/core/config.js';
import { UserError } from '../../src/core/errors.js';
import { isLoopback, parseListenAddress } from '../../src/service/metrics/listenAddress.js';
import { resolveMetricsSettings } from '../../src/service/metrics/metricsSettings.js';

const config = (metrics: Config['metrics']): Config => ({ ...defaultConfig(), metrics });

describe('parseListenAddress', () => {
  it.each([
    ['127.0.0.1:9184', { host: '127.0.0.1', port: 9184 }],
    ['localhost:1', { host: 'localhost', port: 1 }],
    ['[::1]:65535', { host: '::1', port: 65535 }],
    ['0.0.0.0:9184', { host: '0.0.0.0', port: 9184 }],
  ])('reads %s', (text, expected) => expect(parseListenAddress(text)).toEqual(expected));

  it.each(['9184', '127.0.0.1', '127.0.0.1:0', '127.0.0.1:65536', '127.0.0.1:0x10', '[zz]:80', 'a b:80', '127.0.0.1:80\n', ':80'])(
    'refuses %j',
    (text) => expect(parseListenAddress(text)).toBeNull(),
  );

  it('tells loopback from the shop network', () => {
    expect(['127.0.0.1', '127.5.6.7', '::1', 'LOCALHOST'].map(isLoopback)).toEqual([true, true, true, true]);
    expect(['0.0.0.0', '192.168.99.60', '::', 'kassa1'].map(isLoopback)).toEqual([false, false, false, false]);
  });
});

describe('resolveMetricsSettings', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kv-metrics-'));

  it('is off when neither a textfile nor an address is set', () => {
    expect(resolveMetricsSettings(config({}), {}, 'sv')).toBeNull();
  });

  it('takes the command line over the settings file and names the shop after the computer by default', () => {
    const settings = resolveMetricsSettings(config({ listen: '127.0.0.1:1', shop: 'Gränden' }), { listen: '127.0.0.2:2', textfile: folder }, 'sv');
    expect(settings).toEqual({ listen: { host: '127.0.0.2', port: 2 }, textfileDir: folder, shop: 'Gränden' });
    expect(resolveMetricsSettings(config({ textfile: folder }), {}, 'sv')?.shop).toMatch(/^[^.]+$/);
  });

  it('refuses an address other computers can reach without a token, in plain words (exit 2)', () => {
    const refusal = catchUserError(() => resolveMetricsSettings(config({}), { listen: '0.0.0.0:9184' }, 'en'));
    expect(refusal.exitCode).toBe(2);
    expect(refusal.message).toBe(
      'Metrics on 0.0.0.0:9184 can be reached from other computers on the network. Set metrics.token in the settings (at least 16 characters) or listen on 127.0.0.1.',
    );
    expect(resolveMetricsSettings(config({ token: 'x'.repeat(16) }), { listen: '0.0.0.0:9184' }, 'en')?.token).toBe('x'.repeat(16));
  });

  it('names the option that holds a bad address, and a textfile folder that does not exist', () => {
    expect(catchUserError(() => resolveMetricsSettings(config({}), { listen: 'kassa' }, 'sv')).message).toContain('--metrics-listen: "kassa"');
    expect(catchUserError(() => resolveMetricsSettings(config({ listen: 'kassa' }), {}, 'sv')).message).toContain('metrics.listen: "kassa"');
    const file = join(folder, 'not-a-folder');
    writeFileSync(file, '');
    expect(catchUserError(() => resolveMetricsSettings(config({}), { textfile: file }, 'sv')).message).toBe(`Mappen för mätvärdesfilen finns inte: ${file}`);
  });
});

function catchUserError(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}
