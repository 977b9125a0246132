import { LAW_LIST } from '../../../src/core/wording/data';
import { normalize } from '../../../src/core/wording/titles';
import { reportAbout, wordingFindings } from '../../helpers/wording-report';

const cited = (year: number, sentence: string) => wordingFindings(reportAbout(year, sentence), undefined);

describe('laws and documents cited in 《》', () => {
  test('a character off names the right title, written as the citation wrote it (with or without 中华人民共和国)', () => {
    expect(cited(2023, '严格执行《中华人民共和国行政复义法》。')).toMatchObject([
      { code: 'law-title', severity: 'warning', params: { found: '《中华人民共和国行政复义法》' }, words: { start: 4, length: 14, expected: '《中华人民共和国行政复议法》' } },
    ]);
    expect(cited(2023, '严格执行《重大行政决策程序暂行条列》。')).toMatchObject([{ code: 'law-title', words: { expected: '《重大行政决策程序暂行条例》' } }]);
    expect(cited(2023, '对照《党政主要负责人履行法治建设第一责任人职责规定》。')).toMatchObject([{ words: { expected: '《党政主要负责人履行推进法治建设第一责任人职责规定》' } }]);
    // A short law's formal title with a character dropped.
    expect(cited(2023, '依据《中华人民共和国行政处法》办理。')).toMatchObject([{ code: 'law-title', words: { expected: '《中华人民共和国行政处罚法》' } }]);
    // Four characters with one changed is another subject as often as a slip: left alone.
    expect(cited(2023, '执行《中华人民共和国禁毒条例》《中华人民共和国航道条例》《中华人民共和国护理条例》。')).toEqual([]);
  });

  test('a version year the law does not have names the nearest one', () => {
    const [finding] = cited(2023, '学习《行政复议法（2022年修订）》。');
    expect(finding).toMatchObject({ code: 'law-title', params: { variant: 'version', versionYear: 2022 }, words: { expected: '《行政复议法（2023年修订）》' } });
    expect(finding?.message).toContain('没有 2022 年的版本');
    expect(cited(2023, '学习《中华人民共和国行政复议法（2023年修订）》。')).toEqual([]);
  });

  test('“新修订的” on a law last revised years before the report year is a note; on a recent revision it is not', () => {
    expect(cited(2024, '学习新修订的《中华人民共和国行政处罚法》。')).toMatchObject([{ code: 'law-revision', severity: 'info', params: { last: '2021-01-22', reportYear: 2024 } }]);
    expect(cited(2024, '学习新修订的《中华人民共和国行政复议法》。')).toEqual([]);
    expect(cited(2022, '学习新修订的《中华人民共和国行政处罚法》。')).toEqual([]);
  });

  test('titles the lists do not hold, exact titles and common short names say nothing', () => {
    const sentence = '执行《某某省行政执法监督条例》《中华人民共和国民法典》《保密法》《政府信息公开条例》《法治政府建设实施纲要》和《局务会议议事规则》。';
    expect(cited(2023, sentence)).toEqual([]);
  });

  test('normalising: brackets, digits, spaces and dashes of either width read alike', () => {
    expect(normalize('法治政府建设实施纲要 (２０２１-2025年)')).toBe(normalize('法治政府建设实施纲要（2021—2025年）'));
    expect(LAW_LIST.laws.length).toBeGreaterThan(900);
  });
});
