import { partWithRole } from '../analysis';
import { defineRule, NO_OPTIONS } from './rule';

/** No year in the title, the opening or the date. */
export const yearUnknown = defineRule(NO_OPTIONS)({
  name: 'year-unknown',
  description: { 'zh-CN': '看得出报告年度', 'en-US': 'The report year can be told' },
  runs: 'always',
  codes: { 'year-unknown': 'warning' },
  messages: {
    'year-unknown': {
      'zh-CN': '看不出报告年度：请在标题中写明年份（如“2025年度”）。',
      'en-US': 'The report year cannot be told: put the year in the title (as in “2025年度”).',
    },
  },
  run({ analysis: a }, _options, code) {
    if (a.reportYear !== undefined) return [];
    return [{ code, part: partWithRole(a, 'title'), at: a.frame.title?.start ?? null, params: {} }];
  },
});
