import { partWithRole } from '../analysis';
import { profilePattern } from '../patterns';
import { patternMustCompile } from './option-checks';
import { defineRule } from './rule';

/**
 * Information when the date is after a deadline in the year after the report year. `when` / `unless`: a pattern
 * tested on the issuing unit (signature, unit line, title), e.g. governments (人民政府) against departments.
 */
export const deadline = defineRule({
  type: 'object',
  properties: {
    month: { type: 'integer', minimum: 1, maximum: 12 },
    day: { type: 'integer', minimum: 1, maximum: 31 },
    when: { type: 'string', minLength: 1, description: 'Only for units this pattern matches (e.g. 人民政府$).' },
    unless: { type: 'string', minLength: 1, description: 'Not for units this pattern matches.' },
  },
  required: ['month', 'day'],
  additionalProperties: false,
})({
  name: 'deadline',
  description: { 'zh-CN': '成文日期不晚于报送期限', 'en-US': 'The report is dated by its deadline' },
  runs: 'configured',
  ownCode: true,
  codes: { deadline: 'info' },
  messages: {
    deadline: {
      'zh-CN': '成文日期 {date} 晚于报送期限 {deadline}：请核对日期；确已逾期的，请尽快报送。',
      'en-US': 'The date {date} is after the deadline for submitting the report, {deadline}: check the date; if it is right, submit the report without delay.',
    },
  },
  validate: (options) => [...patternMustCompile(options.when, 'when'), ...patternMustCompile(options.unless, 'unless')],
  run({ analysis: a }, options, code) {
    const value = a.frame.date?.value;
    // A day that does not exist (2月30日) is neither on time nor late: date-format names it.
    if (!value || value.impossible || a.reportYear === undefined) return [];
    const units = [a.frame.signature?.text, a.frame.unitLine?.text, a.frame.title?.text].filter((t): t is string => !!t);
    const unitMatches = (pattern: string) => units.some((unit) => profilePattern(a.profile, pattern).test(unit.replace(/关于.*$/, '')));
    if ((options.when && !unitMatches(options.when)) || (options.unless && unitMatches(options.unless))) return [];
    const due = [a.reportYear + 1, options.month, options.day] as const;
    const late = value.year * 10000 + value.month * 100 + value.day > due[0] * 10000 + due[1] * 100 + due[2];
    if (!late) return [];
    const params = { date: `${value.year}年${value.month}月${value.day}日`, deadline: `${due[0]}年${due[1]}月${due[2]}日` };
    return [{ code, part: partWithRole(a, 'date'), at: a.frame.date?.index ?? null, params }];
  },
});
