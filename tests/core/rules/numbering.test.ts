import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis';
import { check } from '../../../src/core/check';
import type { Heading } from '../../../src/core/parts';
import { DEFAULT_PROFILE } from '../../../src/core/profiles';
import { textDoc } from '../../helpers/text-docs';
import { fuzzRuns } from '../../helpers/fuzz-runs';

/** The runs of siblings as the rule once found them, parent by parent (quadratic, and so a plain reference). */
function referenceRuns(headings: readonly Heading[], from: number, to: number): string[] {
  const runs: string[] = [];
  const visit = (level: number, start: number, end: number) => {
    const atLevel = headings.filter((h) => h.level === level && h.index >= start && h.index < end);
    runs.push(`${level}:${atLevel.filter((h) => h.shape.marker).map((h) => h.index).join(',')}`);
    if (level < 3) for (const parent of atLevel) visit(level + 1, parent.index + 1, parent.end);
  };
  visit(1, from, to);
  return runs;
}

const line = fc.constantFrom('一、工作', '二、问题', '三、打算', '（一）情况', '（二）措施', '（三）成效', '1.内容', '2.内容', '3.内容', '（1）细节', '正文一句。', '2、事项');

test('numbering finds the same sibling runs as the parent-by-parent reference, on heading-dense text', () => {
  fc.assert(
    fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
      const doc = textDoc('2023年度法治政府建设情况报告', ...lines);
      const a = analyze(doc, DEFAULT_PROFILE);
      const expected = referenceRuns(a.headings, a.frame.bodyStart, a.frame.closingStart);
      // The rule reports per run; rebuild its runs from a reference-style check of each finding's heading.
      const found = check(doc).findings.filter((f) => f.code === 'numbering').map((f) => f.at);
      const reference = new Set<number>();
      for (const run of expected) {
        const indexes = (run.split(':')[1] ?? '').split(',').filter(Boolean).map(Number);
        const heads = indexes.map((i) => a.headings.find((h) => h.index === i) as Heading);
        heads.forEach((h, k) => {
          const m = h.shape.marker!;
          const first = heads[0]!.shape.marker!;
          const prev = heads[k - 1]?.shape.marker;
          const beforePrev = heads[k - 2]?.shape.marker;
          // After a repeat (told to be the next number), the number after that follows it.
          const followsRepeat = beforePrev !== undefined && prev!.style === beforePrev.style && prev!.ordinal === beforePrev.ordinal && m.ordinal === prev!.ordinal + 2;
          if (k === 0 ? m.ordinal !== 1 : m.style !== first.style || (m.ordinal !== prev!.ordinal + 1 && !followsRepeat)) reference.add(h.index);
        });
      }
      expect([...found].sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([...reference].sort((x, y) => x - y));
    }),
    { numRuns: fuzzRuns(300) },
  );
});

test('a number typed with a slip is told its standard form; its sequence is checked as usual', () => {
  const doc = textDoc('2023年度法治政府建设情况报告', '一，主要举措', '正文一句。', '二、存在的问题', '正文一句。', 'Ⅳ、下一步打算', '正文一句。');
  const numbering = check(doc).findings.filter((f) => f.code === 'numbering').map((f) => [f.at, f.params?.variant, f.params?.marker, f.params?.expected]);
  expect(numbering).toEqual([
    [1, 'form', '一，', '一、'],
    [5, 'form', 'Ⅳ、', '四、'],
    [5, 'skip', 'Ⅳ、', '三、'],
  ]);
});

test('after a repeated number, the number the repeat is told to be is followed: （一）（一）（三） is one finding, not two that undo each other', () => {
  const findings = (...headings: string[]) =>
    check(textDoc('2023年度法治政府建设情况报告', '一、主要举措', ...headings.flatMap((h) => [h, '正文一句。'])))
      .findings.filter((f) => f.code === 'numbering')
      .map((f) => [f.params?.variant, f.params?.marker, f.params?.expected]);
  expect(findings('（一）制度', '（一）执法', '（三）监督')).toEqual([['repeat', '（一）', '（二）']]);
  // Everything else as before.
  expect(findings('（一）制度', '（一）执法', '（二）监督')).toEqual([['repeat', '（一）', '（二）']]);
  expect(findings('（一）制度', '（三）执法', '（四）监督')).toEqual([['skip', '（三）', '（二）']]);
  expect(findings('（一）制度', '（一）执法', '（四）监督')).toEqual([
    ['repeat', '（一）', '（二）'],
    ['skip', '（四）', '（二）'],
  ]);
});
