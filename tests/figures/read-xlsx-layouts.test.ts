/** Workbooks as offices lay them out: merged unit cells, one sheet per year, measures in headers. */
import { readDataFile } from '../../src/data/read-data-file';
import { loaded, xlsx, type SheetData as Data } from '../helpers/data-files';

const HEADER = ['单位', '年度', '指标', '数值', '计量单位'];

describe('merged cells', () => {
  test('a unit merged down its block of rows is the unit of every row in it', async () => {
    const data: Data = [
      HEADER,
      [{ value: '甲县司法局', rowSpan: 3 }, 2024, '行政复议案件收案数', 41, '件'],
      [null, 2024, '行政诉讼案件数', 17, '件'],
      [null, 2024, '听证会次数', 3, '次'],
      [{ value: '乙县司法局', rowSpan: 2 }, { value: 2024, rowSpan: 2 }, '行政复议案件收案数', 29, '件'],
      [null, null, '行政诉讼案件数', 8, '件'],
    ];
    const result = loaded(await readDataFile(await xlsx([{ sheet: '数据', data }]), 'a.xlsx'));
    expect(result.problems).toEqual([]);
    expect(result.dataset.records).toHaveLength(5);
    expect(result.dataset.lookup('甲县司法局', 2024, '听证会次数')).toMatchObject({ value: 3, place: { row: 4 } });
    expect(result.dataset.lookup('乙县司法局', 2024, '行政诉讼案件数')).toMatchObject({ value: 8, place: { row: 6 } });
  });
});
