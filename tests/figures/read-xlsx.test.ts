import { readDataFile } from '../../src/data/read-data-file';
import { isPercentFormat } from '../../src/data/xlsx-zip';
import { loaded, xlsx, type SheetData as Data } from '../helpers/data-files';

const HEADER = ['单位', '年度', '指标', '数值', '计量单位', '备注'];
const pct = (value: number, format = '0%') => ({ value, type: Number, format });

describe('.xlsx files', () => {
  let workbook: Uint8Array;
  beforeAll(async () => {
    workbook = await xlsx([
      { sheet: '说明', data: [['本表由市司法局法治督察科维护']] },
      {
        sheet: '数据',
        data: [
          ['某市法治政府建设数据（2023—2024年）'],
          HEADER,
          ['市司法局', 2024, '行政机关负责人出庭应诉率', pct(0.97), '%', null],
          ['市司法局', 2023, '行政机关负责人出庭应诉率', pct(0.952, '0.0%'), null, null],
          ['市司法局', 2024, '行政复议纠错率', 0.97, '%', '按填写读入'],
          ['市司法局', 2024, '行政诉讼案件数', 9, '件', null],
          ['市司法局', 2024, '负责人出庭应诉数', 11, '件', null],
          ['市司法局', 2024, '行政复议案件收案数', '1,102', '件', null],
          ['市司法局', 2024, '链接', '=HYPERLINK("http://x","y")', '件', null],
          ['市司法局', 2024, '=HYPERLINK("http://x","y")', 3, '件', null],
        ],
      },
      { sheet: '校验', data: [['类型', '左项', '右项'], ['不大于', '负责人出庭应诉数', '行政诉讼案件数'], ['比例', '行政机关负责人出庭应诉率', '负责人出庭应诉数']] },
    ]);
  });

  test('figures come from the 数据 sheet even when it is not first; rows as Excel numbers them', async () => {
    const result = loaded(await readDataFile(workbook, '法治数据.xlsx'));
    expect(result).toMatchObject({ format: 'xlsx', layout: 'long' });
    expect(result.dataset.lookup('市司法局', 2024, '行政复议案件收案数')).toMatchObject({ value: 1102, place: { sheet: '数据', row: 8, column: '数值', columnLetter: 'D' } });
  });

  test('a percent-formatted cell is its percentage; a plain 0.97 with measure % is taken as written', async () => {
    const { dataset } = loaded(await readDataFile(workbook, 'a.xlsx'));
    expect(dataset.lookup('市司法局', 2024, '行政机关负责人出庭应诉率')).toMatchObject({ value: 97, measure: '%' });
    expect(dataset.lookup('市司法局', 2023, '行政机关负责人出庭应诉率')).toMatchObject({ value: 95.2, measure: '%' });
    expect(dataset.lookup('市司法局', 2024, '行政复议纠错率')).toMatchObject({ value: 0.97, measure: '%', note: '按填写读入' });
  });

  test('formula text is never evaluated: as a value it is refused, as an indicator it is plain text', async () => {
    const result = loaded(await readDataFile(workbook, 'a.xlsx'));
    expect(result.dataset.lookup('市司法局', 2024, '=HYPERLINK("http://x","y")')?.value).toBe(3);
    const formula = result.problems.find((p) => p.code === 'not-a-number');
    expect(formula?.message['zh-CN']).toBe('工作表“数据”第 9 行“数值”列（D 列）：“=HYPERLINK("http://x","y")”是公式文字，不会被计算，也不是数字：请在 Excel 中换成数值（复制后“选择性粘贴 → 值”）。');
  });

  test('the 校验 sheet declares checks; a failing one is a warning; a malformed one names its row', async () => {
    const result = loaded(await readDataFile(workbook, 'a.xlsx'));
    expect(result.dataset.checks).toEqual([{ kind: 'at-most', left: '负责人出庭应诉数', right: '行政诉讼案件数' }]);
    expect(result.problems.map((p) => [p.code, p.severity, p.place.sheet, p.place.row])).toEqual([
      ['not-a-number', 'error', '数据', 9],
      ['bad-check', 'error', '校验', 3],
      ['check-failed', 'warning', '数据', 7],
    ]);
  });

  test('without a 数据 sheet the first sheet is read, skipping a checks sheet; sheet names match in any case', async () => {
    const rows = [HEADER, ['市司法局', 2024, '听证会次数', 4, '次']];
    const first = loaded(await readDataFile(await xlsx([{ sheet: 'Checks', data: [['kind', 'left', 'right'], ['at-most', 'A', 'B']] }, { sheet: 'Sheet2', data: rows }]), 'a.xlsx'));
    expect(first.dataset.records).toHaveLength(1);
    expect(first.dataset.checks).toEqual([{ kind: 'at-most', left: 'A', right: 'B' }]);
    const named = loaded(await readDataFile(await xlsx([{ sheet: 'Notes', data: [['x']] }, { sheet: 'FIGURES', data: rows }]), 'a.xlsx'));
    expect(named.dataset.records[0]).toMatchObject({ indicator: '听证会次数', value: 4 });
  });

  test('when the sheet read is not a figures table, the message names it and says how to point at another', async () => {
    const result = await readDataFile(await xlsx([{ sheet: '封面', data: [['某市法治政府建设数据']] }, { sheet: '2024年', data: [HEADER] }]), 'a.xlsx');
    expect(!result.ok && result.error.code).toBe('unknown-layout');
    expect(!result.ok && result.error.message['zh-CN']).toMatch(/^工作表“封面”：看不出表格的格式.*请把那个工作表命名为“数据”。）$/);
  });

  test('wide layout with year headers typed as numbers', async () => {
    const data: Data = [['单位', '指标', '计量单位', 2022, 2023, 2024], ['市司法局', '听证会次数', '次', 3, 2, null]];
    const result = loaded(await readDataFile(await xlsx([{ sheet: 'Sheet1', data }]), 'wide.xlsx'));
    expect(result.layout).toBe('wide');
    expect(result.dataset.records.map((r) => [r.year, r.value])).toEqual([[2022, 3], [2023, 2], [2024, null]]);
    expect(result.dataset.records[0]?.place).toEqual({ row: 2, column: '2022', columnLetter: 'D' });
  });

  test('a workbook named .csv is read as a workbook, with a note', async () => {
    const result = loaded(await readDataFile(workbook, 'data.csv'));
    expect(result.format).toBe('xlsx');
    expect(result.problems.find((p) => p.code === 'extension-mismatch')?.message['zh-CN']).toBe('文件扩展名是 .csv，但内容是 .xlsx 文件：已按 .xlsx 读取，建议改正扩展名。');
  });

  test('percent number formats: % outside quotes, brackets and escapes', () => {
    expect(['0%', '0.0%', '#,##0.00%;[Red]-0%'].map(isPercentFormat)).toEqual([true, true, true]);
    expect(['0"%"', '0\\%', '[$%-409]0', '#,##0', 'General'].map(isPercentFormat)).toEqual([false, false, false, false, false]);
  });
});
