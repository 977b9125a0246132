import { partWithRole } from '../analysis';
import { defineRule, NO_OPTIONS } from './rule';

/**
 * An annual report is written after its year ends: a date inside the report year (or before it) is almost always
 * last year's date left in a report started from last year's file. Not checked when the year was read from the
 * date itself.
 */
export const dateEarly = defineRule(NO_OPTIONS)({
  name: 'date-early',
  description: { 'zh-CN': '成文日期在报告年度结束之后', 'en-US': 'The report is dated after its year ends' },
  runs: 'always',
  codes: { 'date-early': 'warning' },
  messages: {
    'date-early': {
      'zh-CN': '成文日期 {date} 还在报告年度 {reportYear} 年之内或之前：年度报告应在年度结束后成文，请核对日期（是否沿用了上年的日期）。',
      'en-US': 'The date {date} falls in or before the report year {reportYear}; an annual report is dated after its year ends: check the date (is it last year’s?).',
    },
  },
  run({ analysis: a }, _options, code) {
    const date = a.frame.date;
    if (!date?.value || a.reportYear === undefined || a.reportYearSource === 'date' || date.value.year > a.reportYear) return [];
    const { year, month, day } = date.value;
    return [{ code, part: partWithRole(a, 'date'), at: date.index, params: { date: `${year}年${month}月${day}日`, reportYear: a.reportYear } }];
  },
});
