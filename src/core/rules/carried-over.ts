import { hostBlockOf } from '../analysis';
import { carriedOver, earlierPrevious } from '../previous/compare';
import { defineRule } from './rule';

/**
 * Text carried over from last year's report, part by part: one finding per part with lines that repeat last year's
 * verbatim or nearly (../previous/carried-over), at its first such line, naming the part's share. A warning at
 * `share` or more (0.4 by default: the rolled-forward fixture is 1, a rewritten report 0, a part that keeps one
 * paragraph of four about 0.25); in the parts where repetition means nothing changed (`strictParts`: the
 * shortcomings and the plans) at `strictShare` (0.2). Below that, information.
 */
export const carriedOverRule = defineRule({
  type: 'object',
  properties: {
    share: { type: 'number', minimum: 0, maximum: 1, description: 'Share of a part carried over (0–1) from which it is a warning.' },
    strictShare: { type: 'number', minimum: 0, maximum: 1, description: 'The same, for the strict parts.' },
    strictParts: { type: 'array', items: { type: 'string' }, description: 'Parts where repetition means nothing changed (shortcomings, plans).' },
  },
  additionalProperties: false,
})({
  name: 'carried-over',
  description: { 'zh-CN': '与上年报告相比，各部分沿用上年文字的比例', 'en-US': 'How much of each part repeats last year’s report' },
  runs: 'always',
  codes: { 'carried-over': 'warning' },
  defaults: { share: 0.4, strictShare: 0.2, strictParts: ['shortcomings', 'next-year-plans', 'problems-and-improvements'] },
  // Last year's place in its own unit: a paragraph of a .docx, a line of a text file.
  messages: {
    'carried-over': {
      'zh-CN': '“{partName}”有 {share}% 的文字与上年报告相同或几乎相同（{count} 段，自此段起；上年第 {previousParagraph} 段）：请按本年度的实际情况重写。',
      'en-US': { one: '{share}% of “{partName}” repeats last year’s report word for word or nearly ({count} paragraph, from here; last year’s paragraph {previousParagraph}): write it for this year.', other: '{share}% of “{partName}” repeats last year’s report word for word or nearly ({count} paragraphs, from here; last year’s paragraph {previousParagraph}): write it for this year.' },
    },
    'carried-over.line': {
      'zh-CN': '“{partName}”有 {share}% 的文字与上年报告相同或几乎相同（{count} 段，自此段起；上年第 {previousParagraph} 行）：请按本年度的实际情况重写。',
      'en-US': { one: '{share}% of “{partName}” repeats last year’s report word for word or nearly ({count} paragraph, from here; last year’s line {previousParagraph}): write it for this year.', other: '{share}% of “{partName}” repeats last year’s report word for word or nearly ({count} paragraphs, from here; last year’s line {previousParagraph}): write it for this year.' },
    },
    'carried-over.strict': {
      'zh-CN': '“{partName}”有 {share}% 的文字与上年报告相同或几乎相同（{count} 段，自此段起；上年第 {previousParagraph} 段）：这一部分照搬上年，说明情况没有变化，请写明本年度的实际情况。',
      'en-US': { one: '{share}% of “{partName}” repeats last year’s report ({count} paragraph, from here; last year’s paragraph {previousParagraph}): repeated here, it says nothing changed; write this year’s.', other: '{share}% of “{partName}” repeats last year’s report ({count} paragraphs, from here; last year’s paragraph {previousParagraph}): repeated here, it says nothing changed; write this year’s.' },
    },
    'carried-over.strict-line': {
      'zh-CN': '“{partName}”有 {share}% 的文字与上年报告相同或几乎相同（{count} 段，自此段起；上年第 {previousParagraph} 行）：这一部分照搬上年，说明情况没有变化，请写明本年度的实际情况。',
      'en-US': { one: '{share}% of “{partName}” repeats last year’s report ({count} paragraph, from here; last year’s line {previousParagraph}): repeated here, it says nothing changed; write this year’s.', other: '{share}% of “{partName}” repeats last year’s report ({count} paragraphs, from here; last year’s line {previousParagraph}): repeated here, it says nothing changed; write this year’s.' },
    },
  },
  run({ analysis, previous: given }, options, code) {
    const previous = earlierPrevious(analysis, given);
    if (!previous) return [];
    const { carried, shares } = carriedOver(analysis, previous.analysis);
    return shares.flatMap((part) => {
      const first = carried.find((m) => m.part === part.part);
      if (!first) return [];
      const strict = (options.strictParts ?? []).includes(part.part);
      const threshold = (strict ? options.strictShare : options.share) ?? 0.4;
      const params = {
        ...variantOf(strict, previous.doc.locationUnit === 'line'),
        share: Math.round(part.share * 100),
        count: part.carriedLines,
        previousParagraph: hostBlockOf(previous.analysis, first.previousAt) + 1,
      };
      return [{ code, severity: part.share >= threshold ? ('warning' as const) : ('info' as const), part: part.part, at: first.at, params }];
    });
  },
});

function variantOf(strict: boolean, inLines: boolean): { variant?: string } {
  const variant = [strict ? 'strict' : '', inLines ? 'line' : ''].filter(Boolean).join('-');
  return variant ? { variant } : {};
}
