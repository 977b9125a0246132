/** Figures as offices type them into a data file: 万 and 亿, thousands separators a hand-edited CSV lost its quotes around. */
import { readDataFile } from '../../src/data/read-data-file';
import { loaded } from '../helpers/data-files';

const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (...rows: string[]) => utf8(['单位,年度,指标,数值,计量单位', ...rows].join('\r\n') + '\r\n');

describe('万 and 亿 multiply', () => {
  test('1.3万 in a column whose measure is 元 is 13000 元, with no warning', async () => {
    const result = loaded(await readDataFile(csv('市财政局,2024,政府信息公开收费,1.3万,元', '市财政局,2024,行政事业性收费,2.05亿元,元', '市财政局,2024,罚没收入,1.1万,元'), 'a.csv'));
    expect(result.problems).toEqual([]);
    expect(result.dataset.lookup('市财政局', 2024, '政府信息公开收费')).toMatchObject({ value: 13000, measure: '元' });
    expect(result.dataset.lookup('市财政局', 2024, '行政事业性收费')).toMatchObject({ value: 205000000, measure: '元' });
    expect(result.dataset.lookup('市财政局', 2024, '罚没收入')?.value).toBe(11000);
  });

  test('in a 万元 column, 1.3万 and 1.3万元 are 1.3 万元 as written', async () => {
    const result = loaded(await readDataFile(csv('市财政局,2024,收费,1.3万,万元', '市财政局,2023,收费,1.2万元,万元'), 'a.csv'));
    expect(result.problems).toEqual([]);
    expect(result.dataset.lookup('市财政局', 2024, '收费')).toMatchObject({ value: 1.3, measure: '万元' });
    expect(result.dataset.lookup('市财政局', 2023, '收费')).toMatchObject({ value: 1.2, measure: '万元' });
  });

  test('a real mismatch keeps its warning: 件 in a 元 column, 万件 in a 元 column', async () => {
    const result = loaded(await readDataFile(csv('市财政局,2024,收费,12件,元', '市财政局,2023,收费,1.3万件,元'), 'a.csv'));
    expect(result.problems.map((p) => [p.code, p.place.row])).toEqual([['measure-mismatch', 2], ['measure-mismatch', 3]]);
  });
});

test('JSON records read 万 the same way', async () => {
  const json = JSON.stringify({ figures: [{ unit: '市财政局', year: 2024, indicator: '收费', value: '1.3万', measure: '元' }] });
  expect(loaded(await readDataFile(utf8(json), 'a.json')).dataset.records[0]).toMatchObject({ value: 13000, measure: '元' });
});

describe('an unquoted thousands separator in a hand-edited CSV', () => {
  test('a row with more cells than the header is an error on that row, never a figure', async () => {
    const result = loaded(await readDataFile(csv('市司法局,2024,行政复议案件收案数,1,102,件', '市司法局,2024,听证会次数,4,次'), 'a.csv'));
    expect(result.dataset.lookup('市司法局', 2024, '行政复议案件收案数')).toBeUndefined();
    expect(result.dataset.records).toHaveLength(1);
    const [extra] = result.problems;
    expect(result.problems).toHaveLength(1);
    expect(extra).toMatchObject({ code: 'extra-cells', severity: 'error', place: { row: 2 } });
    expect(extra?.message['zh-CN']).toMatch(/^第 2 行“数值”列（D 列）：“1,102”像是一个数.*没有读入/);
    const wider = loaded(await readDataFile(csv('市司法局,2024,听证会次数,4,次,5', '市司法局,2024,复议决定数,3,件,说明文字'), 'a.csv'));
    expect(wider.dataset.records.map((r) => r.indicator)).toEqual(['复议决定数']);
    expect(wider.problems[0]?.message['zh-CN']).toMatch(/^第 2 行：这一行有 6 格，比表头的 5 列多/);
  });

  test('with a note column, a value split so the measure cell holds three digits is an error too', async () => {
    const text = '单位,年度,指标,数值,计量单位,备注\r\n市司法局,2024,行政复议案件收案数,1,102,件\r\n市司法局,2024,复议决定数,315,件,\r\n';
    const result = loaded(await readDataFile(utf8(text), 'a.csv'));
    expect(result.dataset.records.map((r) => [r.indicator, r.value])).toEqual([['复议决定数', 315]]);
    expect(result.problems).toMatchObject([{ code: 'extra-cells', place: { row: 2 }, params: { value: '1', next: '102' } }]);
  });
});
