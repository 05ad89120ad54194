import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { formatServerString, parseServerString, requireServerString } from '../../src/core/serverString.js';

describe('parseServerString', () => {
  it.each([
    ['KASSA1\\PCKASSA', { host: 'KASSA1', instance: 'PCKASSA' }],
    ['192.168.99.60\\PCKASSA', { host: '192.168.99.60', instance: 'PCKASSA' }],
    [' kassa1.butik.local \\ PCKASSA1 ', { host: 'kassa1.butik.local', instance: 'PCKASSA1' }],
    ['KASSA1,1433', { host: 'KASSA1', port: 1433 }],
    ['tcp:10.0.0.5,49172', { host: '10.0.0.5', port: 49172 }],
    ['KASSA1\\PCKASSA,50000', { host: 'KASSA1', instance: 'PCKASSA', port: 50000 }],
    ['KASSA1', { host: 'KASSA1' }],
    ['.\\PCKASSA', { host: 'localhost', instance: 'PCKASSA' }],
    ['(local)', { host: 'localhost' }],
    ['[::1],1433', { host: '::1', port: 1433 }],
    ['fe80::1', { host: 'fe80::1' }],
  ])('reads %j', (text, server) => {
    expect(parseServerString(text)).toEqual({ ok: true, server });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['KASSA1;Trusted_Connection=yes', 'forbiddenCharacter'],
    ['KASSA1\\PCKASSA}', 'forbiddenCharacter'],
    ['{KASSA1}', 'forbiddenCharacter'],
    ['KASSA1\u0000', 'forbiddenCharacter'],
    ['KAS\nSA1', 'forbiddenCharacter'],
    ['KASSA1\\', 'badInstance'],
    ['KASSA1\\PC KASSA', 'badInstance'],
    ['KASSA1\\1PCKASSA', 'badInstance'],
    ['KASSA1\\ABCDEFGHIJKLMNOPQ', 'badInstance'],
    ['KASSA1,', 'badPort'],
    ['KASSA1,0', 'badPort'],
    ['KASSA1,65536', 'badPort'],
    ['KASSA1,14x', 'badPort'],
    ['\\PCKASSA', 'badHost'],
    ['KAS SA1', 'badHost'],
    ['192.168.1.300', 'badHost'],
    ['-kassa', 'badHost'],
    ['kassa/1', 'badHost'],
    ['[nothex]', 'badHost'],
  ])('rejects %j as %s', (text, problem) => {
    expect(parseServerString(text)).toEqual({ ok: false, problem });
  });

  it('writes an address back so that it reads the same', () => {
    for (const text of ['KASSA1\\PCKASSA', '10.0.0.5,1433', 'KASSA1\\PCKASSA,50000', '[::1],1433', 'KASSA1']) {
      const parsed = parseServerString(text);
      if (!parsed.ok) throw new Error(text);
      expect(formatServerString(parsed.server)).toBe(text);
      expect(parseServerString(formatServerString(parsed.server))).toEqual(parsed);
    }
  });

  it('throws a user error in the chosen language, without echoing control characters', () => {
    expect(() => requireServerString('KASSA1\\PC KASSA', 'sv')).toThrow(/Instansnamnet i "KASSA1\\PC KASSA"/);
    const error = (() => {
      try {
        requireServerString('KASSA1\u001b[31m', 'en');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('KASSA1?[31m');
    expect((error as UserError).exitCode).toBe(2);
  });
});
