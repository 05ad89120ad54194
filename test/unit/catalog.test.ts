import { describe, expect, it } from 'vitest';
import { joinList, LANGS, t } from '../../src/core/i18n.js';
import { catalog, type MessageKey } from '../../src/core/messages/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalog', () => {
  it.each(Object.keys(catalog) as MessageKey[])('%s has all three languages with the same placeholders', (key) => {
    const entry = catalog[key];
    for (const lang of LANGS) expect(entry[lang].trim(), `${key}.${lang}`).not.toBe('');
    expect(placeholders(entry.nb)).toEqual(placeholders(entry.sv));
    expect(placeholders(entry.en)).toEqual(placeholders(entry.sv));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('sv', 'fleet.tillRuns', { till: 'KASSA1', version: '38,5' })).toBe('KASSA1 kör 38,5');
    expect(t('en', 'fleet.tillRuns', { till: 'KASSA1' })).toBe('KASSA1 runs {version}');
  });

  it('puts every parameter in on one line, its control characters visibly escaped; the template keeps its own line breaks', () => {
    expect(t('en', 'fleet.tillRuns', { till: 'K2\nAll is well', version: '38,5\r\n\u001b[2J' })).toBe('K2\\u000AAll is well runs 38,5\\u000D\\u000A\\u001B[2J');
    expect(t('en', 'firewall.written', { path: 'C:\\x.cmd' }).split('\n')).toHaveLength(2);
  });

  it('joins lists the way each language does', () => {
    expect(joinList('sv', ['A', 'B', 'C'])).toBe('A, B och C');
    expect(joinList('nb', ['A', 'B'])).toBe('A og B');
    expect(joinList('en', ['A'])).toBe('A');
  });
});
