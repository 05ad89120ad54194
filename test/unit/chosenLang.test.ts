import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLang } from '../../src/cli/chosenLang.js';

const dir = mkdtempSync(join(tmpdir(), 'kv-lang-'));
const settings = (name: string, text: string) => {
  const data = join(dir, name);
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'config.json'), text);
  return data;
};
const nb = settings('nb', JSON.stringify({ server: 'KASSA1', lang: 'nb' }));
const none = join(dir, 'none');

describe('chooseLang', () => {
  it('takes --lang wherever it is, the last one winning, in both spellings', () => {
    expect(chooseLang(['check', 'f.json', '--lang', 'en'], {})).toBe('en');
    expect(chooseLang(['--lang=nb', 'check'], {})).toBe('nb');
    expect(chooseLang(['check', '--lang', 'nb', '--lang', 'en'], {})).toBe('en');
  });

  it('else the settings file: --config, --data, KASSAVAKT_DATA', () => {
    expect(chooseLang(['status', '--config', join(nb, 'config.json')], {})).toBe('nb');
    expect(chooseLang(['status', '--data', nb], {})).toBe('nb');
    expect(chooseLang(['check', 'f.json'], { KASSAVAKT_DATA: nb })).toBe('nb');
    expect(chooseLang(['check', 'f.json', '--lang', 'en'], { KASSAVAKT_DATA: nb })).toBe('en');
  });

  it('else Swedish: no file, a bad file, a bad --lang, or a --lang after --', () => {
    expect(chooseLang(['check'], { KASSAVAKT_DATA: none })).toBe('sv');
    expect(chooseLang(['check'], { KASSAVAKT_DATA: settings('broken', '{ "lang": ') })).toBe('sv');
    expect(chooseLang(['check'], { KASSAVAKT_DATA: settings('odd', JSON.stringify({ lang: 'de' })) })).toBe('sv');
    expect(chooseLang(['check', '--lang', 'de'], { KASSAVAKT_DATA: none })).toBe('sv');
    expect(chooseLang(['check', '--lang', 'de'], { KASSAVAKT_DATA: nb })).toBe('nb');
    expect(chooseLang(['check', '--', '--lang', 'en'], { KASSAVAKT_DATA: none })).toBe('sv');
  });

  it('reads a settings file saved with a byte order mark', () => {
    expect(chooseLang([], { KASSAVAKT_DATA: settings('bom', '\uFEFF{ "lang": "en" }') })).toBe('en');
  });
});
