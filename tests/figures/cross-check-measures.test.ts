/**
 * Cross-checks over figures written in different scales (a total in 万件 over parts in 件), and a rate kept
 * without a measure (97 in a file with no 计量单位 column): no false alarm, and a real failure still shows.
 */
import { evaluateChecks } from '../../src/core/figures/cross-checks';
import { buildDataset } from '../../src/core/figures/dataset';
import type { FigureCheck, FigureRecord } from '../../src/core/figures/model';

const record = (indicator: string, value: number, measure = ''): FigureRecord => ({ unit: '市司法局', year: 2024, indicator, value, measure, place: {} });
const failures = (records: FigureRecord[], checks: FigureCheck[]) =>
  evaluateChecks(buildDataset(records).dataset, '市司法局', 2024, checks).map((f) => f.params.variant);

const SUM: FigureCheck = { kind: 'sum', total: '收案数', parts: ['审结数', '未审结数'] };
const AT_MOST: FigureCheck = { kind: 'at-most', left: '出庭数', right: '应诉数' };
const RATIO: FigureCheck = { kind: 'ratio', rate: '出庭应诉率', numerator: '出庭数', denominator: '应诉数' };

test('a total in 万 against parts in 件, and 万件 against 件, are compared in one measure', () => {
  expect(failures([record('收案数', 1.3, '万件'), record('审结数', 6000, '件'), record('未审结数', 7000, '件')], [SUM])).toEqual([]);
  expect(failures([record('出庭数', 9000, '件'), record('应诉数', 1.2, '万件')], [AT_MOST])).toEqual([]);
  expect(failures([record('收案数', 1.3, '万件'), record('审结数', 6000, '件'), record('未审结数', 6000, '件')], [SUM])).toEqual(['sum']);
  expect(failures([record('出庭数', 1.3, '万件'), record('应诉数', 12000, '件')], [AT_MOST])).toEqual(['at-most']);
});

test('a rate with no measure may be written in percent (97) or as a fraction (0.97); a wrong one still fails', () => {
  const parts = [record('出庭数', 97), record('应诉数', 100)];
  expect(failures([record('出庭应诉率', 97), ...parts], [RATIO])).toEqual([]);
  expect(failures([record('出庭应诉率', 0.97), ...parts], [RATIO])).toEqual([]);
  expect(failures([record('出庭应诉率', 90), ...parts], [RATIO])).toEqual(['ratio']);
  expect(failures([record('出庭应诉率', 0.9), ...parts], [RATIO])).toEqual(['ratio']);
  expect(failures([record('出庭应诉率', 97, '件'), ...parts], [RATIO])).toEqual(['ratio']);
});

test('a rate in ‰ is held to its numerator and denominator in ‰; a wrong one still fails', () => {
  const parts = [record('出庭数', 97), record('应诉数', 10000)];
  expect(failures([record('出庭应诉率', 9.7, '‰'), ...parts], [RATIO])).toEqual([]);
  expect(failures([record('出庭应诉率', 12, '‰'), ...parts], [RATIO])).toEqual(['ratio']);
});
