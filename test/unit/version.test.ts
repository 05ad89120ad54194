import { describe, expect, it } from 'vitest';
import { compareRelease, formatVersion, parseVersion, sameVersion, versionCell } from '../../src/core/version.js';

describe('parseVersion', () => {
  it.each([
    ['38,5', 38, 5, 'fiscal'],
    ['38.5', 38, 5, 'fiscal'],
    [' v38,5 ', 38, 5, 'fiscal'],
    ['V38.5', 38, 5, 'fiscal'],
    ['38,05', 38, 5, 'nonfiscal'],
    ['38.05', 38, 5, 'nonfiscal'],
    ['38,5 NORSK', 38, 5, 'norway'],
    ['38.5-NO', 38, 5, 'norway'],
    ['38,5_nor', 38, 5, 'norway'],
    ['38,5 Norge', 38, 5, 'norway'],
    ['38,5 (NORSK)', 38, 5, 'norway'],
    ['38,5(no)', 38, 5, 'norway'],
    ['38.5.0.1234', 38, 5, 'fiscal'],
    ['38.05.0.1234', 38, 5, 'nonfiscal'],
    ['38.5.0.1234 NORSK', 38, 5, 'norway'],
    ['38,6', 38, 6, 'fiscal'],
    ['38,06', 38, 6, 'nonfiscal'],
    ['39,0', 39, 0, 'fiscal'],
    ['38,12', 38, 12, 'fiscal'],
  ] as const)('%j → %i, release %i, %s', (raw, major, release, edition) => {
    expect(parseVersion(raw)).toEqual({ raw, major, release, edition });
  });

  it.each(['', '   ', '38', 'v', '38,', ',5', 'abc', '38;5', '38,5 NORSKA', '38,5NORSK', '38,5 beta', 'v 38,5 x', '38,5 SE', '3 8,5'])(
    'returns null for %j (an unknown version, never a guess)',
    (raw) => {
      expect(parseVersion(raw)).toBeNull();
    },
  );

  it('lets an explicit edition from the data source win over the string', () => {
    expect(parseVersion('38,5', 'nonfiscal')?.edition).toBe('nonfiscal');
    expect(parseVersion('38,05', 'fiscal')?.edition).toBe('fiscal');
    expect(parseVersion('38,5 NORSK', 'fiscal')?.edition).toBe('fiscal');
  });

  it('treats 38,06 and 38,6 as the same release but different editions', () => {
    const a = parseVersion('38,06')!;
    const b = parseVersion('38,6')!;
    expect(compareRelease(a, b)).toBe(0);
    expect(sameVersion(a, b)).toBe(false);
  });

  it('treats 38,5 and 38.5.0.1234 as the same version', () => {
    expect(sameVersion(parseVersion('38,5')!, parseVersion('38.5.0.1234')!)).toBe(true);
  });
});

describe('formatVersion', () => {
  it('writes versions the way the vendor does', () => {
    expect(formatVersion(parseVersion('38.5.0.1')!)).toBe('38,5');
    expect(formatVersion(parseVersion('38.05')!)).toBe('38,05');
    expect(formatVersion(parseVersion('38.5-NO')!)).toBe('38,5 NORSK');
  });
});

describe('versionCell', () => {
  it('formats a read version, marks an unread one and dashes a missing one', () => {
    expect(versionCell({ parsed: parseVersion('38.05'), version: '38.05' })).toBe('38,05');
    expect(versionCell({ parsed: null, version: 'trasig' })).toBe('trasig (?)');
    expect(versionCell({ parsed: null })).toBe('–');
  });
});
