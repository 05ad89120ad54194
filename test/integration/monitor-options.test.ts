// resolveConnection over real files (the settings file, KASSAVAKT_PASSWORD and CLI options, in that
// order) and the mssql settings the monitor builds from the result.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { addConnectionOptions, requireServer, resolveConnection, type ConnectionOptions } from '../../src/cli/options.js';
import sql from 'mssql';
import { defaultConfig } from '../../src/core/config.js';
import { UserError } from '../../src/core/errors.js';
import { poolConfig } from '../../src/monitor/connection.js';

const dir = mkdtempSync(join(tmpdir(), 'kassavakt-options-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parse(args: string[]): ConnectionOptions {
  const cmd = addConnectionOptions(new Command('x').exitOverride(), 'sv');
  cmd.parse(args, { from: 'user' });
  return cmd.opts<ConnectionOptions>();
}

describe('addConnectionOptions + resolveConnection', () => {
  it('reads <data>/config.json and lets options and the environment override it', () => {
    const data = join(dir, 'data1');
    const configFile = join(data, 'config.json');
    mkdirSync(data, { recursive: true });
    writeFileSync(configFile, JSON.stringify({ server: 'KASSA1\\PCKASSA', user: 'fil', password: 'filpass', database: 'PCKassa', browserPort: 2000 }));
    const fromFile = resolveConnection(parse(['--data', data]), 'sv', {});
    expect(fromFile).toMatchObject({ server: 'KASSA1\\PCKASSA', user: 'fil', password: 'filpass', database: 'PCKassa', browserPort: 2000 });

    const fromEnv = resolveConnection(parse(['--data', data]), 'sv', { KASSAVAKT_PASSWORD: 'envpass' });
    expect(fromEnv.password).toBe('envpass');

    const fromCli = resolveConnection(
      parse(['--data', data, '--server', '10.0.0.5,1433', '--user', 'cli', '--password', 'clipass', '--database', 'Other', '--browser-port', '41434']),
      'sv',
      { KASSAVAKT_PASSWORD: 'envpass' },
    );
    expect(fromCli).toMatchObject({ server: '10.0.0.5,1433', user: 'cli', password: 'clipass', database: 'Other', browserPort: 41434 });
    expect(requireServer(fromCli)).toEqual({ host: '10.0.0.5', port: 1433 });
  });

  it('uses --config instead of the data folder, and says so when that file is missing', () => {
    const file = join(dir, 'custom.json');
    writeFileSync(file, JSON.stringify({ server: 'KASSA9', lang: 'en' }));
    expect(resolveConnection(parse(['--config', file]), 'sv', {}).server).toBe('KASSA9');
    expect(() => resolveConnection(parse(['--config', join(dir, 'nope.json')]), 'sv', {})).toThrow(/nope\.json finns inte/);
  });

  it('runs with defaults when no file exists yet, and asks for a server only when one is needed', () => {
    const config = resolveConnection(parse(['--data', join(dir, 'empty')]), 'sv', {});
    expect(config.server).toBeUndefined();
    expect(() => requireServer(config)).toThrow(UserError);
    expect(() => requireServer(config)).toThrow(/--server/);
  });

  it('rejects a bad server string or browser port with one clear line', () => {
    expect(() => resolveConnection(parse(['--data', join(dir, 'empty'), '--server', 'KASSA1;Trusted_Connection=yes']), 'sv', {})).toThrow(/otillåtna tecken/);
    expect(() => parse(['--browser-port', '70000'])).toThrow('--browser-port ska vara ett portnummer från 1 till 65535, inte "70000".');
  });
});

describe('poolConfig', () => {
  it('uses LAN defaults for SQL Express, explicit timeouts and a read-uncommitted session', () => {
    const config = { ...defaultConfig(), user: 'kassavakt', password: 'x', database: 'PCKassa', connectTimeoutSeconds: 3, requestTimeoutSeconds: 7 };
    const pool = poolConfig(config, { host: 'KASSA1', port: 49172 });
    expect(pool).toMatchObject({ server: 'KASSA1', port: 49172, user: 'kassavakt', database: 'PCKassa', connectionTimeout: 3000, requestTimeout: 7000 });
    expect(pool.options).toMatchObject({ encrypt: false, trustServerCertificate: true, appName: 'Kassavakt', connectionIsolationLevel: sql.ISOLATION_LEVEL.READ_UNCOMMITTED });
  });

  it('passes Windows (NTLM) credentials as tedious expects them', () => {
    const pool = poolConfig({ ...defaultConfig(), auth: 'ntlm', domain: 'BUTIK', user: 'anna', password: 'x' }, { host: 'KASSA1', port: 1433 });
    expect(pool.authentication).toEqual({ type: 'ntlm', options: { domain: 'BUTIK', userName: 'anna', password: 'x' } });
    expect(pool.user).toBeUndefined();
  });
});
