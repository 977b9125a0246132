import { earlierPrevious, figuresLeftUnchanged } from '../previous/compare';
import { defineRule, NO_OPTIONS } from './rule';

/**
 * Figures left as last year's: a count or rate in the same clause with the same value in both years
 * (../previous/figures-unchanged), one finding per paragraph naming them. Information: a figure can truly stay
 * the same, but a report rolled forward with last year's figures is what reviewers send back.
 */
export const figuresUnchanged = defineRule(NO_OPTIONS)({
  name: 'figure-unchanged',
  description: { 'zh-CN': '与上年报告相同语句中的数字没有变化', 'en-US': 'Figures the same as in the same sentence last year' },
  runs: 'always',
  codes: { 'figure-unchanged': 'info' },
  messages: {
    'figure-unchanged': {
      'zh-CN': '{figures} 与上年报告同一句中的数字相同（如“{clause}”）：请核对是否沿用了上年的数字。',
      'en-US': { one: '{figures} is the same as in the same sentence of last year’s report (“{clause}”): check it is not last year’s figure.', other: '{figures} are the same as in the same sentences of last year’s report (such as “{clause}”): check they are not last year’s figures.' },
    },
  },
  run({ analysis, previous: given }, _options, code) {
    const previous = earlierPrevious(analysis, given);
    if (!previous) return [];
    const byLine = new Map<number, ReturnType<typeof figuresLeftUnchanged>>();
    for (const figure of figuresLeftUnchanged(analysis, previous.analysis)) byLine.set(figure.at, [...(byLine.get(figure.at) ?? []), figure]);
    return [...byLine].map(([at, figures]) => ({
      code,
      part: figures[0]!.part,
      at,
      params: { figures: figures.map((f) => f.figure).join('、'), count: figures.length, clause: figures[0]!.clause },
    }));
  },
});
