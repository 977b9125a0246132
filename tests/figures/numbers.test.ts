import fc from 'fast-check';
import { formatFigure, formatNumber } from '../../src/core/figures/format';
import { parseFigure } from '../../src/core/numbers';
import { measureInName, parseYear } from '../../src/data/cells';
import { fuzzRuns } from '../helpers/fuzz-runs';

const number = (value: number, suffix = '') => ({ kind: 'number', value, suffix });

describe('parseFigure: numbers as offices write them', () => {
  test.each([
    ['1,102', number(1102)],
    ['1102', number(1102)],
    ['97%', number(97, '%')],
    ['96.7％', number(96.7, '%')],
    ['12331件', number(12331, '件')],
    ['2,450 人次', number(2450, '人次')],
    ['１２３', number(123)],
    ['１，１０２', number(1102)],
    ['-3', number(-3)],
    ['－3', number(-3)],
    ['+12', number(12)],
    ['0.97', number(0.97)],
    ['1,234,567.5', number(1234567.5)],
    ['  42  ', number(42)],
  ])('%j', (text, expected) => {
    expect(parseFigure(text)).toEqual(expected);
  });

  test.each(['', '   ', '-', '—', '——', '/', null, undefined])('%j is blank: no figure, not an error', (cell) => {
    expect(parseFigure(cell)).toEqual({ kind: 'blank' });
  });

  test.each([
    ['NaN', 'not-finite'],
    ['Infinity', 'not-finite'],
    ['-inf', 'not-finite'],
    ['1e309', 'not-finite'],
    ['约一千', 'approximate'],
    ['1000余件', 'approximate'],
    ['50左右', 'approximate'],
    ['=HYPERLINK("http://x","y")', 'formula'],
    ['=SUM(A1:A3)', 'formula'],
    ['一千', 'not-a-number'],
    ['1,10', 'not-a-number'],
    ['1,1023', 'not-a-number'],
    ['12 34', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['abc', 'not-a-number'],
  ])('%j is refused (%s)', (text, reason) => {
    expect(parseFigure(text)).toEqual({ kind: 'invalid', reason });
  });

  test('numbers from a spreadsheet pass through; non-finite ones are refused', () => {
    expect(parseFigure(0.97)).toEqual(number(0.97));
    expect(parseFigure(Number.NaN)).toEqual({ kind: 'invalid', reason: 'not-finite' });
    expect(parseFigure(Number.POSITIVE_INFINITY)).toEqual({ kind: 'invalid', reason: 'not-finite' });
  });

  test('formatted numbers parse back to the same value (property)', () => {
    const figure = fc.oneof(
      fc.integer({ min: -1e12, max: 1e12 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
      fc.integer({ min: 0, max: 100000 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(figure, fc.constantFrom('', '件', '%', '人次'), (value, measure) => {
        const text = formatFigure(value, measure);
        const parsed = parseFigure(text);
        expect(parsed).toEqual(number(value === 0 ? 0 : value, measure === '%' ? '%' : ''));
        // Full-width digits and comma (as typed with a Chinese IME) read the same.
        const fullWidth = text.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(parseFigure(fullWidth)).toEqual(parsed);
      }),
      { numRuns: fuzzRuns(200) },
    );
  });

  test('formatNumber groups thousands and drops trailing zeros', () => {
    expect(formatNumber(1102)).toBe('1,102');
    expect(formatNumber(1234567.5)).toBe('1,234,567.5');
    expect(formatNumber(-1102)).toBe('-1,102');
    expect(formatNumber(100)).toBe('100');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  });
});

describe('parseYear and measures in names', () => {
  test.each([[2024, 2024], ['2024', 2024], ['2024年', 2024], ['2024年度', 2024], ['２０２４', 2024]])('%j → %d', (cell, year) => {
    expect(parseYear(cell)).toBe(year);
  });

  test.each([[2024.5], ['24'], ['二〇二四年'], ['3024'], [''], [null]])('%j is not a year', (cell) => {
    expect(parseYear(cell)).toBeUndefined();
  });

  test('a trailing bracket in an indicator names its measure', () => {
    expect(measureInName('行政机关负责人出庭应诉率（%）')).toBe('%');
    expect(measureInName('普法活动场次(场)')).toBe('场');
    expect(measureInName('行政诉讼案件数')).toBe('');
  });
});
