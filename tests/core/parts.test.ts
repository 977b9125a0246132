import { analyze } from '../../src/core/analysis';
import { makeBlock, type Block, type ReportDocument } from '../../src/core/document';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { partTag } from '../../src/core/tags';
import { textDoc } from '../helpers/text-docs';

const partsOf = (doc: ReportDocument) => Object.fromEntries(analyze(doc, DEFAULT_PROFILE).parts.map((p) => [p.id, p.at]));
const withHeading = (heading: string) => textDoc('2023年度法治政府建设情况报告', heading, '这一部分的正文。');

describe('parts are found by meaning', () => {
  test.each([
    ['一、2023年度推进法治政府建设的主要举措和成效', 'measures'],
    ['一、主要做法和成效', 'measures'],
    ['一、2023年工作开展情况', 'measures'],
    ['一、基本情况', 'measures'],
    ['二、存在的不足和原因', 'shortcomings'],
    ['二、存在的问题和不足', 'shortcomings'],
    ['二、问题与不足', 'shortcomings'],
    ['三、2023年度政府主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况', 'leader-duties'],
    ['三、主要负责人履行法治建设职责情况', 'leader-duties'],
    ['四、2024年度推进法治政府建设的主要安排', 'next-year-plans'],
    ['四、2024年工作计划', 'next-year-plans'],
    ['四、2024 年及今后一个时期依法行政的工作思路和重点举措', 'next-year-plans'],
    ['四、下一步工作打算', 'next-year-plans'],
    ['四、下一步工作', 'next-year-plans'],
    ['五、其他需要报告的情况', 'other-matters'],
    ['第二部分 存在的问题和不足', 'shortcomings'],
    ['2. 存在的问题与不足', 'shortcomings'],
    ['### 二、存在的问题和不足', 'shortcomings'],
    ['存在的问题和不足', 'shortcomings'],
  ])('%s → %s', (heading, part) => {
    expect(partsOf(withHeading(heading))[part]).toBe(1);
  });

  test('sections in another order are each found', () => {
    const parts = partsOf(textDoc('2023年度法治政府建设情况报告', '一、工作计划', '甲。', '二、存在的不足', '乙。', '三、主要举措和成效', '丙。', '四、第一责任人职责履行情况', '丁。'));
    expect(parts).toMatchObject({ 'next-year-plans': 1, shortcomings: 3, measures: 5, 'leader-duties': 7 });
  });

  test('a clearly named sub-heading counts when no top-level heading names the part', () => {
    const parts = partsOf(
      textDoc('2023年度法治政府建设情况报告', '一、2023年工作总结', '（一）主要做法', '甲。', '（二）存在的问题和不足', '乙。', '二、第一责任人履职情况', '丙。', '三、2024年工作计划', '丁。'),
    );
    expect(parts).toMatchObject({ measures: 1, shortcomings: 4, 'leader-duties': 6, 'next-year-plans': 8 });
  });

  test('one heading can name two parts outright', () => {
    const parts = partsOf(withHeading('三、存在的问题及下一步工作打算'));
    expect(parts.shortcomings).toBe(1);
    expect(parts['next-year-plans']).toBe(1);
  });

  test('run-in items (一是、二是) are not headings', () => {
    const a = analyze(textDoc('2023年度法治政府建设情况报告', '一、存在的不足', '一是存在的问题还没有整改到位。', '二是工作计划不够细。'), DEFAULT_PROFILE);
    expect(a.headings.map((h) => h.index)).toEqual([1]);
  });

  test('a run-on heading names its part and counts as its body', () => {
    const a = analyze(textDoc('2023年度法治政府建设情况报告', '二、存在的不足和原因。一是人手不足，原因是编制空缺。'), DEFAULT_PROFILE);
    expect(a.parts.find((p) => p.id === 'shortcomings')).toMatchObject({ status: 'present', at: 1 });
  });
});

