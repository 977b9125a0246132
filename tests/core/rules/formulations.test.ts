import { check } from '../../../src/core/check';
import type { Profile } from '../../../src/core/profile';
import { DEFAULT_PROFILE } from '../../../src/core/profiles';
import { reportAbout, wordingFindings } from '../../helpers/wording-report';
import { textDoc } from '../../helpers/text-docs';

const about = (year: number, measures: string, plans?: string, date?: string) => wordingFindings(reportAbout(year, measures, plans, date));

describe('formulations current for the report year', () => {
  test('党的十九大精神 in a report about 2023 is outdated, with what to write; in a report about 2022, or as history, it is not', () => {
    const [finding, ...rest] = about(2023, '全局深入学习贯彻党的十九大精神，推进依法行政。');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'formulation-outdated', severity: 'warning', at: 3, params: { found: '十九大精神', year: 2023 }, words: { expected: '二十大和二十届历次全会精神' } });
    expect(finding?.message).toBe('“十九大精神”在 2023 年已不是现行提法（党的二十大已于2022年10月召开）：请写“二十大和二十届历次全会精神”。');
    expect(about(2022, '全局深入学习贯彻党的十九大精神。')).toEqual([]);
    expect(about(2023, '党的十九大以来，我局持续学习贯彻相关精神。')).toEqual([]);
    expect(about(2023, '深入学习贯彻党的十九大、二十大精神。')).toEqual([]);
  });

  test('an agency abolished in the 2018 reform, unless the sentence tells history (原…)', () => {
    expect(about(2021, '县政府法制办对合同进行合法性审查。')).toMatchObject([
      { code: 'formulation-outdated', params: { found: '政府法制办', expected: '司法行政部门（司法部、司法厅、司法局）' } },
    ]);
    expect(about(2021, '县政府法制办对合同进行合法性审查。')[0]?.words).toEqual({ start: 1, length: 5, text: '政府法制办' }); // advice, not a drop-in
    expect(about(2021, '县工商局开展抽查。')[0]?.words).toMatchObject({ expected: '市场监督管理局' });
    expect(about(2021, '原县政府法制办的复议职责已划入我局。')).toEqual([]);
    expect(about(2018, '县工商局开展抽查。')).toEqual([]);
  });

  test('“十四五” in plans for 2026 and later; as history, or in plans for 2025, it stands', () => {
    expect(about(2025, '“十四五”期间，累计化解纠纷300件。', '2026年，对照“十四五”规划推进法治建设。')).toMatchObject([
      { code: 'formulation-outdated', at: 9, params: { found: '十四五', year: 2026 }, words: { expected: '十五五' } },
    ]);
    expect(about(2025, '对照“十四五”规划推进法治建设。', '2026年，巩固“十四五”时期成果。')).toEqual([]);
    expect(about(2024, '对照“十四五”规划推进法治建设。', '2025年，对照“十四五”规划推进法治建设。')).toEqual([]);
  });

  test('a wrong form of a fixed expression, with the right one; the right form and other phrases are left alone', () => {
    expect(about(2023, '推进严格公正规范文明执法。')).toMatchObject([{ code: 'fixed-expression', params: { found: '严格公正规范文明执法' }, words: { start: 2, length: 10, expected: '严格规范公正文明执法' } }]);
    expect(about(2023, '推进严格规范公正文明执法，坚持规范执法。')).toEqual([]);
    expect(about(2023, '以习近平总书记法治思想为指导。')).toMatchObject([{ code: 'fixed-expression', words: { expected: '习近平法治思想' } }]);
    expect(about(2023, '重大执法决定法治审核率100%。')).toMatchObject([{ code: 'fixed-expression', params: { found: '法治审核', expected: '法制审核' } }]);
  });

  test('outline-citation: a period the 纲要 never had names the nearest edition; a province’s own 纲要 is its own', () => {
    const [finding] = about(2023, '落实《法治政府建设实施纲要（2022—2025年）》。');
    expect(finding).toMatchObject({ code: 'outline-citation', params: { document: '法治政府建设实施纲要', from: 2022, to: 2025, periods: '2015—2020 / 2021—2025' } });
    expect(finding?.words).toEqual({ start: 3, length: 22, text: '法治政府建设实施纲要（2022—2025年）', expected: '法治政府建设实施纲要（2021—2025年）' });
    expect(about(2023, '落实《法治社会建设实施纲要（2021－2025年）》。')).toMatchObject([{ code: 'outline-citation', words: { expected: '法治社会建设实施纲要（2020—2025年）' } }]);
    expect(about(2023, '落实《某某省法治政府建设实施纲要（2016—2020年）》。')).toEqual([]);
  });

  test('in the plans, a document whose period has ended is a note to cite the one in force', () => {
    expect(about(2025, '落实《法治政府建设实施纲要（2021—2025年）》。', '2026年，继续落实《法治政府建设实施纲要（2021—2025年）》。')).toMatchObject([
      { code: 'formulation-outdated', severity: 'info', at: 9, params: { variant: 'period', to: 2025, year: 2026 } },
    ]);
  });

  test('a session cited before it was held; plans naming an older plenary than the latest', () => {
    expect(about(2023, '学习贯彻党的二十届三中全会精神。', undefined, '2024年1月10日')).toMatchObject([
      { code: 'formulation-anachronism', params: { found: '二十届三中全会', session: '二十届三中全会', held: '2024-07-15', writtenBy: '2024-01-10' } },
    ]);
    expect(about(2024, '学习贯彻党的二十届三中全会精神。')).toEqual([]);
    const [stale] = about(2024, '学习贯彻党的二十届三中全会精神。', '2025年，深入学习贯彻党的二十大和二十届二中全会精神。');
    expect(stale).toMatchObject({ code: 'formulation-outdated', params: { variant: 'session', found: '二十届二中全会', latest: '二十届三中全会' } });
    expect(stale?.words).toEqual({ start: 18, length: 7, text: '二十届二中全会' }); // advice: no drop-in words
    expect(about(2024, '无。', '2025年，深入学习贯彻党的二十大和二十届二中、三中全会精神。')).toEqual([]);
    expect(about(2024, '无。', '2025年，深入学习贯彻党的二十大和二十届历次全会精神。')).toEqual([]);
  });

  test('a profile can lower the check’s severity or turn it off, by its name', () => {
    const withEntry = (entry: Profile['rules'][number]): Profile => ({ ...DEFAULT_PROFILE, rules: [...DEFAULT_PROFILE.rules, entry] });
    const doc = textDoc(...reportAbout(2023, '推进严格公正规范文明执法。'));
    const fixed = (profile: Profile) => check(doc, { profile }).findings.filter((f) => f.code === 'fixed-expression');
    expect(fixed(withEntry({ rule: 'formulations', severity: 'info' }))).toMatchObject([{ severity: 'info' }]);
    expect(fixed(withEntry({ rule: 'formulations', severity: 'off' }))).toEqual([]);
  });
});

describe('习近平法治思想 written as another name', () => {
  test('“依法治国思想” for 习近平法治思想 is a slip, with the right name; the speeches on 全面依法治国 are not', () => {
    expect(about(2024, '全局上下深入学习习近平依法治国思想。')).toMatchObject([
      { code: 'fixed-expression', params: { found: '习近平依法治国思想' }, words: { expected: '习近平法治思想' } },
    ]);
    expect(about(2024, '以习近平全面依法治国思想指导执法实践。')).toMatchObject([{ code: 'fixed-expression', words: { expected: '习近平法治思想' } }]);
    expect(about(2024, '认真学习习近平总书记关于全面依法治国的重要论述，坚持全面依法治国。')).toEqual([]);
  });
});
