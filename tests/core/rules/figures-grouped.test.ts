/**
 * Rolled forward with no figures for the new year, a report's links all show — : the check says so once per
 * unit and year, with the count, not once per link; and the pane is told how many before rolling.
 */
import { check } from '../../../src/core/check';
import { buildDataset } from '../../../src/core/figures/dataset';
import { rollForwardGaps } from '../../../src/core/figures/linking';
import { figureTag } from '../../../src/core/figures/tags';
import { makeBlock, type ReportDocument } from '../../../src/core/document';

const UNIT = '市司法局';
const INDICATORS = ['行政复议案件收案数', '行政诉讼案件数', '负责人出庭应诉数'];
const DATA = buildDataset(INDICATORS.map((indicator) => ({ unit: UNIT, year: 2024, indicator, value: 40, measure: '件', place: {} }))).dataset;

function report(year: number, text: string): ReportDocument {
  const lines = [`${UNIT}关于${year}年度法治政府建设情况的报告`, `一、${year}年度推进法治政府建设的主要举措和成效`, ...INDICATORS.map((i) => `${i}${text}件。`), UNIT, `${year + 1}年1月10日`];
  const blocks = lines.map((line, i) => makeBlock(i, line));
  INDICATORS.forEach((indicator, i) => {
    const block = blocks[2 + i] as (typeof blocks)[number];
    blocks[2 + i] = { ...block, links: [{ tag: figureTag({ unit: UNIT, year, indicator, kind: 'value' }), text }] };
  });
  return { blocks, locationUnit: 'paragraph', warnings: [] };
}

describe('alike figure findings grouped', () => {
  test('three links with no figure for the year: one finding with the count, at the first', () => {
    const findings = check(report(2025, '—'), { figures: { dataset: DATA, unit: UNIT, year: 2025 } }).findings.filter((f) => f.code === 'figure-missing');
    expect(findings).toMatchObject([{ severity: 'error', at: 2, params: { variant: 'no-source-many', count: 3, indicator: '行政复议案件收案数' } }]);
    expect(findings[0]?.message).toBe('文中有 3 处关联数字在数据文件里找不到市司法局2025年的数字（如“行政复议案件收案数”）：请向法制机构核实；文件补上后点“全部刷新”即可填入，或删除这些引用。');
  });

  test('one such link keeps its own wording', () => {
    const doc = report(2025, '—');
    doc.blocks = doc.blocks.map((b, i) => (i > 2 ? { ...b, links: [] } : b));
    expect(check(doc, { figures: { dataset: DATA, unit: UNIT, year: 2025 } }).findings.filter((f) => f.code === 'figure-missing')).toMatchObject([{ params: { variant: 'no-source' } }]);
  });

  test('one comparison row of — (the year, its change and 同比): one finding in the indicator’s own words, the file’s gap', () => {
    const doc = report(2025, '40');
    const indicator = INDICATORS[0] as string;
    doc.blocks = doc.blocks.map((b, i) => (i < 2 || i > 4 ? b : { ...b, links: [] }));
    const row = doc.blocks[2] as (typeof doc.blocks)[number];
    doc.blocks[2] = { ...row, text: `${indicator}40——`, links: (['value', 'change', 'yoy'] as const).map((kind) => ({ tag: figureTag({ unit: UNIT, year: 2025, indicator, kind }), text: '—' })) };
    const findings = check(doc, { figures: { dataset: DATA, unit: UNIT, year: 2025 } }).findings.filter((f) => f.code === 'figure-missing');
    expect(findings).toMatchObject([{ severity: 'error', at: 2, params: { variant: 'no-source', indicator } }]);
    expect(findings[0]?.message).toBe(`数据文件里没有${UNIT}2025年“${indicator}”的数字：请向法制机构核实，或删除这处引用。`);
  });

  test('before rolling forward: how many links, and how many have no figure a year on', () => {
    expect(rollForwardGaps(report(2023, '38').blocks, DATA)).toEqual({ links: 3, missing: 0, year: 2024 });
    expect(rollForwardGaps(report(2024, '40').blocks, DATA)).toEqual({ links: 3, missing: 3, year: 2025 });
  });
});
