import { readDocx } from '../../src/docx/read-docx';
import { headingLevelFromName } from '../../src/core/heading-styles';
import { buildDocx, type BodySpec, DEFAULT_STYLES, type StyleSpec, WORD_STYLES, WPS_STYLES } from '../helpers/ooxml';

function blocksOf(styles: StyleSpec[] | null, body: BodySpec[]) {
  return readDocx(buildDocx({ styles, body })).blocks;
}

const p = (style: string | undefined, content: string, outlineLevel?: number): BodySpec => ({ kind: 'p', style, content, outlineLevel });

describe('readDocx: heading levels and style names', () => {
  test('heading names are recognised in every spelling Word, WPS and LibreOffice use', () => {
    expect(['heading 1', 'Heading 2', 'HEADING 3', 'heading4', '标题 5', '标题6', ' heading 9 '].map(headingLevelFromName)).toEqual([1, 2, 3, 4, 5, 6, 9]);
    expect(['Title', '标题', 'heading', 'Heading 10', 'heading 0', 'Heading 1 Char', '副标题'].map(headingLevelFromName)).toEqual(
      Array(7).fill(undefined),
    );
  });

  test('Word (Chinese UI): numeric style ids, English built-in names', () => {
    const blocks = blocksOf(WORD_STYLES, [p('1', '一、2023年度推进法治政府建设的主要举措和成效'), p('2', '（一）健全依法决策机制'), p(undefined, '正文。'), p('a3', '关于2023年度法治政府建设情况的报告')]);
    expect(blocks.map((b) => [b.kind, b.level, b.style])).toEqual([
      ['heading', 1, 'heading 1'],
      ['heading', 2, 'heading 2'],
      ['paragraph', undefined, 'Normal'],
      ['paragraph', undefined, 'Title'],
    ]);
  });

  test('WPS: numeric ids, Chinese names, no outline levels; "标题" (Title) is not a heading', () => {
    const blocks = blocksOf(WPS_STYLES, [p('2', '一、主要举措'), p('3', '（一）深化改革'), p('4', '1.具体措施'), p('10', '报告标题'), p(undefined, '正文')]);
    expect(blocks.map((b) => [b.level, b.style])).toEqual([
      [1, '标题 1'],
      [2, '标题 2'],
      [3, '标题 3'],
      [undefined, '标题'],
      [undefined, '正文'],
    ]);
  });

  test('LibreOffice: ids like "Heading1", names "Heading 1" or "heading 1"', () => {
    const styles: StyleSpec[] = [
      { id: 'Normal', name: 'Default Paragraph Style', isDefault: true },
      { id: 'Heading', name: 'Heading', basedOn: 'Normal' },
      { id: 'Heading1', name: 'Heading 1', basedOn: 'Heading' },
      { id: 'Heading2', name: 'heading 2', basedOn: 'Heading' },
      { id: 'TextBody', name: 'Body Text', basedOn: 'Normal' },
    ];
    const blocks = blocksOf(styles, [p('Heading1', '一、总体情况'), p('Heading2', '（一）主要做法'), p('TextBody', '正文'), p('Heading', '无级别')]);
    expect(blocks.map((b) => [b.level, b.style])).toEqual([
      [1, 'Heading 1'],
      [2, 'heading 2'],
      [undefined, 'Body Text'],
      [undefined, 'Heading'],
    ]);
  });

  test('a custom style based on a heading inherits its level through a basedOn chain', () => {
    const styles: StyleSpec[] = [
      ...WORD_STYLES,
      { id: 'ReportH1', name: '报告一级标题', basedOn: '1' },
      { id: 'ReportH1Red', name: '报告一级标题（红）', basedOn: 'ReportH1' },
    ];
    const blocks = blocksOf(styles, [p('ReportH1Red', '一、主要举措'), p('ReportH1', '二、存在的不足')]);
    expect(blocks.map((b) => [b.kind, b.level, b.style])).toEqual([
      ['heading', 1, '报告一级标题（红）'],
      ['heading', 1, '报告一级标题'],
    ]);
  });

  test('outline levels in styles: 0-8 are levels 1-9, 9 is body text, own level beats the base style', () => {
    const styles: StyleSpec[] = [
      { id: 'Normal', name: 'Normal', isDefault: true },
      { id: 'Level3', name: '三级标题', outlineLevel: 2 },
      { id: 'Level9', name: '九级', outlineLevel: 8 },
      { id: 'BodyFromHeading', name: '派生正文', basedOn: 'Level3', outlineLevel: 9 },
      { id: 'DeepChild', name: '派生三级', basedOn: 'Level3' },
    ];
    const blocks = blocksOf(styles, [p('Level3', '1.具体措施'), p('Level9', '九级'), p('BodyFromHeading', '正文'), p('DeepChild', '继承')]);
    expect(blocks.map((b) => b.level)).toEqual([3, 9, undefined, 3]);
  });

  test("a paragraph's own outline level overrides its style (both ways)", () => {
    const blocks = blocksOf(DEFAULT_STYLES, [p(undefined, '直接设为二级', 1), p('Heading1', '设为正文文本', 9), p('Heading1', '仍为一级')]);
    expect(blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 2],
      ['paragraph', undefined],
      ['heading', 1],
    ]);
  });

  test('the default paragraph style applies when there is no pStyle, including its outline level', () => {
    const styles: StyleSpec[] = [{ id: 'Body', name: '公文正文', isDefault: true, outlineLevel: 9 }];
    expect(blocksOf(styles, ['正文']).map((b) => [b.style, b.level])).toEqual([['公文正文', undefined]]);
  });

  test('basedOn cycles do not hang; they are reported as a warning', () => {
    const styles: StyleSpec[] = [
      { id: 'Normal', name: 'Normal', isDefault: true },
      { id: 'A', name: 'A', basedOn: 'B' },
      { id: 'B', name: 'B', basedOn: 'A', outlineLevel: 0 },
      { id: 'Self', name: 'Self', basedOn: 'Self' },
    ];
    const doc = readDocx(buildDocx({ styles, body: [p('A', '甲'), p('B', '乙'), p('Self', '丙')] }));
    expect(doc.blocks.map((b) => b.text)).toEqual(['甲', '乙', '丙']);
    expect(doc.warnings.some((w) => w.includes('basedOn'))).toBe(true);
  });

  test('a malformed styles.xml is a warning, not a failure', () => {
    const doc = readDocx(buildDocx({ body: ['正文'], extraParts: { 'word/styles.xml': '<w:styles><w:style>' } }));
    expect(doc.blocks.map((b) => b.text)).toEqual(['正文']);
    expect(doc.warnings.join('\n')).toContain('styles.xml');
  });
});
