import { readDataFile } from '../../src/data/read-data-file';
import { loaded, xlsx } from '../helpers/data-files';

// More rows than a function call takes arguments (about 120,000 in Node 20): a reader that spreads a sheet's records
// into one push fails on such a sheet, or on a smaller one when the call stack is already deep.
const ROWS = 140_000;

jest.setTimeout(120_000);

test('a sheet of 140,000 figures is read whole', async () => {
  const rows = Array.from({ length: ROWS }, (_, i) => [`第${(i % 700) + 1}单位`, 2024, `指标${Math.floor(i / 700) + 1}`, i, '件']);
  const workbook = await xlsx([{ sheet: '数据', data: [['单位', '年度', '指标', '数值', '计量单位'], ...rows] }]);
  const { dataset, problems } = loaded(await readDataFile(workbook, '全市数据.xlsx'));
  expect(dataset.records).toHaveLength(ROWS);
  expect(problems).toEqual([]);
  expect(dataset.lookup('第700单位', 2024, '指标200')).toMatchObject({ value: ROWS - 1 });
});
