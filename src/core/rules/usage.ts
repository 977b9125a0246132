import { phraseMatches, phrase } from '../wording/phrases';
import { wordsFinding } from '../wording/scan';
import { defineRule, NO_OPTIONS } from './rule';

/** 截止 (to end) where 截至 (up to) is meant: right before a date or 目前. 截止到, 截止日期 are left alone. */
const JIEZHI = phrase('截止(?=[ \\u3000]*(?:\\d{1,4}[ \\u3000]*[年月]|[〇○一二三四五六七八九十]{2,4}年|目前|今年|去年|本年|上年|当年|年底|年末|当前|现在))');
/** 23年度, 23年1月5日: a year written with two digits (GB/T 15835 writes it in full); not the end of a longer number. */
const SHORT_YEAR = phrase('([1-4]\\d)年(?=度|\\d{1,2}月\\d{1,2}日)');
const PART_OF_NUMBER = /[\d.．\-/／年]/;
/**
 * 20024年: five digits before 年, a year typed with one digit too many (no count of years runs so high); not a count
 * before 年检/年审/年薪 (共20234年检车辆), though a year before 检查, 审计 or 薪酬 (20244年审计发现) is named.
 */
const LONG_YEAR = phrase('(\\d{5})年(?!检(?![查测验察])|审(?![计理批查核议定])|薪(?!酬))');
/** How far from the report year a year a slip stands for may be: reports look back a few years and forward one. */
const YEARS_BACK = 10;

/** Word and number usage where the rule is sure: 截至 before a date; years in full (GB/T 15835—2011). */
export const usage = defineRule(NO_OPTIONS)({
  name: 'usage',
  description: { 'zh-CN': '用词和数字用法（截至、年份写全）', 'en-US': 'Word and number usage (截至 before dates, years in full)' },
  runs: 'always',
  codes: { 'word-usage': 'warning', 'number-usage': 'warning' },
  messages: {
    'word-usage': {
      'zh-CN': '“{found}”后面是时间，意思是“到某时为止”：请写“{expected}”（“截止”指停止，如“截止日期”）。',
      'en-US': '“{found}” before a date means “up to”: write “{expected}” (截止 means “to close”, as in 截止日期).',
    },
    'number-usage': {
      'zh-CN': '年份“{found}”只写了两位：GB/T 15835 要求写全，请写“{expected}”。',
      'en-US': 'The year “{found}” has two digits; GB/T 15835 writes it in full: write “{expected}”.',
    },
    'number-usage.typo': {
      'zh-CN': '年份“{found}”多了一位数字：请写“{expected}”。',
      'en-US': 'The year “{found}” has a digit too many: write “{expected}”.',
    },
  },
  run({ analysis: a }) {
    return [
      ...phraseMatches(a, JIEZHI).map(({ index, start, match }) => wordsFinding('word-usage', index, start, match[0], { expected: '截至' })),
      ...phraseMatches(a, SHORT_YEAR)
        .filter(({ text, start }) => standsAlone(text, start))
        .map(({ index, start, match }) => wordsFinding('number-usage', index, start, match[0], { expected: `20${match[1]}年` })),
      ...phraseMatches(a, LONG_YEAR).flatMap(({ index, text, start, match }) => {
        const year = standsAlone(text, start) ? yearTypedFor(match[1] as string, a.reportYear) : undefined;
        return year === undefined ? [] : [wordsFinding('number-usage', index, start, match[0], { variant: 'typo', expected: `${year}年` })];
      }),
    ];
  },
});

/** A number found at `start` that is not the end of a longer number (120024元, 2024.23年). */
function standsAlone(text: string, start: number): boolean {
  return !PART_OF_NUMBER.test(text.charAt(start - 1));
}

/** The year, near the report's, that five typed digits are with one of them dropped (the nearest, later on a tie). */
function yearTypedFor(digits: string, reportYear: number | undefined): number | undefined {
  if (reportYear === undefined) return undefined;
  const years = [...digits].map((_, i) => Number(digits.slice(0, i) + digits.slice(i + 1)));
  const near = years.filter((y) => y >= reportYear - YEARS_BACK && y <= reportYear + 1);
  return near.sort((x, y) => Math.abs(x - reportYear) - Math.abs(y - reportYear) || y - x)[0];
}
