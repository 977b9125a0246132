/**
 * Statistical tables often head the measure column 单位 (单位：件) beside a 单位名称 column for the office: that
 * 单位 is the measure, so a rate keeps its % (its change in points, no relative 同比).
 */
import { compare } from '../../src/core/figures/compare';
import { readDataFile } from '../../src/data/read-data-file';
import { loaded } from '../helpers/data-files';

const utf8 = (text: string) => new TextEncoder().encode(text);

test('单位名称 | 指标 | 单位 | 2023 | 2024: 单位名称 is the office, 单位 the measure', async () => {
  const text = '单位名称,指标,单位,2023,2024\r\n市司法局,行政机关负责人出庭应诉率,%,95,97\r\n市司法局,行政复议案件收案数,件,"1,047","1,102"\r\n';
  const result = loaded(await readDataFile(utf8(text), 'a.csv'));
  expect(result.problems).toEqual([]);
  expect(result.dataset.lookup('市司法局', 2024, '行政机关负责人出庭应诉率')).toMatchObject({ value: 97, measure: '%' });
  expect(result.dataset.lookup('市司法局', 2023, '行政复议案件收案数')).toMatchObject({ value: 1047, measure: '件' });
  const [rate] = compare(result.dataset, '市司法局', 2024);
  expect(rate).toMatchObject({ changeInPoints: true, yoy: null, formatted: { current: '97%', yoy: '—' } });
});

test('the same in a long table, the columns in another order', async () => {
  const text = '年度,单位,指标,数值,单位名称\r\n2024,%,出庭应诉率,97,市司法局\r\n';
  const result = loaded(await readDataFile(utf8(text), 'a.csv'));
  expect(result.dataset.units).toEqual(['市司法局']);
  expect(result.dataset.lookup('市司法局', 2024, '出庭应诉率')).toMatchObject({ value: 97, measure: '%' });
});

test('单位 beside 部门 stays the office (部门 may be a section of it): only an office named as such (单位名称, 填报单位) moves it', async () => {
  const text = '单位,部门,年度,指标,数值\r\n市司法局,行政复议科,2024,收案数,"1,102"\r\n';
  const result = loaded(await readDataFile(utf8(text), 'a.csv'));
  expect(result.dataset.units).toEqual(['市司法局']);
  expect(result.dataset.lookup('市司法局', 2024, '收案数')).toMatchObject({ value: 1102, measure: '' });
});

test('单位 beside 责任单位 stays the office too: 责任单位 names who answers for it, not the office the figures are of', async () => {
  const text = '单位,责任单位,年度,指标,数值\r\n市司法局,行政复议科,2024,收案数,"1,102"\r\n';
  const result = loaded(await readDataFile(utf8(text), 'a.csv'));
  expect(result.dataset.units).toEqual(['市司法局']);
  expect(result.dataset.lookup('市司法局', 2024, '收案数')).toMatchObject({ value: 1102, measure: '' });
});
