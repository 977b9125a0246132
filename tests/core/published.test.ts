import { analyze, hostBlockOf, lineOfHostBlock } from '../../src/core/analysis';
import { check } from '../../src/core/check';
import type { ReportDocument } from '../../src/core/document';
import { isPageClutter } from '../../src/core/page-clutter';
import { validateProfile } from '../../src/core/profile-validation';
import type { Profile } from '../../src/core/profile';
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from '../../src/core/profiles';
import govInfo from '../../src/core/profiles/gov-info-disclosure-annual.json';
import { tellProfile } from '../../src/core/profiles/guess';
import { applyPlan, planScaffold } from '../../src/core/scaffold';
import { fixture, statusOf, textDoc } from '../helpers/text-docs';

/** Reports as they are really published (tests/fixtures/published): each class of text the checker must read. */
const GOV_INFO = govInfo as Profile;
const published = (name: string) => fixture(`published/${name}`);
const told = (doc: ReportDocument) => tellProfile(doc, BUILT_IN_PROFILES);
const checked = (doc: ReportDocument) => check(doc, { profile: told(doc).profile });
const atOf = (doc: ReportDocument, id: string) => checked(doc).parts.find((p) => p.id === id)?.at;
const codesOf = (doc: ReportDocument, code: string) => checked(doc).findings.filter((f) => f.code === code);

describe('the report type without a title: told from the whole text, and how sure', () => {
  test('a disclosure report that opens with 根据《中华人民共和国政府信息公开条例》 and 一、总体情况', () => {
    const guess = told(published('gov-info-no-title-2023.txt'));
    expect(guess).toMatchObject({ profile: { id: 'gov-info-disclosure-annual' }, guessed: true, confidence: 'text' });
    expect(guess.score).toBeGreaterThan(0.8);
  });

  test('a rule-of-law report that opens with its addressee', () => {
    expect(told(published('rule-of-law-addressee-first-2023.txt'))).toMatchObject({ profile: { id: 'rule-of-law-annual' }, confidence: 'text' });
  });

  test('a title still decides first; with nothing to go by, the first profile is the fallback', () => {
    expect(told(published('rule-of-law-thematic-2024.txt'))).toMatchObject({ profile: { id: 'rule-of-law-annual' }, confidence: 'title', score: 1 });
    expect(told(textDoc('工作总结', '今年各项工作进展顺利。'))).toMatchObject({ profile: DEFAULT_PROFILE, guessed: false, confidence: 'fallback', score: 0 });
  });
});

describe('the year\'s measures under thematic headings', () => {
  test('sections about the year\'s work before the shortcomings are the measures', () => {
    const doc = published('rule-of-law-thematic-2024.txt');
    expect(statusOf(checked(doc), 'measures')).toBe('present');
    expect(atOf(doc, 'measures')).toBe(10);
    expect(atOf(doc, 'shortcomings')).toBe(19);
  });

  test('一、2024年法治政府建设情况 names them outright', () => {
    const a = analyze(textDoc('2024年度法治政府建设情况报告', '一、2024年推进法治政府建设情况', '全年办理案件20件。'), DEFAULT_PROFILE);
    expect(a.headings[0]?.parts).toEqual(['measures']);
  });

  test('a thematic section after the shortcomings is not the measures', () => {
    const a = analyze(textDoc('2024年度法治政府建设情况报告', '一、存在的问题和不足', '人手不足，原因是编制空缺。', '二、加强党对法治建设的领导', '正文。'), DEFAULT_PROFILE);
    expect(a.parts.find((p) => p.id === 'measures')?.status).toBe('missing');
  });

  test('a theme that only mentions 问题 (坚持问题导向，…) is not the shortcomings', () => {
    const a = analyze(textDoc('2024年度法治政府建设情况报告', '一、夯实组织保障', '正文。', '二、坚持问题导向，推动执法质效全面提升', '正文。'), DEFAULT_PROFILE);
    expect(a.parts.find((p) => p.id === 'shortcomings')?.status).toBe('missing');
    expect(a.parts.find((p) => p.id === 'measures')?.at).toBe(1);
  });
});

describe('titles without 报告', () => {
  test('the title, with its year, and not a heading for the measures', () => {
    const result = checked(published('rule-of-law-thematic-2024.txt'));
    expect(result.parts.find((p) => p.id === 'title')).toMatchObject({ status: 'present', at: 3 });
    expect(result).toMatchObject({ reportYear: 2024, reportYearSource: 'title' });
  });

  test('××厅2023年度法治政府建设情况 followed by the opening', () => {
    const a = analyze(textDoc('江北省水利厅2023年度法治政府建设情况', '2023年，我厅坚持依法治水。', '一、主要举措和成效', '正文。'), DEFAULT_PROFILE);
    expect(a.frame.title).toMatchObject({ start: 0, text: '江北省水利厅2023年度法治政府建设情况' });
    expect(a.parts.find((p) => p.id === 'measures')?.at).toBe(2);
  });
});

