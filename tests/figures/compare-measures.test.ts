/**
 * Two years of one indicator kept in different measures (12000 one year, 1.3万 the next; 1.2 万件 and 13000 件; 件
 * and 元): no change and no 同比 (—), never one worked out across the two or guessed from a blank measure's scale.
 */
import { compare } from '../../src/core/figures/compare';
import { buildDataset } from '../../src/core/figures/dataset';
import { sourceFigure } from '../../src/core/figures/findings';
import type { FigureRecord } from '../../src/core/figures/model';

const UNIT = '市司法局';
const record = (year: number, indicator: string, value: number, measure: string): FigureRecord => ({ unit: UNIT, year, indicator, value, measure, place: {} });
const DATA = buildDataset([
  record(2023, '咨询人次', 12000, ''), record(2024, '咨询人次', 1.3, '万'),
  record(2023, '调解案件数', 1.2, '万件'), record(2024, '调解案件数', 13000, '件'),
  record(2023, '收费', 12, '件'), record(2024, '收费', 5, '元'),
  record(2023, '出庭应诉率', 95, ''), record(2024, '出庭应诉率', 97, '%'),
]).dataset;
const rows = new Map(compare(DATA, UNIT, 2024).map((row) => [row.indicator, row]));
const linked = (indicator: string, kind: 'change' | 'yoy') => sourceFigure(DATA, { unit: UNIT, year: 2024, indicator, kind })?.text;

test('万 one year and a blank or plain measure the other: no change, no 同比: a link to either shows —', () => {
  for (const indicator of ['咨询人次', '调解案件数']) {
    expect(rows.get(indicator)).toMatchObject({ change: null, yoy: null, direction: null, formatted: { change: '—', yoy: '—' } });
    expect([linked(indicator, 'change'), linked(indicator, 'yoy')]).toEqual(['—', '—']);
  }
});

test('measures that cannot be compared (件 and 元): no change, no 同比: a link to either shows —', () => {
  expect(rows.get('收费')).toMatchObject({ change: null, yoy: null, direction: null, formatted: { change: '—', yoy: '—' } });
  expect([linked('收费', 'change'), linked('收费', 'yoy')]).toEqual(['—', '—']);
});

test('a measure left blank one year is taken as the other year\u2019s (a rate\u2019s change still in points)', () => {
  expect(rows.get('出庭应诉率')).toMatchObject({ change: 2, changeInPoints: true, formatted: { change: '+2' } });
});
