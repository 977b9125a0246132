import fc from 'fast-check';
import { check } from '../../src/core/check';
import { makeBlock, type ReportDocument } from '../../src/core/document';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { applyPlan, planScaffold } from '../../src/core/scaffold';
import { partTag } from '../../src/core/tags';
import { readText } from '../../src/text/read-text';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { BASE_REPORT } from '../helpers/text-docs';

/** Lines that look like report text: headings of every kind, dates, prompts, tags, noise. */
const reportLine = fc.oneof(
  fc.constantFrom(...BASE_REPORT, '', '（一）健全机制', '2、 存在的问题', '### 三、第一责任人', '【请填写】', '二〇二四年一月五日', '区政府：', '一是深化改革。'),
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[一二三（）(）1-9、.．#* 年月日报告不足安排]{0,12}$/),
);

const arbitraryDoc: fc.Arbitrary<ReportDocument> = fc
  .array(
    fc.record({
      text: reportLine,
      kind: fc.constantFrom('paragraph', 'heading', 'list-item', 'table-cell' as const),
      level: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
      listString: fc.option(fc.constantFrom('一、', '（二）', '3.', '•', ''), { nil: undefined }),
      tags: fc.array(fc.constantFrom(partTag('heading', 'measures'), partTag('prompt', 'date'), 'other-tool', partTag('heading', 'no-such-part')), { maxLength: 2 }),
    }),
    { maxLength: 40 },
  )
  .map((specs) => ({ blocks: specs.map((s, i) => makeBlock(i, s.text, s)), locationUnit: 'paragraph' as const, warnings: [] }));

describe('properties', () => {
  test('the checker never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      check(readText(text));
    }), { numRuns: fuzzRuns(300) });
  });

  test('the checker never throws on arbitrary blocks, and every finding points inside the document', () => {
    fc.assert(fc.property(arbitraryDoc, fc.constantFrom('zh-CN', 'en-US' as const), (doc, lang) => {
      const result = check(doc, { lang });
      for (const f of result.findings) {
        expect(f.at === null || (f.at >= 0 && f.at < doc.blocks.length)).toBe(true);
        expect(f.message).not.toMatch(/\{\w+\}/);
      }
    }), { numRuns: fuzzRuns(300) });
  });

  test('the scaffold plan never changes or removes an existing block, and inserts within bounds', () => {
    fc.assert(fc.property(arbitraryDoc, fc.integer({ min: 2000, max: 2100 }), fc.option(fc.string({ maxLength: 12 }), { nil: undefined }), (doc, year, unit) => {
      const plan = planScaffold({ profile: DEFAULT_PROFILE, year, unit, doc });
      const before = doc.blocks.map((b) => b.text);
      const after = applyPlan(before, plan);
      const inserted = plan.insertions.reduce((n, ins) => n + ins.blocks.length, 0);
      expect(after).toHaveLength(before.length + inserted);
      // The original paragraphs are a subsequence of the result, unchanged and in order.
      let cursor = 0;
      for (const text of after) if (cursor < before.length && text === before[cursor]) cursor++;
      expect(cursor).toBe(before.length);
      for (const ins of plan.insertions) expect(ins.before >= 0 && ins.before <= before.length).toBe(true);
    }), { numRuns: fuzzRuns(300) });
  });
});
