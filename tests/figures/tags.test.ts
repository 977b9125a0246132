import fc from 'fast-check';
import { parsePartTag } from '../../src/core/tags';
import {
  figureRefsOf, figureTableTag, figureTag, parseFigureTableTag, parseFigureTag, rollForward, rollForwardTag, type FigureRef,
} from '../../src/core/figures/tags';
import { fuzzRuns } from '../helpers/fuzz-runs';

const ref: FigureRef = { unit: '市司法局', year: 2024, indicator: '行政复议案件收案数', kind: 'value' };

describe('figure link tags', () => {
  test('are ours, short and readable', () => {
    expect(figureTag(ref)).toBe('report-assistant:fig:v:2024:市司法局:行政复议案件收案数');
    expect(figureTag({ ...ref, kind: 'change' })).toBe('report-assistant:fig:c:2024:市司法局:行政复议案件收案数');
    expect(figureTag({ ...ref, kind: 'yoy' })).toBe('report-assistant:fig:y:2024:市司法局:行政复议案件收案数');
    expect(figureTableTag({ unit: '市司法局', year: 2024 })).toBe('report-assistant:figtable:2024:市司法局');
    const long = figureTag({ unit: '某某市市场监督管理局', year: 2024, indicator: '法律顾问参与审核重大决策件数', kind: 'yoy' });
    expect(long.length).toBeLessThanOrEqual(64);
  });

  test('are not mistaken for part tags, and part tags are not figure tags', () => {
    expect(parsePartTag(figureTag(ref))).toBeUndefined();
    expect(parseFigureTag('report-assistant:heading:measures')).toBeUndefined();
    expect(parseFigureTableTag('report-assistant:table:stats')).toBeUndefined();
  });

  test('escape the separator so names with ":" and "%" survive', () => {
    const odd = { ...ref, unit: 'a:b%3A', indicator: '率(%):合计' };
    expect(figureTag(odd)).toBe('report-assistant:fig:v:2024:a%3Ab%253A:率(%25)%3A合计');
    expect(parseFigureTag(figureTag(odd))).toEqual(odd);
  });

  test('malformed tags are not links', () => {
    for (const tag of [
      'report-assistant:fig:x:2024:a:b',
      'report-assistant:fig:v:abcd:a:b',
      'report-assistant:fig:v:02024:a:b',
      'report-assistant:fig:v:2024:a:b:c',
      'report-assistant:fig:v:2024:a%zz:b',
      'other:fig:v:2024:a:b',
      'report-assistant:figtable:2024:a:b',
    ]) {
      expect(parseFigureTag(tag) ?? parseFigureTableTag(tag)).toBeUndefined();
    }
  });

  test('round-trip exactly for any names and years (property)', () => {
    const kind = fc.constantFrom<FigureRef['kind']>('value', 'change', 'yoy');
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 0, max: 999999 }), kind, (unit, indicator, year, k) => {
        const r = { unit, indicator, year, kind: k };
        expect(parseFigureTag(figureTag(r))).toEqual(r);
        expect(parseFigureTableTag(figureTableTag({ unit, year }))).toEqual({ unit, year });
      }),
      { numRuns: fuzzRuns(200) },
    );
  });

  test('roll forward one year, for figures and tables; other tags are left alone', () => {
    expect(rollForward(ref)).toEqual({ ...ref, year: 2025 });
    expect(rollForward({ unit: '市司法局', year: 2024 })).toEqual({ unit: '市司法局', year: 2025 });
    expect(rollForwardTag(figureTag(ref))).toBe(figureTag({ ...ref, year: 2025 }));
    expect(rollForwardTag('report-assistant:figtable:2024:市司法局')).toBe('report-assistant:figtable:2025:市司法局');
    expect(rollForwardTag('report-assistant:heading:measures')).toBeUndefined();
  });

  test('figureRefsOf picks the links among a block\'s tags', () => {
    expect(figureRefsOf(['report-assistant:heading:measures', figureTag(ref)])).toEqual([ref]);
  });

  test('a year that is not a whole number cannot be tagged', () => {
    expect(() => figureTag({ ...ref, year: 2024.5 })).toThrow(RangeError);
  });
});
