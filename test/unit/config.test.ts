import { describe, expect, it } from 'vitest';
import { configSchema, DEFAULT_TILL_PROGRAM_PATTERN, defaultConfig } from '../../src/core/config.js';

describe('config schema (monitor keys)', () => {
  it('defaults to the Browser port 1434, short timeouts and the PC-Kassa program pattern', () => {
    const config = defaultConfig();
    expect(config.browserPort).toBe(1434);
    expect(config.connectTimeoutSeconds).toBe(5);
    expect(config.requestTimeoutSeconds).toBe(10);
    expect(config.tillProgramPattern).toBe(DEFAULT_TILL_PROGRAM_PATTERN);
    const pattern = new RegExp(config.tillProgramPattern, 'i');
    for (const program of ['PC-Kassa', 'PCKassa.exe', 'pc kassa', 'PC_KASSA 38,5']) expect(pattern.test(program)).toBe(true);
    for (const program of ['Kassavakt', 'Microsoft SQL Server Management Studio', 'node-mssql']) expect(pattern.test(program)).toBe(false);
  });

  it('rejects a till program pattern that is not a regular expression', () => {
    const result = configSchema.safeParse({ tillProgramPattern: 'pc(kassa' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['tillProgramPattern']);
  });

  it('accepts NTLM with a domain', () => {
    const config = configSchema.parse({ server: 'KASSA1\\PCKASSA', auth: 'ntlm', domain: 'BUTIK', user: 'anna', password: 'x' });
    expect(config.auth).toBe('ntlm');
  });
});
