import type { Analysis } from '../analysis';
import { openingYear, yearsNamed } from '../dates';
import { toHalfWidth } from '../numerals';
import { sectionMustExist } from './option-checks';
import { defineRule } from './rule';

/** A part must be about the report year plus an offset (下一年度的主要安排 → +1). */
export const partYear = defineRule({
  type: 'object',
  properties: {
    part: { type: 'string', description: 'The section part whose year is checked.' },
    offset: { type: 'integer', minimum: -5, maximum: 5, description: 'Years after the report year the part must be about.' },
  },
  required: ['part', 'offset'],
  additionalProperties: false,
})({
  name: 'part-year',
  description: { 'zh-CN': '某部分写的是规定的年份（如下一年度安排写下一年）', 'en-US': 'A part is about the year it should be (the plans: next year)' },
  runs: 'configured',
  ownCode: true,
  codes: { 'part-year': 'warning' },
  messages: {
    'part-year': { 'zh-CN': '“{partName}”写的是 {found} 年，应为 {expected} 年。', 'en-US': '“{partName}” is about {found}; it should be about {expected}.' },
  },
  validate: (options, profile) => sectionMustExist(profile, options.part, 'part'),
  run({ analysis: a }, options, code) {
    const heading = a.parts.find((p) => p.id === options.part)?.heading;
    if (a.reportYear === undefined || !heading) return [];
    const expected = a.reportYear + options.offset;
    let years = yearsNamed(heading.shape.head);
    let at = heading.index;
    if (!years.length) {
      // No year in the heading: a section that opens with a year says what it is about (2021年，我局将……);
      // a year later in the sentence is context (在2023年工作的基础上), not the plans' year, and so is one the
      // opening looks back from (2019年以来), or the date of an event (2023年12月，…): see openingYear.
      const first = firstBodyIndex(a, heading.index, heading.end);
      const leading = first === undefined ? undefined : openingYear(a.blocks[first]?.text ?? '');
      if (first !== undefined && leading !== undefined) {
        years = [leading];
        at = first;
      }
    }
    if (!years.length || years.includes(expected)) return [];
    return [{ code, part: options.part, at, params: { found: years[0] as number, expected } }];
  },
});

function firstBodyIndex(a: Analysis, headingIndex: number, end: number): number | undefined {
  for (let i = headingIndex + 1; i < end; i++) if (a.shapes[i]?.title) return i;
  return undefined;
}
