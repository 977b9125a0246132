/**
 * A rate's change is in percentage points (97% → 100%: 提高3个百分点), never a relative 同比 that writers
 * would copy as 同比增长3.1%; the table going into the report says 个百分点, and its 同比 cell is —.
 */
import { compare } from '../../src/core/figures/compare';
import { buildDataset } from '../../src/core/figures/dataset';
import { sourceFigure } from '../../src/core/figures/findings';
import { comparisonTable } from '../../src/core/figures/linking';
import type { FigureRecord } from '../../src/core/figures/model';

const UNIT = '青禾县司法局';
const record = (year: number, indicator: string, value: number, measure: string): FigureRecord => ({ unit: UNIT, year, indicator, value, measure, place: {} });
const DATA = buildDataset([record(2023, '负责人出庭应诉率', 97, '%'), record(2024, '负责人出庭应诉率', 100, '%'), record(2023, '收案数', 96, '件'), record(2024, '收案数', 112, '件')]).dataset;

describe('a rate’s change', () => {
  test('no relative 同比 for a rate; a count keeps its 同比', () => {
    const [rate, count] = compare(DATA, UNIT, 2024);
    expect(rate).toMatchObject({ changeInPoints: true, change: 3, yoy: null, formatted: { yoy: '—' } });
    expect(count).toMatchObject({ changeInPoints: false, yoy: expect.closeTo(16.67, 2), formatted: { change: '+16', yoy: '+16.7%' } });
  });

  test('the inserted table: +3个百分点 in the 增减 cell, — unlinked in the 同比 cell; a count as before', () => {
    const table = comparisonTable(compare(DATA, UNIT, 2024), UNIT, 2024, 'zh-CN');
    expect(table.cells[1]?.map((c) => c.text)).toEqual(['负责人出庭应诉率（%）', '97%', '100%', '+3个百分点', '—']);
    expect(table.cells[1]?.[4]?.tag).toBeUndefined();
    expect(table.cells[2]?.map((c) => c.text)).toEqual(['收案数（件）', '96', '112', '+16', '+16.7%']);
  });

  test('a 同比 link to a rate from an older table refreshes to the change in points, not a relative %', () => {
    const ref = { unit: UNIT, year: 2024, indicator: '负责人出庭应诉率' };
    expect(sourceFigure(DATA, { ...ref, kind: 'yoy' })).toEqual({ value: 3, text: '+3个百分点' });
    expect(sourceFigure(DATA, { ...ref, kind: 'change' })).toEqual({ value: 3, text: '+3个百分点' });
  });
});