describe('the web page around the text', () => {
  test.each([
    '今天是：2019年12月3日 星期二',
    '字号：大 中 小',
    '【打印本页】【关闭窗口】',
    '分享到：',
    '发布机构：青禾县人民政府  发文日期：2024-01-20',
    '[ 索 引 号 ] 11500229-2024-00031 [ 发文字号 ]',
    '| 索引号 | 0001-2024 | 生成日期 | 2024-02-01 |',
    '来源：本站  作者：  点击率：1032',
    '您当前的位置：首页 > 政务公开 > 年度报告',
    '||||||||',
  ])('%s is page clutter', (line) => {
    expect(isPageClutter(line)).toBe(true);
  });

  test.each(['来源于群众的意见建议全部办结。', '时间紧、任务重，我局倒排工期。', '大力推进执法规范化建设', '县人民政府：'])('%s is the report', (line) => {
    expect(isPageClutter(line)).toBe(false);
  });

  test.each(['— 2 —', '- 3 -', '－１２－', '第 2 页 共 5 页', '第2页，共5页', '共5页 第2页', '第 7 页', '2 / 5'])('page number %s is the page', (line) => {
    expect(isPageClutter(line)).toBe(true);
  });

  test.each(['一、2023年度主要举措', '2023年12月31日', '2', '全年办理行政复议案件2件，共5页材料。'])('%s is not a page number', (line) => {
    expect(isPageClutter(line)).toBe(false);
  });

  test('never the addressee, the date, the signature or the title; the closing still found past it', () => {
    const result = checked(published('rule-of-law-thematic-2024.txt'));
    expect(statusOf(result, 'addressee')).toBe('missing');
    expect(result.parts.find((p) => p.id === 'signature')?.at).toBe(24);
    expect(result.parts.find((p) => p.id === 'date')?.at).toBe(25);
  });

  test('the year is read from the opening sentence below it', () => {
    const a = analyze(textDoc('当前位置：首页 > 乡镇动态', '发布时间：2025-01-06  来源：西岭镇', '2024年，我镇扎实推进依法行政。', '一、主要举措和成效', '正文。'), DEFAULT_PROFILE);
    expect(a).toMatchObject({ reportYear: 2024, reportYearSource: 'opening' });
  });

  test('a year given only as 截至2023年12月31日 is the report year', () => {
    expect(checked(published('gov-info-no-title-2023.txt'))).toMatchObject({ reportYear: 2023, reportYearSource: 'opening' });
  });

  test('an addressee before everything else, when the title is gone', () => {
    const result = checked(published('rule-of-law-addressee-first-2023.txt'));
    expect(result.parts.find((p) => p.id === 'addressee')).toMatchObject({ status: 'present', at: 0 });
    expect(result).toMatchObject({ reportYear: 2023, reportYearSource: 'opening' });
    expect(atOf(published('rule-of-law-addressee-first-2023.txt'), 'measures')).toBe(2);
  });

  test('a news lead above the report (a sentence, with commas) is not its title', () => {
    const a = analyze(textDoc('3月5日，东风县司法局发布2024年法治政府建设情况的报告', '东风县司法局2024年法治政府建设情况报告', '一、主要举措和成效', '正文。'), DEFAULT_PROFILE);
    expect(a.frame.title?.start).toBe(1);
  });

  test('a fragment the page cut (街道) is not a signature', () => {
    const a = analyze(textDoc('2024年度法治政府建设情况报告', '一、主要举措和成效', '全年开展普法活动。', '街道'), DEFAULT_PROFILE);
    expect(a.frame.signature).toBeUndefined();
  });

  test('a cover letter before the report: its document number skipped, its addressee, signature and date read', () => {
    const doc = published('rule-of-law-cover-letter-2023.txt');
    const result = checked(doc);
    expect(Object.fromEntries(result.parts.map((p) => [p.id, p.at]))).toMatchObject({ title: 0, addressee: 2, signature: 4, date: 5, measures: 8 });
    expect(result.findings.map((f) => f.code)).toEqual([]);
  });
});

describe('sub-headings are not parts of their own', () => {
  test('（一）主动公开情况 （二）依申请公开情况 under 一、总体情况 are not sections 二 and 三', () => {
    const result = checked(published('gov-info-no-title-2023.txt'));
    expect(['overview', 'proactive-disclosure', 'requests'].map((id) => statusOf(result, id))).toEqual(['present', 'missing', 'missing']);
  });

  test('an item 2.…第一责任人职责 in its list stays an item (no numbering fault); 3.…突出…工作重点 is not the plans', () => {
    const doc = published('rule-of-law-items-2023.txt');
    const a = analyze(doc, DEFAULT_PROFILE);
    expect(a.headings.find((h) => h.parts.includes('leader-duties'))).toMatchObject({ index: 5, level: 3 });
    expect(codesOf(doc, 'numbering')).toEqual([]);
    expect(statusOf(checked(doc), 'next-year-plans')).toBe('missing');
  });
});

