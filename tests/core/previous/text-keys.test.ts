import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { toHalfWidth } from '../../../src/core/numerals';
import { textKey } from '../../../src/core/previous/text-keys';
import { fuzzRuns } from '../../helpers/fuzz-runs';

/** The key as its definition words it, one expression after another: the one-pass key must give the same, always. */
function keyByExpressions(text: string): string {
  let key = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]|\d[\uff0c\uff0e]\d/.test(text) ? toHalfWidth(text) : text;
  key = key.replace(/[〇○零一二三四五六七八九]{4}(?=年)/g, 'Y').replace(/(?:19|20)\d{2}(?=\s*年)/g, 'Y');
  return key.replace(/\d+(?:[.,]\d+)*/g, 'N').replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** What keys turn on: digits of both widths, the figure marks, years, spaces, punctuation, symbols, surrogates. */
const MEANINGFUL = [
  ...'0123456789０１２３４５６７８９.,，．、。；：%％+-—()（）《》“”年月日件〇○零一二三四五六七八九十共办理增长ABab ＡＢａｂ',
  ' ', '\u3000', '\u00a0', '\u2028', '\ufeff', '\t', '\n', '$', '¥', '©', '~', '|', '｜', '😀', '𠀀', '\ud800', '\udc00',
];

describe('the text key, worked out in one pass', () => {
  it('is what the expressions that define it give, on strings of the characters keys turn on', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...MEANINGFUL), maxLength: 40 }), (text) => textKey(text) === keyByExpressions(text)),
      { numRuns: fuzzRuns(20000) },
    );
  });

  it('is what they give on any code units at all, lone surrogates included', () => {
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, maxLength: 30 }), (text) => textKey(text) === keyByExpressions(text)),
      { numRuns: fuzzRuns(20000) },
    );
  });

  it('is what they give on every line of the fixtures, and on lines longer than its buffer or one conversion call', () => {
    const folders = [join(__dirname, '../../fixtures'), join(__dirname, '../../fixtures/previous')];
    const lines = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.txt'))
        .flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n')),
    );
    expect(lines.length).toBeGreaterThan(200);
    for (const line of lines) expect(textKey(line)).toBe(keyByExpressions(line));
    const long = '2023年共办理1,386件，同比增长3.5%。'.repeat(2000);
    expect(textKey(long)).toBe(keyByExpressions(long));
  });

  it('keeps every unit of a line that is all words, as its buffer grows from its first size', () => {
    // A fresh copy of the module: its buffer as a first line finds it, not as the lines above left it.
    jest.isolateModules(() => {
      const fresh = jest.requireActual<typeof import('../../../src/core/previous/text-keys')>('../../../src/core/previous/text-keys');
      for (const length of [255, 256, 257, 513, 1025, 8191, 8192, 8193, 20000]) {
        const words = '依法行政'.repeat(length).slice(0, length);
        expect(fresh.textKey(words)).toBe(words);
      }
    });
  });
});
