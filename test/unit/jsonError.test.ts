import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/i18n.js';
import { jsonErrorText } from '../../src/core/jsonError.js';

/** What JSON.parse really throws for `text`, turned into the user's words. */
function explain(text: string, lang: (typeof LANGS)[number] = 'en'): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonErrorText(error, text, lang);
  }
  throw new Error(`${text} parsed`);
}

describe('jsonErrorText', () => {
  it('counts lines and characters from the position the engine gives', () => {
    expect(jsonErrorText(new SyntaxError('Unexpected token } in JSON at position 9'), '{\n  "a": }', 'en')).toBe(
      'is not valid JSON (error at line 2, character 8)',
    );
  });

  it.each([
    // V8 gives no position for these: the place comes from a strict reader.
    ['a value missing', '{\n  "tills": [\n    {"name": }\n  ]\n}', 'is not valid JSON (error at line 3, character 14)'],
    ['a trailing comma in a list', '{"tills": [\n  {"name": "A"},\n]}', 'is not valid JSON (error at line 3, character 1)'],
    ['a word that is not JSON', '{"tills": [{"name": "A", "connected": yes}]}', 'is not valid JSON (error at line 1, character 39)'],
    // V8 names the position.
    ['a trailing comma in an object', '{"tills": [{"name": "A",}]}', 'is not valid JSON (error at line 1, character 25)'],
    ['the text ending early', '{"tills": [', 'is not valid JSON (the text ends too early; is a } or a " missing?)'],
  ])('names the place of %s', (_label, text, expected) => {
    expect(explain(text)).toBe(expected);
  });

  it('never passes the engine\'s English words on, and speaks every language', () => {
    const text = '{"password": "Hemligt!1", "tills": [}';
    expect(LANGS.map((lang) => explain(text, lang))).toEqual([
      'är inte giltig JSON (fel på rad 1, tecken 37)',
      'er ikke gyldig JSON (feil på linje 1, tegn 37)',
      'is not valid JSON (error at line 1, character 37)',
    ]);
  });

  it('says it plainly when no place can be named (nesting deeper than the reader goes)', () => {
    expect(explain('['.repeat(1_000_000))).toBe('is not valid JSON (the text ends too early; is a } or a " missing?)');
    expect(explain(`${'['.repeat(1_000_000)}x`)).toBe('is not valid JSON');
  });
});
