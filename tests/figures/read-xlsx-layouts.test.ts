/** Workbooks as offices lay them out: merged unit cells, one sheet per year, measures in headers. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
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

describe('one sheet per year', () => {
  const yearSheet = (year: number, value: number): { sheet: string; data: Data } => ({
    sheet: `${year}年`,
    data: [['单位', '指标', '数值', '计量单位'], ['市司法局', '行政复议案件收案数', value, '件'], ['市司法局', '听证会次数', value % 7, '次']],
  });

  test('every sheet with the data’s headers is read, the year from the sheet name; the sheets skipped are named, with why', async () => {
    const notes = { sheet: '填表说明', data: [['本表由市司法局法治督察科维护，每年一张工作表']] };
    const result = loaded(await readDataFile(await xlsx([notes, yearSheet(2023, 1047), yearSheet(2024, 1102)]), 'a.xlsx'));
    expect(result.dataset.years).toEqual([2023, 2024]);
    expect(result.dataset.lookup('市司法局', 2023, '行政复议案件收案数')).toMatchObject({ value: 1047, place: { sheet: '2023年', row: 2 } });
    expect(result.dataset.lookup('市司法局', 2024, '听证会次数')).toMatchObject({ value: 1102 % 7, place: { sheet: '2024年', row: 3 } });
    expect(result.problems.map((p) => [p.code, p.place.sheet])).toEqual([['sheet-skipped', '填表说明']]);
    expect(result.problems[0]?.message['zh-CN']).toMatch(/^工作表“填表说明”：这个工作表没有读入：看不出表格的格式/);
  });

  test('a year column wins over the sheet name; a sheet with neither is skipped, named', async () => {
    const withColumn = { sheet: '2020年', data: [HEADER, ['市司法局', 2022, '听证会次数', 5, '次']] };
    const noYear = { sheet: '汇总', data: [['单位', '指标', '数值'], ['市司法局', '听证会次数', 12]] };
    const result = loaded(await readDataFile(await xlsx([withColumn, noYear]), 'a.xlsx'));
    expect(result.dataset.records.map((r) => [r.year, r.value])).toEqual([[2022, 5]]);
    expect(result.problems.map((p) => [p.code, p.place.sheet])).toEqual([['sheet-skipped', '汇总']]);
    expect(result.problems[0]?.message['en-US']).toMatch(/lacks the column\(s\) year/);
  });
});

describe('headers as offices write them', () => {
  test('a measure in the header: 数值（件） in a long table, 2024年（件） in a wide one', async () => {
    const long = loaded(await readDataFile(await xlsx([{ sheet: '数据', data: [['单位', '年度', '指标', '数值（件）'], ['市司法局', 2024, '行政复议案件收案数', 1102]] }]), 'a.xlsx'));
    expect(long.dataset.records).toEqual([expect.objectContaining({ indicator: '行政复议案件收案数', value: 1102, measure: '件' })]);
    const wide = loaded(await readDataFile(await xlsx([{ sheet: '数据', data: [['单位', '指标', '2023年（件）', '2024年（件）'], ['市司法局', '行政诉讼案件数', 12, 17]] }]), 'a.xlsx'));
    expect(wide.dataset.records.map((r) => [r.year, r.value, r.measure])).toEqual([[2023, 12, '件'], [2024, 17, '件']]);
    expect(wide.problems).toEqual([]);
  });

  test('two header rows: years over measures, and a merged 数值 over the years', async () => {
    const yearsOverMeasures: Data = [['单位', '指标', '2023年', '2024年'], [null, null, '件', '件'], ['市司法局', '行政诉讼案件数', 12, 17]];
    const first = loaded(await readDataFile(await xlsx([{ sheet: '数据', data: yearsOverMeasures }]), 'a.xlsx'));
    expect(first.dataset.records.map((r) => [r.year, r.value, r.measure, r.place.row])).toEqual([[2023, 12, '件', 3], [2024, 17, '件', 3]]);
    const valueOverYears: Data = [
      [{ value: '单位', rowSpan: 2 }, { value: '指标', rowSpan: 2 }, { value: '计量单位', rowSpan: 2 }, { value: '数值', columnSpan: 2 }, null],
      [null, null, null, 2023, 2024],
      ['市司法局', '听证会次数', '次', 3, 4],
    ];
    const second = loaded(await readDataFile(await xlsx([{ sheet: '数据', data: valueOverYears }]), 'a.xlsx'));
    expect(second.dataset.records.map((r) => [r.year, r.value, r.measure])).toEqual([[2023, 3, '次'], [2024, 4, '次']]);
    expect(second.problems).toEqual([]);
  });

  test('a sheet wider than the column limit: what fits is read, the columns past it are named', async () => {
    const years = Array.from({ length: 230 }, (_, i) => 1900 + i);
    const data: Data = [['单位', '指标', ...years], ['市司法局', '听证会次数', ...years.map((y) => y % 10)]];
    const result = loaded(await readDataFile(await xlsx([{ sheet: '数据', data }]), 'a.xlsx'));
    expect(result.dataset.records).toHaveLength(198);
    expect(result.problems.map((p) => p.code)).toEqual(['columns-skipped']);
    expect(result.problems[0]?.message['zh-CN']).toMatch(/GS 列起的 32 列没有读入/);
  });
});

describe('formulas', () => {
  /** The workbook with some cells' XML replaced, as Excel writes formulas: <f> with or without a cached <v>. */
  async function withCells(data: Data, cells: Record<string, string>): Promise<Uint8Array> {
    const files = unzipSync(await xlsx([{ sheet: '数据', data }]));
    let sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    for (const [ref, inner] of Object.entries(cells)) sheet = sheet.replace(new RegExp(`<c r="${ref}"[^>]*>.*?</c>`), `<c r="${ref}"${inner}</c>`);
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet);
    return zipSync(files);
  }

  test('a formula with no saved value, or a saved #DIV/0! or #N/A, is a named problem on its cell; a saved value is read', async () => {
    const rows = ['甲', '乙', '丙', '丁'].map((name) => ['市司法局', 2024, `指标${name}`, 0, '件']);
    const bytes = await withCells([HEADER, ...rows], {
      D2: '><f>SUM(X1:X3)</f>',
      D3: ' t="e"><f>D2/0</f><v>#DIV/0!</v>',
      D4: ' t="e"><f>VLOOKUP(A4,X:Y,2,0)</f><v>#N/A</v>',
      D5: '><f>2+3</f><v>5</v>',
    });
    const result = loaded(await readDataFile(bytes, 'a.xlsx'));
    expect(result.dataset.records.map((r) => [r.indicator, r.value])).toEqual([['指标丁', 5]]);
    expect(result.problems.map((p) => [p.code, p.severity, p.place.row, p.place.columnLetter])).toEqual([
      ['formula-value', 'error', 2, 'D'],
      ['formula-value', 'error', 3, 'D'],
      ['formula-value', 'error', 4, 'D'],
    ]);
    expect(result.problems[0]?.message['zh-CN']).toMatch(/公式“=SUM\(X1:X3\)”没有保存计算结果/);
    expect(result.problems[1]?.message['zh-CN']).toMatch(/公式“=D2\/0”的结果是错误值 #DIV\/0!/);
    expect(result.problems[2]?.message['en-US']).toMatch(/#N\/A/);
  });
});
