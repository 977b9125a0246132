import { analyze } from '../../src/core/analysis';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { BASE_REPORT, fixture, textDoc } from '../helpers/text-docs';

const frameOf = (...lines: string[]) => analyze(textDoc(...lines), DEFAULT_PROFILE);

describe('title', () => {
  test('under a line with the unit name', () => {
    const a = frameOf('东风县交通运输局', '', '2022年法治政府建设年度情况报告', '一、主要举措和成效', '正文。');
    expect(a.frame.title).toMatchObject({ start: 2, end: 2 });
    expect(a.frame.unitLine).toMatchObject({ index: 0, text: '东风县交通运输局' });
    expect(a.reportYear).toBe(2022);
  });

  test('over several lines', () => {
    const a = frameOf('东风县交通运输局关于', '2022年度法治政府建设', '情况的报告', '', '县政府：', '一、主要举措和成效', '正文。');
    expect(a.frame.title).toMatchObject({ start: 0, end: 2, text: '东风县交通运输局关于2022年度法治政府建设情况的报告' });
    expect(a.frame.addressee).toMatchObject({ index: 4, text: '县政府：' });
  });

  test('with spaces around the year, as a Markdown heading', () => {
    const a = frameOf('# 东风县交通运输局', '## 关于 2022 年度法治政府建设情况的报告', '一、主要举措和成效', '正文。');
    expect(a.frame.title?.start).toBe(1);
    expect(a.reportYear).toBe(2022);
    expect(a.reportYearSource).toBe('title');
  });

  test('pasted with web-page text above it', () => {
    const a = analyze(fixture('markdown-reordered-2022.txt'), DEFAULT_PROFILE);
    expect(a.frame.title?.text).toBe('临江区水务局 2022 年法治政府建设工作报告');
    expect(a.frame.unitLine?.text).toBe('临江区水务局');
  });

  test('the site’s name above the page’s breadcrumb is no unit line', () => {
    const a = frameOf('青石资讯 青石资讯', '', '您的位置：首页 > 资讯', '', '松川县司法局2023年度法治政府建设情况报告', '', '一、主要举措和成效', '正文。');
    expect(a.frame.title?.text).toBe('松川县司法局2023年度法治政府建设情况报告');
    expect(a.frame.unitLine).toBeUndefined();
  });
});

describe('report year', () => {
  test('from the opening paragraph when the title has none', () => {
    const a = frameOf('法治政府建设情况报告', '', '2021年，我局认真贯彻落实各项部署。', '一、主要举措和成效', '正文。');
    expect(a.reportYear).toBe(2021);
    expect(a.reportYearSource).toBe('opening');
  });

  test('from a part’s heading when neither the title nor the opening names it (a title kept in a text box)', () => {
    const a = frameOf('县人民政府：', '一、2025年度推进法治政府建设的主要举措和成效', '全年办理复议案件三十件。', '某某局', '2027年2月1日');
    expect(a.reportYear).toBe(2025);
    expect(a.reportYearSource).toBe('heading');
  });

  test('from the plans’ heading, a year before the one it names', () => {
    const a = frameOf('县人民政府：', '一、主要举措和成效', '全年办理复议案件三十件。', '二、2026年度推进法治政府建设的主要安排', '继续推进。');
    expect(a.reportYear).toBe(2025);
    expect(a.reportYearSource).toBe('heading');
  });

  test('not from a heading of two parts (its year is the plans’), nor one that looks back: then from the date', () => {
    const twoParts = frameOf('县委依法治县办：', '一、推进法治政府建设的主要举措和成效', '全年审结案件四十件。', '二、存在的不足和2026年工作打算', '一是人员偏少。', '某某局', '2026年1月12日');
    expect([twoParts.reportYear, twoParts.reportYearSource]).toEqual([2025, 'date']);
    const looksBack = frameOf('县委依法治县办：', '一、2021年以来推进法治政府建设的主要举措和成效', '全年审结案件四十件。', '某某局', '2026年1月12日');
    expect([looksBack.reportYear, looksBack.reportYearSource]).toEqual([2025, 'date']);
  });

  test('not from an opening that looks back from its year (2019年以来)', () => {
    const since = frameOf('法治政府建设情况报告', '', '2019年以来，我局持续推进依法行政。', '一、主要举措和成效', '正文。', '某某局', '2026年1月12日');
    expect([since.reportYear, since.reportYearSource]).toEqual([2025, 'date']);
  });

  test("from the date's year minus one as a last resort", () => {
    const a = frameOf('法治政府建设情况报告', '一、主要举措和成效', '正文。', '某某局', '2022年2月1日');
    expect(a.reportYear).toBe(2021);
    expect(a.reportYearSource).toBe('date');
  });
});

