/** A linked number showing a sign its figure does not have (1,102% for 1,102 件, +3% for a change of 3 points) is stale. */
import { makeBlock, type ReportDocument } from '../../src/core/document';
import { buildDataset } from '../../src/core/figures/dataset';
import { figureFindings, type LinkedFigure } from '../../src/core/figures/findings';
import type { FigureRecord } from '../../src/core/figures/model';
import { figureTag, type FigureRef } from '../../src/core/figures/tags';

const record = (year: number, indicator: string, value: number, measure: string): FigureRecord => ({ unit: '市司法局', year, indicator, value, measure, place: {} });
const { dataset } = buildDataset([record(2024, '收案数', 1102, '件'), record(2023, '出庭应诉率', 94, '%'), record(2024, '出庭应诉率', 97, '%'), record(2024, '千分比', 3, '‰')]);
const doc: ReportDocument = { blocks: [makeBlock(0, '一')], locationUnit: 'paragraph', warnings: [] };
const link = (indicator: string, text: string, kind: FigureRef['kind'] = 'value'): LinkedFigure => ({ tag: figureTag({ unit: '市司法局', year: 2024, indicator, kind }), text, at: 0 });
const stale = (links: LinkedFigure[]) =>
  figureFindings(doc, dataset, { unit: '市司法局', year: 2024, linkedFigures: links, placeholders: false }).map((f) => [f.code, f.params.shown, f.params.source]);

test('a % or ‰ the figure does not have, or a relative % for a change in points, is stale', () => {
  expect(stale([link('收案数', '1,102%'), link('出庭应诉率', '97‰'), link('千分比', '3%'), link('出庭应诉率', '+3%', 'change')])).toEqual([
    ['figure-stale', '1,102%', '1,102'],
    ['figure-stale', '97‰', '97%'],
    ['figure-stale', '3%', '3‰'],
    ['figure-stale', '+3%', '+3个百分点'],
  ]);
});

test('the number alone, its sign left outside the control, is still the figure', () => {
  expect(stale([link('收案数', '1102'), link('出庭应诉率', '97'), link('出庭应诉率', '97.0%'), link('千分比', '3'), link('出庭应诉率', '+3', 'change')])).toEqual([]);
});

test('a figure kept with no measure, shown with the other year’s % as the comparison table shows it, is not stale', () => {
  const blank = buildDataset([record(2023, '调解率', 95, ''), record(2024, '调解率', 97, '%')]).dataset;
  const shown: LinkedFigure = { tag: figureTag({ unit: '市司法局', year: 2023, indicator: '调解率', kind: 'value' }), text: '95%', at: 0 };
  expect(figureFindings(doc, blank, { unit: '市司法局', year: 2024, linkedFigures: [shown], placeholders: false })).toEqual([]);
});
