import { buildDataset } from '../../src/core/figures/dataset';
import { figureFindings } from '../../src/core/figures/findings';
import { figureTag } from '../../src/core/figures/tags';
import type { ReportDocument } from '../../src/core/document';

const record = (year: number, value: number) => ({ unit: '市司法局', year, indicator: '收案数', value, measure: '件', place: {} });

test.each([
  [400, 391, '-2.2%'],
  [2000, 2003, '+0.2%'],
])('a 同比 written as refresh writes it (%i → %i: %s) is not stale', (prior, current, text) => {
  const { dataset } = buildDataset([record(2023, prior), record(2024, current)]);
  const tag = figureTag({ unit: '市司法局', year: 2024, indicator: '收案数', kind: 'yoy' });
  const doc: ReportDocument = { blocks: [{ index: 0, text: `同比${text}`, kind: 'paragraph', tags: [], links: [{ tag, text }] }], locationUnit: 'paragraph', warnings: [] };
  expect(figureFindings(doc, dataset, { unit: '市司法局', year: 2024, linkedFigures: [{ tag, text, at: 0 }] })).toEqual([]);
  const wrong = figureFindings(doc, dataset, { unit: '市司法局', year: 2024, linkedFigures: [{ tag, text: '+9.9%', at: 0 }] });
  expect(wrong.map((f) => f.code)).toEqual(['figure-stale']);
});