describe('signature and date', () => {
  test.each([
    ['某某县司法局 2026.1.12', 12, '2026.1.12'],
    ['某某县司法局　２０２６-01-12', 12, '２０２６-01-12'],
    ['某某县司法局 2026年元月12号', 12, '2026年元月12号'],
  ])('a signature with its date loosely written on one line: %s (the date is its own words, as written)', (line, day, dateText) => {
    const a = frameOf(...BASE_REPORT.slice(0, -2), line);
    expect(a.frame.signature?.text).toBe('某某县司法局');
    expect(a.frame.date?.value).toMatchObject({ year: 2026, month: 1, day, loose: true });
    expect(a.frame.date?.text).toBe(dateText);
  });

  test('a number ending a line of text is no date: 版本号 V12026.1.12', () => {
    const a = frameOf(...BASE_REPORT.slice(0, -2), '某某县司法局 V12026.1.12');
    expect(a.frame.date?.value).toBeUndefined();
  });

  test.each([
    ['2021年1月28日'],
    ['2021 年 1 月 28 日'],
    ['二〇二一年一月二十八日'],
  ])('date written as %s', (dateLine) => {
    const a = frameOf(...BASE_REPORT.slice(0, -1), dateLine);
    expect(a.frame.date?.value).toMatchObject({ year: 2021, month: 1, day: 28 });
    expect(a.frame.signature?.text).toBe('某某县司法局');
  });

  test('a signature and date on one line', () => {
    const a = frameOf(...BASE_REPORT.slice(0, -2), '某某县司法局　2024年1月15日');
    expect(a.frame.signature?.index).toBe(10);
    expect(a.frame.date?.index).toBe(10);
  });

  test('a trailing note in brackets after the date is skipped', () => {
    const a = frameOf(...BASE_REPORT, '（此件公开发布）');
    expect(a.frame.date?.index).toBe(11);
  });

  test('an unsigned, undated report: the last body paragraph is not taken for either', () => {
    const a = frameOf(...BASE_REPORT.slice(0, -2));
    expect(a.frame.signature).toBeUndefined();
    expect(a.frame.date).toBeUndefined();
  });

  test('a signature with no date under it is recognised by the organisation name', () => {
    const a = frameOf(...BASE_REPORT.slice(0, -1));
    expect(a.frame.signature?.text).toBe('某某县司法局');
  });
});

describe('frames that used to fool the checker', () => {
  test('a long pasted web-page menu above the title', () => {
    const menu = Array.from({ length: 25 }, (_, i) => `栏目${i + 1}`);
    const a = frameOf(...menu, '2023年度法治政府建设情况报告', '一、主要举措和成效', '正文。');
    expect(a.frame.title?.start).toBe(25);
  });

  test('a breadcrumb that contains the title’s words is not the title', () => {
    const a = frameOf('当前位置：首页 > 政务公开 > 2023年法治政府建设年度报告', '', '2023年度法治政府建设情况报告', '一、主要举措和成效', '正文。');
    expect(a.frame.title?.start).toBe(2);
  });

  test('a date but no signature: the last body line stays body text', () => {
    const a = frameOf(...BASE_REPORT.slice(0, 10), '继续完善制度建设', '2024年1月15日');
    expect(a.frame.signature).toBeUndefined();
    expect(a.parts.find((p) => p.id === 'next-year-plans')?.status).toBe('present');
  });

  test('a date in the last cell of a table is not the date of issue', () => {
    const doc = textDoc(...BASE_REPORT.slice(0, -2));
    doc.blocks.push({ index: doc.blocks.length, text: '统计截止日期', kind: 'table-cell', tags: [] }, { index: doc.blocks.length + 1, text: '2023年12月31日', kind: 'table-cell', tags: [] });
    const a = analyze(doc, DEFAULT_PROFILE);
    expect(a.frame.date).toBeUndefined();
  });
});
