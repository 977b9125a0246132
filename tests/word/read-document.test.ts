import { check } from '../../src/core/check';
import type { Block } from '../../src/core/document';
import { partTag } from '../../src/core/tags';
import { readDocx } from '../../src/docx/read-docx';
import { REPORT_WITHOUT_LEADER_DUTIES, type FakeParagraphInit } from '../../src/preview/fake-word';
import { blockFromParagraph, headingLevel, modelText } from '../../src/word/paragraph-block';
import { buildDocx, CHINESE_REPORT_NUMBERING, WORD_STYLES } from '../helpers/ooxml';
import { fakeWord, syncsOf } from './helpers';

const shape = (b: Block) => ({ kind: b.kind, level: b.level, listString: b.listString, tags: b.tags, text: b.text });

/** The sample report with its measures part padded out to `count` paragraphs of every kind. */
function longReport(count: number): FakeParagraphInit[] {
  const filler: FakeParagraphInit[] = [
    { text: '健全依法决策机制', listString: '1.' },
    { runs: [{ text: '全年办理' }, { text: '三百', revision: 'deleted' }, { text: '320', revision: 'inserted' }, { text: '件。' }] },
    { text: '区司法局', tableNestingLevel: 1 },
    { text: '年度执法数据见附表。', contentControls: [{ tag: 'other-tool' }] },
    '',
  ];
  const padding = count - REPORT_WITHOUT_LEADER_DUTIES.length;
  const measuresEnd = 12; // the shortcomings heading
  return [
    ...REPORT_WITHOUT_LEADER_DUTIES.slice(0, measuresEnd),
    ...Array.from({ length: padding }, (_, i) => filler[i % filler.length] as FakeParagraphInit),
    ...REPORT_WITHOUT_LEADER_DUTIES.slice(measuresEnd),
  ];
}

