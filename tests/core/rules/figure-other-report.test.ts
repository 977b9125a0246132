import { check } from '../../../src/core/check';
import { buildDataset } from '../../../src/core/figures/dataset';
import { figureTag, type FigureRef } from '../../../src/core/figures/tags';
import { makeBlock, type ReportDocument } from '../../../src/core/document';
import { reportFacts, unitAmong } from '../../../src/core/figures/report-unit';
import { analyze } from '../../../src/core/analysis';
import { DEFAULT_PROFILE } from '../../../src/core/profiles';

const REPORT = ['市司法局关于2025年度法治政府建设情况的报告', '一、2025年度推进法治政府建设的主要举措和成效', '办理行政复议案件', '二、存在的不足和原因', '执法力量不足，原因是编制空缺。', '市司法局', '2026年1月10日'];
const ref = (unit: string, year: number, kind: FigureRef['kind'] = 'value'): FigureRef => ({ unit, year, indicator: '行政复议案件收案数', kind });

/** The report with linked figures in its third paragraph, and a comparison table's cells after it. */
function report(inSentence: FigureRef[], inCells: FigureRef[] = []): ReportDocument {
  const blocks = REPORT.map((text, i) => makeBlock(i, text));
  const third = blocks[2] as (typeof blocks)[number];
  blocks[2] = { ...third, text: `${third.text}${inSentence.map(() => '42').join('、')}件`, links: inSentence.map((r) => ({ tag: figureTag(r), text: '42' })) };
  const cells = inCells.map((r, i) => makeBlock(blocks.length + i, '42', { kind: 'table-cell', tags: [figureTag(r)] }));
  return { blocks: [...blocks.slice(0, 3), ...cells.map((c, i) => ({ ...c, index: 3 + i })), ...blocks.slice(3).map((b, i) => ({ ...b, index: 3 + cells.length + i }))], locationUnit: 'paragraph', warnings: [] };
}
const found = (doc: ReportDocument, dataUnits: string[] = []) => {
  const dataset = buildDataset(dataUnits.map((unit) => ({ unit, year: 2025, indicator: '行政复议案件收案数', value: 42, measure: '件', place: {} }))).dataset;
  return check(doc, { figures: dataUnits.length ? { dataset, unit: dataUnits[0] as string, year: 2025 } : undefined }).findings.filter((f) => f.code === 'figure-other-report');
};

describe('figure-other-report: a linked figure of another unit or year than the report’s', () => {
  test('the report of 市司法局 with 市人民政府’s figure in it (the data file’s first unit): one finding, the unit named', () => {
    const findings = found(report([ref('市人民政府', 2025)]), ['市人民政府', '市司法局']);
    expect(findings).toMatchObject([{ severity: 'warning', at: 2, params: { variant: 'unit', unit: '市人民政府', reportUnit: '市司法局', count: 1 } }]);
    expect(findings[0]?.message).toBe('文中有 1 处关联数字（如“行政复议案件收案数”）取自市人民政府，本报告是市司法局的：请在“数据”页选市司法局后重新插入，或删去。');
  });

  test('without a data file, the units the links name are enough when the title names one of them', () => {
    expect(found(report([ref('市司法局', 2025), ref('市人民政府', 2025)]))).toMatchObject([{ params: { variant: 'unit', unit: '市人民政府' } }]);
    expect(found(report([ref('市人民政府', 2025)]))).toEqual([]); // the title names no unit the links name: nothing to tell
  });

  test('another year: a warning; alike findings are one, with their count', () => {
    const findings = found(report([ref('市司法局', 2023), ref('市司法局', 2023, 'yoy')], [ref('市司法局', 2023, 'change')]));
    expect(findings).toMatchObject([{ severity: 'warning', params: { variant: 'year', year: 2023, reportYear: 2025, count: 3 } }]);
    expect(findings[0]?.message).toMatch(/^文中有 3 处关联数字（如“行政复议案件收案数”）是 2023 年的，本报告是 2025 年度的/);
  });

  test('last year’s figure: expected in a comparison table; in a sentence only a note', () => {
    expect(found(report([], [ref('市司法局', 2024), ref('市司法局', 2025), ref('市司法局', 2025, 'yoy')]))).toEqual([]);
    expect(found(report([ref('市司法局', 2024)]))).toMatchObject([{ severity: 'info', params: { variant: 'prior-year', year: 2024 } }]);
    expect(found(report([ref('市司法局', 2024, 'change')]))).toMatchObject([{ severity: 'warning', params: { variant: 'year' } }]);
  });

  test('the report’s unit and year for the figures panel: the title’s, the signature’s, else the name given before', () => {
    const units = ['市人民政府', '市司法局', '司法局'];
    const basisOf = (lines: string[], remembered?: string) => {
      const facts = reportFacts(analyze({ blocks: lines.map((t, i) => makeBlock(i, t)), locationUnit: 'paragraph', warnings: [] }, DEFAULT_PROFILE));
      return { unit: unitAmong([...facts.namePlaces, ...(remembered ? [remembered] : [])], units), year: facts.year };
    };
    expect(basisOf(REPORT)).toEqual({ unit: '市司法局', year: 2025 });
    expect(basisOf(['2025年度法治政府建设情况报告', '一、主要举措和成效', '略。', '市 司 法 局', '2026年1月10日'])).toMatchObject({ unit: '市司法局' });
    expect(basisOf(['2025年度法治政府建设情况报告'], '市司法局')).toEqual({ unit: '市司法局', year: 2025 });
    expect(basisOf([])).toEqual({ unit: undefined, year: undefined });
  });
});
