import { describe, expect, it } from 'vitest';
import { visibleInline, visibleText } from '../../src/core/visibleText.js';

describe('visibleText', () => {
  it('shows a terminal escape in a till name as visible text', () => {
    expect(visibleText('K2\u001b]0;PWNED\u0007\u001b[2J')).toBe('K2\\u001B]0;PWNED\\u0007\\u001B[2J');
  });

  it.each([
    ['NUL', '\u0000', '\\u0000'],
    ['backspace', 'A\bB', 'A\\u0008B'],
    ['a lone carriage return', 'ok\rFEL', 'ok\\u000DFEL'],
    ['form feed and vertical tab', '\f\v', '\\u000C\\u000B'],
    ['DEL', '\u007f', '\\u007F'],
    ['C1 CSI', '\u009b2J', '\\u009B2J'],
    ['C1 NEL', '\u0085', '\\u0085'],
    ['right-to-left override', 'KASSA\u202e1', 'KASSA\\u202E1'],
    ['left-to-right isolate and pop', '\u2066x\u2069', '\\u2066x\\u2069'],
  ])('escapes %s', (_label, text, shown) => {
    expect(visibleText(text)).toBe(shown);
  });

  it('keeps layout, CRLF line endings and ordinary letters as they are', () => {
    const text = 'Kassa\tRoll\nKÖKET  säljande kassa\r\nÆØÅ – → “citat”';
    expect(visibleText(text)).toBe(text);
  });

  it('keeps JSON valid and its values unchanged', () => {
    const value = { name: 'K2\u001b[2J\u009b\u202e', list: ['\u007f'] };
    expect(JSON.parse(visibleText(JSON.stringify(value, null, 2)))).toEqual(value);
    expect(visibleText(JSON.stringify(value))).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('visibleInline', () => {
  it('keeps text on one line: tab and line breaks shown as escapes too, as well as every other control character', () => {
    expect(visibleInline('KASSA\tBAK\r\nRAD\nK2\u001b[2J')).toBe('KASSA\\u0009BAK\\u000D\\u000ARAD\\u000AK2\\u001B[2J');
  });
});
