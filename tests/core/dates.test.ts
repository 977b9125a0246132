import { parseDateLine, splitTrailingDate, yearsNamed } from '../../src/core/dates';
import { parseChineseCount, formatChineseCount } from '../../src/core/numerals';

describe('dates of issue', () => {
  test.each([
    ['2021年1月28日', { year: 2021, month: 1, day: 28, padded: false, chineseNumerals: false }],
    ['2021 年 1 月 28 日', { year: 2021, month: 1, day: 28, padded: false }],
    ['２０２１年１月２８日', { year: 2021, month: 1, day: 28 }],
    ['二〇二一年一月二十八日', { year: 2021, month: 1, day: 28, chineseNumerals: true }],
    ['二○二二年十二月三日', { year: 2022, month: 12, day: 3, chineseNumerals: true }],
    ['2021年01月08日', { year: 2021, month: 1, day: 8, padded: true }],
  ])('%s', (text, expected) => {
    expect(parseDateLine(text)).toMatchObject(expected);
  });

  test.each(['2021年13月1日', '2021年1月', '截至2021年1月28日', '2021-01-28'])('%s is not a date line', (text) => {
    expect(parseDateLine(text)).toBeUndefined();
  });

  test('a signature and a date on one line', () => {
    expect(splitTrailingDate('重庆市某某区交通局 2021年1月28日')).toMatchObject({ before: '重庆市某某区交通局', date: { year: 2021 } });
  });
});

describe('years named in text', () => {
  test('single years, spaced years and Chinese digit years; ranges are not years', () => {
    expect(yearsNamed('2021 年及今后三年')).toEqual([2021]);
    expect(yearsNamed('《纲要（2021—2025年）》2022年')).toEqual([2022]);
    expect(yearsNamed('二〇二〇年度')).toEqual([2020]);
  });
});

describe('Chinese counting numerals', () => {
  test.each([[1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [23, '二十三']])('%d ↔ %s', (n, text) => {
    expect(formatChineseCount(n)).toBe(text);
    expect(parseChineseCount(text)).toBe(n);
  });
});
