import { check } from '../../src/core/check';
import { buildDataset } from '../../src/core/figures/dataset';
import { figureTag } from '../../src/core/figures/tags';
import { readDocx } from '../../src/docx/read-docx';
import { buildDocx } from '../helpers/ooxml';

const record = (year: number, indicator: string, value: number) => ({ unit: '青禾县司法局', year, indicator, value, measure: '件', place: {} });
const { dataset } = buildDataset([record(2023, '收案数', 96), record(2024, '收案数', 120), record(2024, '行政诉讼案件数', 30), record(2024, '负责人出庭应诉数', 31)]);
const tag = figureTag({ unit: '青禾县司法局', year: 2024, indicator: '收案数', kind: 'value' });

/** A 2024 report whose 举措 section quotes a linked figure inside its sentence. */
function report(figure: string): Uint8Array {
  return buildDocx({
    body: [
      '青禾县司法局关于2024年度法治政府建设情况的报告',
      '一、2024年度推进法治政府建设的主要举措和成效',
      { kind: 'p', content: ['全年收到行政复议申请', { kind: 'sdt', tag, content: [figure] }, '件，全部依法审查。'] },
    ],
  });
}

describe('linked figures in a .docx, checked against the data file', () => {
  test('the reader gives each inline control its own text; a stale figure is named with both values, in its part', () => {
    const doc = readDocx(report('112'));
    expect(doc.blocks[2]?.links).toEqual([{ tag, text: '112' }]);
    expect(doc.blocks[2]?.text).toBe('全年收到行政复议申请112件，全部依法审查。');
    const result = check(doc, { figures: { dataset, unit: '青禾县司法局' } });
    const stale = result.findings.filter((f) => f.code === 'figure-stale');
    expect(stale.map((f) => [f.at, f.part, f.params.shown, f.params.source])).toEqual([[2, 'measures', '112', '120']]);
    expect(stale[0]?.message).toBe('青禾县司法局2024年“收案数”在文中是 112，数据文件中是 120：请更新为 120。');
  });

  test('an up-to-date figure gives no stale finding; the profile’s cross-check (出庭应诉数 ≤ 诉讼案件数) does', () => {
    const result = check(readDocx(report('120')), { figures: { dataset, unit: '青禾县司法局' }, lang: 'en-US' });
    expect(result.findings.filter((f) => f.code.startsWith('figure')).map((f) => [f.code, f.params.variant])).toEqual([['figure-inconsistent', 'at-most']]);
    expect(result.findings.find((f) => f.code === 'figure-inconsistent')?.message).toContain('负责人出庭应诉数 (31) is larger than 行政诉讼案件数 (30)');
  });

  test('without a data file the check is the document’s alone', () => {
    expect(check(readDocx(report('112'))).findings.some((f) => f.code.startsWith('figure'))).toBe(false);
  });
});