describe('tables flattened into lines', () => {
  test('row labels copied out of a table are not headings and give no numbering warning', () => {
    const doc = published('gov-info-table-rows-2024.txt');
    const result = checked(doc);
    expect(codesOf(doc, 'numbering')).toEqual([]);
    expect(result.parts.filter((p) => p.status !== 'present').map((p) => p.id)).toEqual(['addressee']);
    expect(result.parts.find((p) => p.id === 'review-and-litigation')?.at).toBe(24);
    const headings = analyze(doc, GOV_INFO).headings.map((h) => doc.blocks[h.index]?.text);
    expect(headings).not.toContain('一、本年新收政府信息公开申请数量 |');
    expect(headings).not.toContain('行政诉讼');
  });
});

describe('text flattened onto one line', () => {
  const doc = published('gov-info-one-line-2024.txt');

  test('headings inside the line are found, and placed on the line itself', () => {
    const result = checked(doc);
    expect(doc.blocks).toHaveLength(1);
    expect(result.parts.filter((p) => p.status === 'present').map((p) => [p.id, p.at])).toEqual([
      ['title', 0],
      ['overview', 0],
      ['proactive-disclosure', 0],
      ['requests', 0],
      ['review-and-litigation', 0],
      ['problems-and-improvements', 0],
      ['other-matters', 0],
    ]);
    expect(result).toMatchObject({ reportYear: 2024 });
  });

  test('the scaffold inserts around the line, never inside it, and keeps it whole', () => {
    const text = doc.blocks[0]?.text ?? '';
    const shorter = textDoc(text.replace(/五、存在的主要问题及改进情况[^。]*。[^。]*。/, ''), '西岭镇人民政府', '2025年1月20日');
    const plan = planScaffold({ profile: GOV_INFO, year: 2024, doc: shorter });
    expect(plan.adds).toEqual(['problems-and-improvements']);
    expect(plan.insertions.map((ins) => ins.before)).toEqual([1]);
    expect(applyPlan(shorter.blocks.map((b) => b.text), plan)).toContain(shorter.blocks[0]?.text);
  });

  test("a host's block is found as its first read line, and one past the lines when it has none", () => {
    const a = analyze(textDoc('2024年度政府信息公开工作年度报告', doc.blocks[0]?.text ?? '', '西岭镇人民政府'), GOV_INFO);
    const hostIndex = a.hostIndex ?? [];
    expect(hostIndex.filter((host) => host === 1).length).toBeGreaterThan(3);
    for (const host of [0, 1, 2]) {
      const line = lineOfHostBlock(a, host);
      expect(line).toBe(hostIndex.indexOf(host));
      expect(hostBlockOf(a, line)).toBe(host);
    }
    expect(lineOfHostBlock(a, 3)).toBe(a.blocks.length);
    expect(lineOfHostBlock(a, null)).toBeNull();
  });

  test('an ordinary paragraph that lists 一、…二、… inside a section is left as it is', () => {
    const a = analyze(
      textDoc('2024年度法治政府建设情况报告', '一、主要举措和成效', `全年重点做了两件事。一、完善制度，修订规范性文件管理办法；二、强化监督，开展案卷评查。${'各项工作均按计划完成。'.repeat(6)}`),
      DEFAULT_PROFILE,
    );
    expect(a.hostIndex).toBeUndefined();
    expect(a.headings).toHaveLength(1);
  });
});

describe('recognition data in a profile file is checked like the rest', () => {
  const withChanges = (change: (profile: Profile) => void) => {
    const profile = JSON.parse(JSON.stringify(DEFAULT_PROFILE)) as Profile;
    change(profile);
    return validateProfile(profile).errors;
  };

  test('the built-in profiles carry it and are valid', () => {
    for (const profile of BUILT_IN_PROFILES) expect(validateProfile(profile).errors).toEqual([]);
  });

  test('a text cue that is not a regular expression, a thematic part that does not exist, a flag that is not true/false', () => {
    expect(withChanges((p) => (p.textCues = [{ pattern: '法治(', weight: 2 }]))).toEqual([expect.stringMatching(/^textCues\[0\]\.pattern: /)]);
    expect(withChanges((p) => ((p.parts[2] as { thematicBefore?: string[] }).thematicBefore = ['plans']))).toEqual([expect.stringMatching(/^parts\[2\]\.thematicBefore\[0\]: .*"plans"/)]);
    expect(withChanges((p) => ((p.parts[2] as unknown as { asSubHeading: string }).asSubHeading = 'no'))[0]).toMatch(/^parts\[2\]\.asSubHeading: /);
  });
});
