import { earlierPrevious } from '../previous/compare';
import { defineRule, NO_OPTIONS } from './rule';

/**
 * Last year's report given for the comparison names a year not earlier than this report's: the comparison checks
 * leave it alone (../previous/compare earlierPrevious), and this says why, so the writer picks the right file.
 */
export const previousYear = defineRule(NO_OPTIONS)({
  name: 'previous-year',
  description: { 'zh-CN': '所选的上年报告早于本报告', 'en-US': 'The report chosen as last year’s is of an earlier year' },
  runs: 'always',
  codes: { 'previous-year': 'warning' },
  messages: {
    'previous-year': {
      'zh-CN': '选作上年报告的是 {previousYear} 年度的报告，不早于本报告（{year} 年度），所以没有与它对比：请选择上一年度的报告（是否选反了？）。',
      'en-US': 'The report chosen as last year’s is the {previousYear} report, not earlier than this one ({year}), so it was not compared: choose the previous year’s report (were the two swapped?).',
    },
  },
  run({ analysis, previous }, _options, code) {
    if (!previous || earlierPrevious(analysis, previous)) return [];
    return [{ code, part: null, at: null, params: { previousYear: previous.analysis.reportYear ?? '', year: analysis.reportYear ?? '' } }];
  },
});
