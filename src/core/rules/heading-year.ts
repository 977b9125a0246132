import { yearsNamed } from '../dates';
import { defineRule, NO_OPTIONS, type RuleFinding } from './rule';

/**
 * A top-level heading, or one naming a part, that names a year other than the report's. Parts with a year rule
 * of their own (part-year: the plans are about next year) are left to it.
 */
export const headingYear = defineRule(NO_OPTIONS)({
  name: 'heading-year',
  description: { 'zh-CN': '标题中的年份与报告年度一致', 'en-US': 'Years in headings are the report year' },
  runs: 'always',
  codes: { 'heading-year': 'warning' },
  messages: {
    'heading-year': {
      'zh-CN': '标题写的是 {found} 年，与报告年度 {reportYear} 年不一致：请改为 {reportYear} 年，或核对是否沿用了上年的标题。',
      'en-US': 'This heading names {found}, but the report is about {reportYear}: change it to {reportYear}, or check whether it was kept from last year.',
    },
  },
  run({ analysis: a }, _options, code) {
    const year = a.reportYear;
    if (year === undefined) return [];
    const ownYearParts = new Set(a.profile.rules.flatMap((r) => (r.rule === 'part-year' ? [r.part] : [])));
    const findings: RuleFinding[] = [];
    for (const heading of a.headings) {
      const namesPart = heading.parts.length > 0;
      if ((heading.level !== 1 && !namesPart) || heading.parts.some((p) => ownYearParts.has(p))) continue;
      const other = yearsNamed(heading.shape.head).find((y) => y !== year);
      if (other !== undefined) findings.push({ code, part: heading.parts[0] ?? null, at: heading.index, params: { found: other, reportYear: year } });
    }
    return findings;
  },
});
