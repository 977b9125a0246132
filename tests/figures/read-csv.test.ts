import iconv from 'iconv-lite';
import { readDataFile } from '../../src/data/read-data-file';
import { loaded } from '../helpers/data-files';

const utf8 = (text: string) => new TextEncoder().encode(text);
const LONG_CSV = '单位,年度,指标,数值,计量单位,备注\r\n市司法局,2023,行政复议案件收案数,"1,047",件,\r\n市司法局,2024,行政复议案件收案数,"1,102",件,含转办\r\n市司法局,2024,出庭应诉率,97%,,\r\n';


describe('CSV files', () => {
  test('UTF-8, long layout', async () => {
    const result = loaded(await readDataFile(utf8(LONG_CSV), '数据.csv'));
    expect(result).toMatchObject({ format: 'csv', layout: 'long', problems: [] });
    expect(result.dataset.lookup('市司法局', 2024, '行政复议案件收案数')).toMatchObject({ value: 1102, note: '含转办', place: { row: 3, column: '数值', columnLetter: 'D' } });
    expect(result.dataset.lookup('市司法局', 2024, '出庭应诉率')).toMatchObject({ value: 97, measure: '%' });
    expect(result.dataset.units).toEqual(['市司法局']);
    expect(result.dataset.years).toEqual([2023, 2024]);
  });

  test('UTF-8 with BOM, and GB18030 as Excel on Chinese Windows saves it, read the same', async () => {
    const plain = loaded(await readDataFile(utf8(LONG_CSV), 'a.csv')).dataset.records;
    const bom = loaded(await readDataFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(LONG_CSV)]), 'a.csv')).dataset.records;
    const gb = new Uint8Array(iconv.encode(LONG_CSV, 'gb18030'));
    expect(gb).not.toEqual(utf8(LONG_CSV));
    const gbRecords = loaded(await readDataFile(gb, 'a.csv')).dataset.records;
    expect(bom).toEqual(plain);
    expect(gbRecords).toEqual(plain);
    expect(plain[0]?.unit).toBe('市司法局');
  });

  test('UTF-16 with BOM (Excel\'s "Unicode text", tab-separated)', async () => {
    const text = LONG_CSV.replace(/"1,047"/, '1047').replace(/"1,102"/, '1102').replace(/,/g, '\t');
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    expect(loaded(await readDataFile(bytes, 'a.txt')).dataset.lookup('市司法局', 2024, '行政复议案件收案数')?.value).toBe(1102);
  });

  test('wide layout with English headers', async () => {
    const csv = 'Unit,Indicator,Measure,2022,2023,2024\n市司法局,Hearings,次,3,2,4\n市司法局,Cases,件,"1,036","1,102",\n';
    const result = loaded(await readDataFile(utf8(csv), 'wide.csv'));
    expect(result.layout).toBe('wide');
    expect(result.dataset.records.map((r) => [r.indicator, r.year, r.value])).toEqual([
      ['Hearings', 2022, 3], ['Hearings', 2023, 2], ['Hearings', 2024, 4], ['Cases', 2022, 1036], ['Cases', 2023, 1102], ['Cases', 2024, null],
    ]);
  });

  test('mixed good and bad rows: the good ones load, the bad ones are listed, errors first', async () => {
    const csv = '单位,年度,指标,数值,计量单位\n市司法局,2024,甲,1e309,件\n市司法局,2024,乙,5,件\n市司法局,2024,甲,6,件\n' +
      '市司法局,2024,丙,"=HYPERLINK(""http://x"",""y"")",件\n市司法局,2024,"=HYPERLINK(""http://x"",""y"")",7,件\n';
    const result = loaded(await readDataFile(utf8(csv), 'mixed.csv'));
    expect(result.dataset.records.map((r) => [r.indicator, r.value])).toEqual([['乙', 5], ['甲', 6], ['=HYPERLINK("http://x","y")', 7]]);
    expect(result.problems.map((p) => [p.code, p.place.row])).toEqual([['not-finite', 2], ['not-a-number', 5]]);
    expect(result.problems[1]?.message['zh-CN']).toContain('第 5 行“数值”列（D 列）：“=HYPERLINK("http://x","y")”是公式文字，不会被计算');
  });

  test('duplicates name both rows', async () => {
    const csv = '单位,年度,指标,数值,计量单位\n市司法局,2024,甲,1,件\n市司法局,2024,乙,2,件\n市司法局,2024,甲,3,件\n';
    const result = loaded(await readDataFile(utf8(csv), 'dup.csv'));
    expect(result.problems.map((p) => p.message['en-US'])).toEqual([
      'Row 4, column “数值” (D): Repeats row 2 (same unit, year and indicator: 市司法局, 2024, 甲): row 2 was used; delete one of them.',
    ]);
  });

  test('an unclosed quote is pointed out', async () => {
    const csv = '单位,年度,指标,数值,计量单位\n市司法局,2024,甲,1,件\n市司法局,2024,"乙,2,件\n市司法局,2024,丙,3,件\n';
    const result = loaded(await readDataFile(utf8(csv), 'q.csv'));
    expect(result.problems.map((p) => [p.code, p.place.row])).toContainEqual(['csv-quote', 3]);
  });

  test('progress is reported, the event loop gets turns between chunks, and reading can be cancelled', async () => {
    const rows = Array.from({ length: 30000 }, (_, i) => `市司法局,2024,指标${i},${i},件`).join('\n');
    const bytes = utf8(`单位,年度,指标,数值,计量单位\n${rows}\n`);
    const fractions: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const result = loaded(await readDataFile(bytes, 'big.csv', { onProgress: (f) => fractions.push(f) }));
    clearInterval(timer);
    expect(result.dataset.records).toHaveLength(30000);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(ticks).toBeGreaterThan(0);

    const signal = { aborted: false };
    const cancelled = await readDataFile(bytes, 'big.csv', { signal, onProgress: () => (signal.aborted = true) });
    expect(!cancelled.ok && cancelled.error.code).toBe('aborted');
  });

  test('the committed sample loads clean, and its JSON twin has the same figures and passing checks', async () => {
    const fs = await import('node:fs');
    const csv = loaded(await readDataFile(fs.readFileSync('assets/sample-figures.csv'), 'sample-figures.csv'));
    const json = loaded(await readDataFile(fs.readFileSync('assets/sample-figures.json'), 'sample-figures.json'));
    expect(csv.problems).toEqual([]);
    expect(json.problems).toEqual([]);
    expect(csv.dataset.units).toEqual(['市人民政府', '市司法局', '市市场监管局']);
    expect(csv.dataset.years).toEqual([2022, 2023, 2024]);
    expect(csv.dataset.records.length).toBeGreaterThanOrEqual(100);
    const strip = (r: { place: unknown }) => ({ ...r, place: undefined });
    expect(json.dataset.records.map(strip)).toEqual(csv.dataset.records.map(strip));
    expect(json.dataset.checks.map((c) => c.kind)).toEqual(['at-most', 'ratio', 'at-most']);
  });
});

describe('a count with a fraction', () => {
  test('1.102 件 is read as written, with a warning at its cell asking whether 1,102 was meant; an average (2.5 件), rates, money and 万 are not flagged', async () => {
    const csv = ['单位,年度,指标,数值,计量单位', '市司法局,2024,法律援助案件数,1.102,件', '市司法局,2024,出庭应诉率,96.5,%', '市司法局,2024,办案经费,1.5,万元', '市司法局,2024,调解案件数,1.2,万件', '市司法局,2024,普法场次,40,场', '市司法局,2024,人均办案数,2.5,件'].join('\n');
    const result = loaded(await readDataFile(utf8(csv), '数据.csv'));
    expect(result.dataset.lookup('市司法局', 2024, '法律援助案件数')?.value).toBe(1.102);
    expect(result.problems.map((p) => [p.code, p.severity, p.place.row])).toEqual([['fractional-count', 'warning', 2]]);
    expect(result.problems[0]?.message['zh-CN']).toContain('“件”是整数计数，这里的数字却是 1.102，带小数：是否把千位分隔符写成了小数点');
  });
});
