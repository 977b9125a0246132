import { check } from '../../../src/core/check';
import { textDoc } from '../../helpers/text-docs';
import { reportAbout } from '../../helpers/wording-report';

const dated = (year: number, date: string) => check(textDoc(...reportAbout(year, '全年办理行政复议案件12件。', '加强执法队伍建设。', date))).findings;
const closingFindings = (year: number, date: string) =>
  dated(year, date).filter((f) => f.code === 'date-format' || f.code === 'missing-part').map((f) => [f.code, f.params.variant ?? f.part, f.params.expected]);

describe('a date written in a form a 成文日期 should not take', () => {
  test.each(['2025.1.20', '2025-01-20', '2025/1/20', '2025年元月20日', '2025年1月20号'])(
    '%s is still the date under the signature, told its standard form',
    (date) => {
      expect(closingFindings(2024, date)).toEqual([['date-format', 'form', '2025年1月20日']]);
    },
  );

  test('the finding says what to write, in both languages', () => {
    const [zh] = dated(2024, '2025.1.20').filter((f) => f.code === 'date-format');
    expect(zh?.message).toBe('成文日期“2025.1.20”写法不规范：请写“2025年1月20日”。');
    const en = check(textDoc(...reportAbout(2024, '全年办理行政复议案件12件。', '加强执法队伍建设。', '2025.1.20')), { lang: 'en-US' }).findings;
    expect(en.find((f) => f.code === 'date-format')?.message).toBe('The date “2025.1.20” is not written in the standard form: write “2025年1月20日”.');
  });
});

describe('a date that does not exist', () => {
  test('2月30日 and 4月31日 are named, saying to check the date; 29 February of a leap year is sound', () => {
    expect(closingFindings(2024, '2025年2月30日')).toEqual([['date-format', 'impossible', undefined]]);
    expect(dated(2024, '2025年4月31日').find((f) => f.code === 'date-format')?.message).toBe('成文日期“2025年4月31日”不存在（4月没有31日）：请核对日期。');
    expect(closingFindings(2023, '2024年2月29日')).toEqual([]);
    expect(closingFindings(2024, '2025年2月29日')).toEqual([['date-format', 'impossible', undefined]]);
  });
});
