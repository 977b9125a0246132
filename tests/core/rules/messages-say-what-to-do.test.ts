import { check } from '../../../src/core/check';
import { textDoc } from '../../helpers/text-docs';
import { reportAbout } from '../../helpers/wording-report';

/**
 * Each finding tells the writer what to do, in both languages: these five once only stated the fault
 * (“只有标题，下面还没有内容。”), leaving the writer to guess the remedy.
 */
const base = reportAbout(2024, '全年办理行政复议案件12件，均在法定期限内审结。');
const variants: Array<[string, string[]]> = [
  ['heading-year', base.map((line, i) => (i === 2 ? '一、2023年度推进法治政府建设的主要举措和成效' : line))],
  ['empty-part', base.filter((_, i) => i !== 7)],
  ['prompt-left', base.map((line, i) => (i === 3 ? '【请写明本年度主要举措】' : line))],
  ['date-late', base.map((line, i) => (i === base.length - 1 ? '2025年4月8日' : line))],
  ['causes-missing', base.map((line, i) => (i === 5 ? '一是执法力量不足；二是普法形式单一。' : line))],
];

describe.each(variants)('%s', (code, lines) => {
  test('says what to do, in Chinese and in English', () => {
    const zh = check(textDoc(...lines)).findings.filter((f) => f.code === code);
    const en = check(textDoc(...lines), { lang: 'en-US' }).findings.filter((f) => f.code === code);
    expect(zh).toHaveLength(1);
    // Quoted words are the writer's (a prompt may itself say 请…): the remedy is in the message's own words.
    const own = (message: string | undefined) => (message ?? '').replace(/“[^”]*”/g, '');
    expect(own(zh[0]?.message)).toMatch(/请/);
    expect(own(en[0]?.message)).toMatch(/\b(write|add|check|replace|delete|change|submit)\b/i);
  });
});
