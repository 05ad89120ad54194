import { describe, expect, it } from 'vitest';
import { parseIsoTime } from '../../src/core/isoTime.js';

describe('parseIsoTime', () => {
  it.each([
    ['2026-11-25T08:00:00Z', Date.UTC(2026, 10, 25, 8)],
    ['2026-11-25T08:00:00.5z', Date.UTC(2026, 10, 25, 8, 0, 0, 500)],
    ['2026-11-25T09:00:00+01:00', Date.UTC(2026, 10, 25, 8)],
    ['2026-11-25T03:30-0430', Date.UTC(2026, 10, 25, 8)],
    ['2024-02-29T00:00Z', Date.UTC(2024, 1, 29)],
    ['2000-02-29T12:00Z', Date.UTC(2000, 1, 29, 12)],
  ])('reads %s', (text, ms) => {
    expect(parseIsoTime(text)).toBe(ms);
  });

  it('keeps the years 0–99 as they are (the Date constructor would make them 1900–1999)', () => {
    const year50 = new Date(parseIsoTime('0050-06-01T00:00Z')!);
    expect([year50.getUTCFullYear(), year50.getUTCMonth(), year50.getUTCDate()]).toEqual([50, 5, 1]);
    expect(new Date(parseIsoTime('0050-06-01')!).getFullYear()).toBe(50);
  });

  it('reads a bare date as the start of that local day, and a time without an offset as local time', () => {
    expect(parseIsoTime('2026-11-25')).toBe(new Date(2026, 10, 25).getTime());
    expect(parseIsoTime(' 2026-11-25 08:05 ')).toBe(new Date(2026, 10, 25, 8, 5).getTime());
    expect(parseIsoTime('2026-11-25T08:05:30,25')).toBe(new Date(2026, 10, 25, 8, 5, 30, 250).getTime());
  });

  it.each([
    '2026-13-45', // rolled over to 2027-02-14 before
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-00-10',
    '2026-11-00',
    '2026-11-25T24:00',
    '2026-11-25T08:60',
    '2026-11-25T08:00:60',
    '2026-11-25T08:00+15:00',
    '2026-11-25T08:00+01:60',
    '2026-11-25Z',
    '2026-1-5',
    '1',
    '2026',
    'Nov 25 2026',
    'igår',
    '',
  ])('refuses %j', (text) => {
    expect(parseIsoTime(text)).toBeNull();
  });
});
