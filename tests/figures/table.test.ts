import type { Cell } from '../../src/data/cells';
import { FigureTableReader } from '../../src/data/table-reader';

function read(rows: Cell[][], sheet?: string) {
  const table = new FigureTableReader({ sheet });
  table.push(rows);
  return table.finish();
}

function ok(rows: Cell[][], sheet?: string) {
  const outcome = read(rows, sheet);
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.error.code}: ${outcome.error.message['en-US']}`);
  return outcome;
}

const LONG = ['单位', '年度', '指标', '数值', '计量单位', '备注'];

describe('long layout', () => {
  test('reads records, with blank values as "no figure" and measures kept apart', () => {
    const outcome = ok([
      LONG,
      ['市司法局', 2024, '行政复议案件收案数', '1,102', '件', ''],
      ['市司法局', '2023年', '行政复议案件收案数', 1047, '件', '含转办'],
      ['市司法局', 2024, '普法活动场次', '', '场', '年底补报'],
    ]);
    expect(outcome.layout).toBe('long');
    expect(outcome.problems).toEqual([]);
    expect(outcome.records.map((r) => [r.unit, r.year, r.indicator, r.value, r.measure, r.note])).toEqual([
      ['市司法局', 2024, '行政复议案件收案数', 1102, '件', undefined],
      ['市司法局', 2023, '行政复议案件收案数', 1047, '件', '含转办'],
      ['市司法局', 2024, '普法活动场次', null, '场', '年底补报'],
    ]);
    expect(outcome.records[0]?.place).toEqual({ row: 2, column: '数值', columnLetter: 'D' });
  });

  test('headers in English, with odd spacing, case and synonyms; columns in any order', () => {
    const outcome = ok([
      [' Value ', 'YEAR', 'Indicator', 'Unit', 'measure', 'Note'],
      ['12331件', 2024, '行政执法案件数', '市市场监管局', '', ''],
    ]);
    expect(outcome.records[0]).toMatchObject({ unit: '市市场监管局', year: 2024, value: 12331, measure: '件' });
    const synonyms = ok([['单位名称', '年份', '指标名称', '数据', '计量'], ['市司法局', 2024, '听证会次数', 3, '次']]);
    expect(synonyms.records[0]).toMatchObject({ value: 3, measure: '次' });
  });

  test('title lines above the header are skipped, and rows keep their Excel numbers', () => {
    const outcome = ok([['某市2024年法治政府建设数据'], [], LONG, ['市司法局', 2024, '听证会次数', 'x', '次']]);
    expect(outcome.problems[0]?.place).toMatchObject({ row: 4, column: '数值', columnLetter: 'D' });
  });

  test('a measure in the indicator name is used when the measure column is blank', () => {
    const outcome = ok([LONG, ['市司法局', 2024, '出庭应诉率（%）', '97', '', '']]);
    expect(outcome.records[0]).toMatchObject({ value: 97, measure: '%' });
  });

  test('formula text is plain text: an indicator named =HYPERLINK(...) is kept as written', () => {
    const outcome = ok([LONG, ['市司法局', 2024, '=HYPERLINK("http://x","y")', 5, '件']]);
    expect(outcome.records[0]?.indicator).toBe('=HYPERLINK("http://x","y")');
  });
});

describe('wide layout', () => {
  test('a column per year (2022, 2023年, 2024年度)', () => {
    const outcome = ok([
      ['单位', '指标', '计量单位', '2022', '2023年', '2024年度'],
      ['市司法局', '听证会次数', '次', 3, 2, ''],
    ]);
    expect(outcome.layout).toBe('wide');
    expect(outcome.records.map((r) => [r.year, r.value])).toEqual([[2022, 3], [2023, 2], [2024, null]]);
    expect(outcome.records[1]?.place).toEqual({ row: 2, column: '2023年', columnLetter: 'E' });
  });
});

describe('problems name the row and column and say what to fix; good rows still load', () => {
  const outcome = ok(
    [
      LONG,
      ['市司法局', 2024, '甲', '约一千', '件'],
      ['市司法局', 2024, '乙', 'NaN', '件'],
      ['', 2024, '丙', 1, '件'],
      ['市司法局', '去年', '丁', 1, '件'],
      ['市司法局', 2024, '戊', '=SUM(D2:D3)', '件'],
      ['市司法局', 2024, '己', '12件', '%'],
      ['市司法局', 2024, '庚', 7, '件'],
    ],
    '数据',
  );

  test('each bad row gives one problem; good rows load', () => {
    expect(outcome.records.map((r) => r.indicator)).toEqual(['己', '庚']);
    expect(outcome.problems.map((p) => [p.code, p.severity, p.place.row, p.place.columnLetter])).toEqual([
      ['not-a-number', 'error', 2, 'D'],
      ['not-finite', 'error', 3, 'D'],
      ['missing-cell', 'error', 4, 'A'],
      ['bad-year', 'error', 5, 'B'],
      ['not-a-number', 'error', 6, 'D'],
      ['measure-mismatch', 'warning', 7, 'D'],
    ]);
  });

  test('messages in both languages name sheet, row and column', () => {
    const [first] = outcome.problems;
    expect(first?.message['zh-CN']).toBe('工作表“数据”第 2 行“数值”列（D 列）：“约一千”是约数：请填写确切数字。');
    expect(first?.message['en-US']).toBe('Sheet “数据”, row 2, column “数值” (D): “约一千” is an approximation: write the exact figure.');
    expect(outcome.problems[4]?.message['zh-CN']).toContain('公式文字，不会被计算');
    expect(outcome.problems[2]?.message['zh-CN']).toContain('“单位”列（A 列）：这一行没有填单位');
  });
});

describe('files that are not a figures table', () => {
  test('missing columns: names them and lists the headers found', () => {
    const outcome = read([['单位', '指标', '备注'], ['市司法局', '甲', '']]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('missing-columns');
    expect(outcome.error.message['zh-CN']).toContain('缺少“年度、数值”列');
    expect(outcome.error.message['zh-CN']).toContain('“单位”、“指标”、“备注”');
    expect(outcome.error.message['en-US']).toContain('year, value');
  });

  test('unknown layout: lists what the first row holds', () => {
    const outcome = read([['姓名', '电话'], ['张三', '123']]);
    expect(!outcome.ok && outcome.error.code).toBe('unknown-layout');
    expect(!outcome.ok && outcome.error.message['zh-CN']).toContain('“姓名”、“电话”');
    // Each language lists them its own way.
    expect(!outcome.ok && outcome.error.message['en-US']).toContain('Headers found: “姓名”, “电话”.');
  });

  test('no rows at all is an empty file; a header alone loads with a warning', () => {
    for (const rows of [[], [[null, ''], []]]) {
      const outcome = read(rows);
      expect(outcome.ok ? 'ok' : outcome.error.code).toBe('empty-file');
    }
    const headerOnly = ok([LONG]);
    expect(headerOnly.problems.map((p) => p.code)).toEqual(['no-figures']);
  });

  test('more columns than the limit stops reading at once; trailing empty cells do not count', () => {
    const table = new FigureTableReader();
    expect(table.push([Array.from({ length: 1_000_000 }, () => 'a')])).toBe(false);
    expect(table.error?.code).toBe('too-many-columns');
    expect(table.error?.message['zh-CN']).toContain('上限 200 列');
    expect(ok([[...LONG, ...Array.from({ length: 500 }, () => '')], ['市司法局', 2024, '甲', 1, '件']]).records).toHaveLength(1);
  });

  test('the row limit is exact, and blank rows past it (a final line break) are harmless', () => {
    const table = new FigureTableReader();
    const row = ['市司法局', 2024, '甲', 1, '件'];
    table.push([LONG, ...Array.from({ length: 199_998 }, () => []), row, ['']]);
    expect(table.error).toBeUndefined();
    expect(table.push([row])).toBe(false);
    expect(table.error?.code).toBe('too-many-rows');
  });

  test('more rows than the limit stops reading', () => {
    const table = new FigureTableReader();
    table.push([LONG]);
    const row = ['市司法局', 2024, '甲', 1, '件'];
    let going = true;
    for (let i = 0; i < 201 && going; i++) going = table.push(Array.from({ length: 1000 }, () => row));
    expect(going).toBe(false);
    expect(table.error?.code).toBe('too-many-rows');
    expect(table.error?.message['en-US']).toContain('more than 200,000 rows');
  });
});
