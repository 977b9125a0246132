import { check } from '../../../src/core/check';
import { DEFAULT_PROFILE } from '../../../src/core/profiles';
import type { Profile } from '../../../src/core/profile';
import { BASE_REPORT, textDoc } from '../../helpers/text-docs';

const dated = (date: string) => textDoc(...BASE_REPORT.slice(0, -1), date);
const early = (date: string, profile?: Profile) => check(dated(date), { profile }).findings.filter((f) => f.code === 'date-early');

describe('date-early: an annual report is dated after its year ends', () => {
  test('a date inside the report year (last year’s date left in) is a warning naming both', () => {
    const [finding] = early('2023年1月15日');
    expect(finding).toMatchObject({ severity: 'warning', part: 'date', at: 11, params: { date: '2023年1月15日', reportYear: 2023 } });
    expect(finding?.message).toBe('成文日期 2023年1月15日 还在报告年度 2023 年之内或之前：年度报告应在年度结束后成文，请核对日期（是否沿用了上年的日期）。');
  });

  test('a date after the report year, or a report year read from the date itself, is not flagged', () => {
    expect(early('2024年1月15日')).toEqual([]);
    const untitled = textDoc(...BASE_REPORT.slice(2, -1).map((l) => l.replace(/\d{4}年度/, '')), '2023年6月1日');
    expect(check(untitled).reportYearSource).toBe('date');
    expect(check(untitled).findings.filter((f) => f.code === 'date-early')).toEqual([]);
  });

  test('a profile can lower its severity or turn it off, by its code', () => {
    const withEntry = (entry: Profile['rules'][number]): Profile => ({ ...DEFAULT_PROFILE, rules: [...DEFAULT_PROFILE.rules, entry] });
    expect(early('2023年12月1日', withEntry({ rule: 'date-early', severity: 'info' }))).toMatchObject([{ severity: 'info' }]);
    expect(early('2023年12月1日', withEntry({ rule: 'date-early', severity: 'off' }))).toEqual([]);
  });
});