describe('readDocument', () => {
  test('reads 2,000 paragraphs in two syncs, one block per paragraph, and check() finds the parts', async () => {
    const { fake, host } = fakeWord(longReport(2000));
    const { result: doc, syncs } = await syncsOf(fake, () => host.readDocument());
    expect(syncs).toBe(2);
    expect(doc.locationUnit).toBe('paragraph');
    expect(doc.blocks).toHaveLength(2000);
    expect(doc.blocks.every((b, i) => b.index === i)).toBe(true);
    expect(doc.blocks.slice(12, 17).map(shape)).toEqual([
      { kind: 'list-item', level: undefined, listString: '1.', tags: [], text: '健全依法决策机制' },
      { kind: 'paragraph', level: undefined, listString: undefined, tags: [], text: '全年办理320件。' },
      { kind: 'table-cell', level: undefined, listString: undefined, tags: [], text: '区司法局' },
      { kind: 'paragraph', level: undefined, listString: undefined, tags: ['other-tool'], text: '年度执法数据见附表。' },
      { kind: 'paragraph', level: undefined, listString: undefined, tags: [], text: '' },
    ]);
    const result = check(doc);
    const at = (id: string) => result.parts.find((p) => p.id === id);
    expect(at('measures')).toMatchObject({ status: 'present', at: 5 });
    expect(at('shortcomings')).toMatchObject({ status: 'present', at: 2000 - 7 });
    expect(at('next-year-plans')).toMatchObject({ status: 'present', at: 2000 - 5 });
    expect(at('leader-duties')?.status).toBe('missing');
    expect(at('date')).toMatchObject({ status: 'present', at: 1999 });
  });

  test('maps headings, list strings, table cells, content-control tags and tracked changes as core expects', async () => {
    const { host } = fakeWord([
      { text: '一、主要举措和成效', styleBuiltIn: 'Heading1' },
      { text: '（一）健全机制', style: '标题 2' }, // the built-in, by its Chinese name
      { text: '1. 自定义大纲级别', style: '报告三级标题', outlineLevel: 3 }, // a custom style with an outline level
      { text: '健全依法决策机制', listString: '（二）' },
      { runs: [{ text: '全年办理' }, { text: '三百', revision: 'deleted' }, { text: '320', revision: 'inserted' }, { text: '件。' }] },
      { text: '区司法局', tableNestingLevel: 1, listString: '1.' },
      { text: '【请填写】', contentControls: [{ tag: 'other-tool' }, { tag: partTag('prompt', 'measures') }] },
      { text: '联系人：张三\v电话：12345\r' },
      { text: '正文，无标签', contentControls: [{ tag: '' }] },
    ]);
    const doc = await host.readDocument();
    expect(doc.blocks.map(({ index, ...rest }) => rest)).toEqual([
      { text: '一、主要举措和成效', kind: 'heading', level: 1, style: '标题 1', tags: [] },
      { text: '（一）健全机制', kind: 'heading', level: 2, style: '标题 2', tags: [] },
      { text: '1. 自定义大纲级别', kind: 'heading', level: 3, style: '报告三级标题', tags: [] },
      { text: '健全依法决策机制', kind: 'list-item', listString: '（二）', style: '正文', tags: [] },
      { text: '全年办理320件。', kind: 'paragraph', style: '正文', tags: [] },
      { text: '区司法局', kind: 'table-cell', listString: '1.', style: '正文', tags: [], cell: { table: 0, row: 0, column: 0 } },
      { text: '【请填写】', kind: 'paragraph', style: '正文', tags: [partTag('prompt', 'measures')] },
      { text: '联系人：张三\n电话：12345', kind: 'paragraph', style: '正文', tags: [] },
      { text: '正文，无标签', kind: 'paragraph', style: '正文', tags: [] },
    ]);
  });

  test('without WordApi 1.4 it does not ask for reviewed text, and reads the text as Word shows it', async () => {
    const { fake, host } = fakeWord([{ runs: [{ text: '甲' }, { text: '乙', revision: 'deleted' }] }], { requirementSets: { WordApi: '1.3' } });
    const { result: doc, syncs } = await syncsOf(fake, () => host.readDocument());
    expect(syncs).toBe(2);
    expect(doc.blocks[0]?.text).toBe('甲乙');
  });

  test('check() on the read sample report finds every part but the leader duties', async () => {
    const { host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const result = check(await host.readDocument());
    expect(result.reportYear).toBe(2024);
    expect(result.parts.filter((p) => p.status !== 'present').map((p) => [p.id, p.status])).toEqual([
      ['leader-duties', 'missing'],
      ['other-matters', 'missing'],
    ]);
    expect(result.parts.find((p) => p.id === 'shortcomings')?.at).toBe(12);
    expect(result.findings.map((f) => f.code)).toEqual(['missing-part']);
  });

  test('gives the same blocks as the .docx reader for the same document (style names aside)', async () => {
    const docx = readDocx(buildDocx({
      styles: WORD_STYLES,
      numbering: CHINESE_REPORT_NUMBERING,
      body: [
        '关于2024年度法治政府建设情况的报告',
        { kind: 'p', style: '1', content: '一、主要举措和成效' },
        { kind: 'p', numbering: { numId: 1, ilvl: 1 }, content: '健全依法决策机制' },
        { kind: 'p', content: ['全年办理', { kind: 'del', text: '三百' }, { kind: 'ins', content: ['320'] }, '件。'] },
        { kind: 'p', outlineLevel: 1, content: '（二）规范执法' },
        { kind: 'table', rows: [['区司法局', '12']] },
        { kind: 'sdt', tag: partTag('prompt', 'measures'), content: ['【请填写】'] },
        { kind: 'p', content: ['第一行', { kind: 'break' }, '第二行'] },
      ],
    }));
    const { host } = fakeWord([
      '关于2024年度法治政府建设情况的报告',
      { text: '一、主要举措和成效', styleBuiltIn: 'Heading1' },
      { text: '健全依法决策机制', listString: '（一）' },
      { runs: [{ text: '全年办理' }, { text: '三百', revision: 'deleted' }, { text: '320', revision: 'inserted' }, { text: '件。' }] },
      { text: '（二）规范执法', outlineLevel: 2 },
      { text: '区司法局', tableNestingLevel: 1 },
      { text: '12', tableNestingLevel: 1 },
      { text: '【请填写】', contentControls: [{ tag: partTag('prompt', 'measures') }] },
      { text: '第一行\v第二行' },
    ]);
    const word = await host.readDocument();
    expect(word.blocks.map(shape)).toEqual(docx.blocks.map(shape));
  });
});

describe('paragraph mapping', () => {
  test('Word text: the paragraph mark goes, soft line breaks become "\\n"', () => {
    expect(modelText('甲\v乙\r')).toBe('甲\n乙');
    expect(modelText('单元格\r\u0007')).toBe('单元格');
    expect(modelText('\t缩进')).toBe('\t缩进');
  });

  test('levels come from built-in heading styles, heading-named styles, then outline levels 1-9; never for body text', () => {
    expect(headingLevel({ styleBuiltIn: 'Heading3', style: '标题 3', outlineLevel: 3 })).toBe(3);
    expect(headingLevel({ styleBuiltIn: 'Other', style: 'heading 2', outlineLevel: 10 })).toBe(2);
    expect(headingLevel({ styleBuiltIn: 'Other', style: '一级标题', outlineLevel: 1 })).toBe(1);
    expect(headingLevel({ styleBuiltIn: 'Other', style: '一级标题', outlineLevel: 'OutlineLevel2' })).toBe(2);
    expect(headingLevel({ styleBuiltIn: 'Normal', style: '正文', outlineLevel: 10 })).toBeUndefined();
    expect(headingLevel({ styleBuiltIn: 'Normal', style: '正文', outlineLevel: 'OutlineLevelBodyText' })).toBeUndefined();
  });

  test('a table cell stays a table cell even when styled as a heading, and keeps its level', () => {
    const block = blockFromParagraph(4, { text: '一、', style: '标题 1', styleBuiltIn: 'Heading1', outlineLevel: 1, isListItem: false, tableNestingLevel: 2 });
    expect(block).toMatchObject({ index: 4, kind: 'table-cell', level: 1 });
  });
});
