import { check } from '../../../src/core/check';
import { DEFAULT_PROFILE } from '../../../src/core/profiles';
import type { Profile } from '../../../src/core/profile';
import { previousFixture, type PreviousFixture } from '../../helpers/previous-fixtures';

const previous = previousFixture('songchuan-2023');
const findings = (name: PreviousFixture, code: string, profile?: Profile, lang?: 'en-US') =>
  check(previousFixture(name).doc, { previous, profile, lang }).findings.filter((f) => f.code === code);

describe('carried-over: text repeated from last year, part by part', () => {
  test('rolled forward: a warning for each part, at its first paragraph, the plans and shortcomings told nothing changed', () => {
    const found = findings('songchuan-2024-rolled', 'carried-over');
    expect(found.map((f) => [f.part, f.severity, f.params.share, f.at])).toEqual([
      ['measures', 'warning', 100, 5],
      ['shortcomings', 'warning', 100, 13],
      ['leader-duties', 'warning', 100, 18],
      ['next-year-plans', 'warning', 100, 20],
    ]);
    expect(found[1]?.message).toBe('“存在的不足和原因”有 100% 的文字与上年报告相同或几乎相同（4 段，自此段起；上年第 14 行）：这一部分照搬上年，说明情况没有变化，请写明本年度的实际情况。');
    expect(found[0]?.message).toMatch(/^“主要举措和成效”有 100% 的文字与上年报告相同或几乎相同（5 段/);
  });

  test('rewritten: not flagged; partly: only the parts carried over', () => {
    expect(findings('songchuan-2024-rewritten', 'carried-over')).toEqual([]);
    expect(findings('songchuan-2024-partly', 'carried-over').map((f) => [f.part, f.severity])).toEqual([
      ['shortcomings', 'warning'],
      ['next-year-plans', 'warning'],
    ]);
  });

  test('without last year’s report nothing is said; a profile can raise the threshold', () => {
    expect(check(previousFixture('songchuan-2024-rolled').doc).findings.filter((f) => /carried|plan|unchanged/.test(f.code))).toEqual([]);
    const lenient: Profile = { ...DEFAULT_PROFILE, rules: [...DEFAULT_PROFILE.rules, { rule: 'carried-over', share: 1.01 as number, strictShare: 1, strictParts: ['shortcomings'] } as never] };
    expect(findings('songchuan-2024-rolled', 'carried-over', lenient).map((f) => f.severity)).toEqual(['warning', 'info', 'info', 'info']);
  });
});

describe('plans-taken-up: last year’s plans, as information', () => {
  test('half taken up: the two not taken up each named, the two taken up listed', () => {
    const missing = findings('songchuan-2024-rewritten', 'plan-not-taken-up');
    expect(missing.map((f) => [f.severity, f.params.plan])).toEqual([
      ['info', '（二）开展乡镇综合执法人员全员轮训'],
      ['info', '（三）打造沿河法治文化长廊'],
    ]);
    const [taken] = findings('songchuan-2024-rewritten', 'plans-taken-up', undefined, 'en-US');
    expect(taken?.message).toBe('2 of last year’s plans are taken up in this year’s measures: （一）建成行政复议网上申请平台；（四）完善村居法律顾问考核办法.');
    expect(taken?.severity).toBe('info');
  });
});

describe('figure-unchanged: last year’s figures in last year’s sentences', () => {
  test('rolled forward: each paragraph with figures named; rewritten: none', () => {
    const found = findings('songchuan-2024-rolled', 'figure-unchanged');
    expect(found.map((f) => f.params.figures)).toEqual(['2次、146件', '58件', '12次', '1386件、1342件、96.8%', '4人', '1次、4次']);
    expect(found.every((f) => f.severity === 'info')).toBe(true);
    expect(findings('songchuan-2024-rewritten', 'figure-unchanged')).toEqual([]);
  });
});

describe('last year’s report of a year not earlier than this one', () => {
  test('this year’s report given as last year’s, or the two swapped: nothing compared, and one warning says why', () => {
    const lastYear = previousFixture('songchuan-2023');
    const rolled = previousFixture('songchuan-2024-rolled');
    for (const [current, given] of [[lastYear, rolled], [rolled, rolled]] as const) {
      const { findings } = check(current.doc, { previous: given });
      expect(findings.filter((f) => ['carried-over', 'plan-not-taken-up', 'plans-taken-up', 'figure-unchanged'].includes(f.code))).toEqual([]);
      const said = findings.filter((f) => f.code === 'previous-year');
      expect(said.map((f) => [f.severity, f.at])).toEqual([['warning', null]]);
    }
    expect(check(lastYear.doc, { previous: rolled }).findings.find((f) => f.code === 'previous-year')?.message).toBe(
      '选作上年报告的是 2024 年度的报告，不早于本报告（2023 年度），所以没有与它对比：请选择上一年度的报告（是否选反了？）。',
    );
  });

  test('the year before is compared and not remarked on', () => {
    expect(check(previousFixture('songchuan-2024-rolled').doc, { previous }).findings.filter((f) => f.code === 'previous-year')).toEqual([]);
  });

  test('last year’s place is named in its own unit: a paragraph of a .docx, a line of a text file', () => {
    const asDocx = { ...previous, doc: { ...previous.doc, locationUnit: 'paragraph' as const } };
    const found = check(previousFixture('songchuan-2024-rolled').doc, { previous: asDocx }).findings.filter((f) => f.code === 'carried-over');
    expect(found[1]?.message).toContain('上年第 14 段）');
    expect(findings('songchuan-2024-rolled', 'carried-over', undefined, 'en-US')[1]?.message).toContain('last year’s line 14)');
  });
});
