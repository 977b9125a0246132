import { compare } from '../../src/core/figures/compare';
import { buildDataset } from '../../src/core/figures/dataset';
import fc from 'fast-check';
import { holdsTypedWords } from '../../src/core/figures/findings';
import { formatChange, formatFigure, formatYoy, NO_FIGURE, yoyOf } from '../../src/core/figures/format';
import { figureTag } from '../../src/core/figures/tags';
import { COMPARISON_HEADINGS, DIRECTION_LABELS, POINTS_LABEL } from '../../src/core/figures/messages';
import type { FigureRecord } from '../../src/core/figures/model';

function rec(unit: string, year: number, indicator: string, value: number | null, measure = '件'): FigureRecord {
  return { unit, year, indicator, value, measure, place: { row: 1 } };
}

const data = buildDataset([
  rec('市司法局', 2023, '行政复议案件收案数', 1047),
  rec('市司法局', 2024, '行政复议案件收案数', 1102),
  rec('市司法局', 2023, '听证会次数', 15, '次'),
  rec('市司法局', 2024, '听证会次数', 12, '次'),
  rec('市司法局', 2023, '出庭应诉率', 95.2, '%'),
  rec('市司法局', 2024, '出庭应诉率', 97.5, '%'),
  rec('市司法局', 2023, '新增指标', 0),
  rec('市司法局', 2024, '新增指标', 8),
  rec('市司法局', 2024, '只有今年', 5),
  rec('市司法局', 2023, '只有去年', 7),
  rec('市司法局', 2024, '持平指标', 3),
  rec('市司法局', 2023, '持平指标', 3),
  rec('市司法局', 2022, '太早的指标', 1),
  rec('市司法局', 2024, '空白', null),
  rec('市人民政府', 2024, '行政复议案件收案数', 9),
]).dataset;

describe('compare: this year against last year for one unit', () => {
  const rows = compare(data, '市司法局', 2024);
  const row = (indicator: string) => rows.find((r) => r.indicator === indicator);

  test('one row per indicator the unit has in Y-1 or Y, in file order; other units and years left out', () => {
    expect(rows.map((r) => r.indicator)).toEqual(['行政复议案件收案数', '听证会次数', '出庭应诉率', '新增指标', '只有今年', '只有去年', '持平指标', '空白']);
  });

  test('values, change, direction, 同比 and their formatted forms', () => {
    expect(row('行政复议案件收案数')).toEqual({
      indicator: '行政复议案件收案数', measure: '件', changeInPoints: false,
      prior: 1047, current: 1102, change: 55, direction: 'up', yoy: expect.closeTo(5.253, 3),
      formatted: { prior: '1,047', current: '1,102', change: '+55', yoy: '+5.3%' },
    });
    expect(row('听证会次数')).toMatchObject({ change: -3, direction: 'down', formatted: { change: '-3', yoy: '-20.0%' } });
    expect(row('持平指标')).toMatchObject({ change: 0, direction: 'flat', formatted: { change: '0', yoy: '0.0%' } });
  });

  test('a rate keeps its % and changes in percentage points, without floating-point noise', () => {
    expect(row('出庭应诉率')).toMatchObject({ change: 2.3, changeInPoints: true, formatted: { prior: '95.2%', current: '97.5%', change: '+2.3' } });
  });

  test('同比 is null when the prior figure is 0 or missing; missing figures show a dash', () => {
    expect(row('新增指标')).toMatchObject({ prior: 0, current: 8, change: 8, yoy: null, formatted: { yoy: '—' } });
    expect(row('只有今年')).toMatchObject({ prior: null, change: null, direction: null, formatted: { prior: '—', change: '—', yoy: '—' } });
    expect(row('只有去年')).toMatchObject({ current: null, formatted: { current: '—' } });
    expect(row('空白')).toMatchObject({ prior: null, current: null, formatted: { current: '—' } });
  });

  test('unit names match whatever the width of their characters and spaces', () => {
    expect(compare(data, ' 市司法局 ', 2024)).toHaveLength(rows.length);
    expect(compare(data, '市公安局', 2024)).toEqual([]);
  });
});

describe('formatting and labels', () => {
  test('figures, changes and 同比 as reports write them', () => {
    expect(formatFigure(1102, '件')).toBe('1,102');
    expect(formatFigure(97, '%')).toBe('97%');
    expect(formatFigure(97, '％')).toBe('97%');
    expect(formatFigure(null, '件')).toBe('—');
    expect(formatChange(12)).toBe('+12');
    expect(formatChange(-1234)).toBe('-1,234');
    expect(formatYoy(5.2)).toBe('+5.2%');
    expect(formatYoy(-3)).toBe('-3.0%');
    expect(formatYoy(0.04)).toBe('0.0%');
    expect(formatYoy(1234.56)).toBe('+1,234.6%');
    expect(yoyOf(-10, -5)).toBe(50);
  });

  test('direction labels and headings exist in both languages', () => {
    expect(DIRECTION_LABELS['zh-CN']).toEqual({ up: '增加', down: '减少', flat: '持平' });
    expect(DIRECTION_LABELS['en-US'].flat).toBe('unchanged');
    expect(POINTS_LABEL['zh-CN']).toBe('个百分点');
    expect(Object.keys(COMPARISON_HEADINGS['en-US'])).toEqual(Object.keys(COMPARISON_HEADINGS['zh-CN']));
  });
});

describe('holdsTypedWords: what a refresh may not replace', () => {
  const TAG = figureTag({ unit: '市司法局', year: 2024, indicator: '收案数', kind: 'value' });
  const typed = (text: string) => holdsTypedWords({ tag: TAG, text });

  test('every figure, change and 同比 this product writes is its own, and so is a number written otherwise', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom('件', '%', '‰', ''), (value, measure) => {
        expect(typed(formatFigure(value, measure))).toBe(false);
        expect(typed(formatChange(value))).toBe(false);
        expect(typed(formatYoy(value))).toBe(false);
      }),
    );
    for (const own of [NO_FIGURE, '', '1102', '１，１０２', '+3个百分点']) expect(typed(own)).toBe(false);
  });

  test('words typed into a figure are the writer\u2019s', () => {
    for (const words of ['112，同比增长16.7%', '约112', '112件', '一百一十二', '112 12']) expect(typed(words)).toBe(true);
  });
});