describe('Word documents: heading styles, numbering and our own tags', () => {
  const word = (blocks: Array<Partial<Block> & { text: string }>): ReportDocument => ({
    blocks: blocks.map(({ text, ...rest }, i) => makeBlock(i, text, rest)),
    locationUnit: 'paragraph',
    warnings: [],
  });

  test('unnumbered Heading 1 paragraphs with numbered Heading 2 below', () => {
    const doc = word([
      { text: '2023年度法治政府建设情况报告' },
      { text: '主要举措和成效', kind: 'heading', level: 1, style: 'heading 1' },
      { text: '健全机制', kind: 'heading', level: 2, listString: '（一）' },
      { text: '正文。' },
      { text: '存在的不足和原因', kind: 'heading', level: 1 },
      { text: '正文，原因是人手不足。' },
    ]);
    const a = analyze(doc, DEFAULT_PROFILE);
    expect(a.parts.find((p) => p.id === 'measures')?.at).toBe(1);
    expect(a.parts.find((p) => p.id === 'shortcomings')?.at).toBe(4);
    expect(a.headings.find((h) => h.index === 2)?.level).toBe(2);
  });

  test('numbering from Word lists (the list string) decides levels like typed numbers', () => {
    const doc = word([
      { text: '2023年度法治政府建设情况报告' },
      { text: '主要举措和成效', kind: 'list-item', listString: '一、' },
      { text: '正文。' },
      { text: '存在的不足和原因', kind: 'list-item', listString: '二、' },
      { text: '正文。' },
    ]);
    expect(partsOf(doc)).toMatchObject({ measures: 1, shortcomings: 3 });
  });

  test('a heading the add-in tagged keeps its part even after the writer rewords it', () => {
    const doc = word([
      { text: '2023年度法治政府建设情况报告' },
      { text: '一、今年我们做了什么', tags: [partTag('heading', 'measures')] },
      { text: '正文。' },
    ]);
    expect(partsOf(doc).measures).toBe(1);
  });

  test('headings inside table cells are not report structure', () => {
    const doc = word([
      { text: '2023年度法治政府建设情况报告' },
      { text: '存在的问题和不足', kind: 'table-cell' },
    ]);
    expect(partsOf(doc).shortcomings).toBeNull();
  });
});

describe('nesting and mis-numbering, without false alarms', () => {
  const analysis = (...lines: string[]) => analyze(textDoc(...lines), DEFAULT_PROFILE);

  test('a correctly numbered sub-heading that names a part stays a sub-heading (（二） under 一、)', () => {
    const a = analysis('2023年度法治政府建设情况报告', '一、主要举措和成效', '（一）健全制度', '正文。', '（二）党政主要负责人履行第一责任人职责情况', '正文。', '二、存在的不足和原因', '原因是人手不足。', '三、2024年工作安排', '正文。');
    expect(a.headings.find((h) => h.index === 4)).toMatchObject({ level: 2, parts: ['leader-duties'] });
    expect(a.parts.find((p) => p.id === 'shortcomings')?.at).toBe(6);
  });

  test('sections numbered 第一部分 with items 一、 nest as written', () => {
    const a = analysis('2023年度法治政府建设情况报告', '第一部分 主要举措和成效', '一、完善制度', '正文。', '二、规范执法', '正文。', '第二部分 存在的不足和原因', '原因是人手不足。');
    expect(a.headings.map((h) => h.level)).toEqual([1, 2, 2, 1]);
    expect(a.parts.find((p) => p.id === 'measures')?.status).toBe('present');
  });

  test('sections numbered 1. with items （一） nest as written', () => {
    const a = analysis('2023年度法治政府建设情况报告', '1.主要举措和成效', '（一）完善制度', '正文。', '（二）规范执法', '正文。', '2.存在的不足和原因', '原因是人手不足。');
    expect(a.headings.map((h) => h.level)).toEqual([1, 2, 2, 1]);
  });

  test('存在的困难和短板 and 今后工作方向 name their parts', () => {
    const parts = partsOf(textDoc('2023年度法治政府建设情况报告', '一、主要举措和成效', '甲。', '二、存在的困难和短板', '乙。', '三、今后工作方向', '丙。'));
    expect(parts).toMatchObject({ shortcomings: 3, 'next-year-plans': 5 });
  });
});
