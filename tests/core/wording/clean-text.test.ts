import { fixture } from '../../helpers/text-docs';
import { check } from '../../../src/core/check';
import { WORDING_RULES } from '../../../src/core/rules/registry';

const WORDING_CODES = new Set(WORDING_RULES.flatMap((rule) => Object.keys(rule.codes)));

describe('text that must not be flagged', () => {
  test('history (原法制办, “十四五”以来, 党的十九大以来), exact titles, numbers, times, addresses and English, 截止日期: no wording finding', () => {
    const result = check(fixture('wording-clean-2025.txt'));
    expect(result.reportYear).toBe(2025);
    expect(result.findings.filter((f) => WORDING_CODES.has(f.code))).toEqual([]);
  });

  test('the project’s own clean fixtures give no wording finding either', () => {
    for (const name of ['complete-2023.txt', 'gov-info-complete-2024.txt', 'markdown-reordered-2022.txt', 'work-safety-2024.txt']) {
      expect({ name, findings: check(fixture(name)).findings.filter((f) => WORDING_CODES.has(f.code)) }).toEqual({ name, findings: [] });
    }
  });
});
