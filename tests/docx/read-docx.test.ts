import { readDocx } from '../../src/docx/read-docx';
import { buildDocx, type BodySpec, type DocxSpec, WORD_STYLES } from '../helpers/ooxml';

function read(spec: DocxSpec) {
  return readDocx(buildDocx(spec));
}

function texts(spec: DocxSpec): string[] {
  return read(spec).blocks.map((block) => block.text);
}

describe('readDocx: body order and paragraph text', () => {
  test('reads plain paragraphs in order with paragraph locations and no warnings', () => {
    const doc = read({
      body: ['关于2023年度法治政府建设情况的报告', '2023年，我区坚持以习近平新时代中国特色社会主义思想为指导。', '现将有关情况报告如下。'],
    });
    expect(doc.locationUnit).toBe('paragraph');
    expect(doc.warnings).toEqual([]);
    expect(doc.blocks.map((b) => [b.index, b.text, b.kind])).toEqual([
      [0, '关于2023年度法治政府建设情况的报告', 'paragraph'],
      [1, '2023年，我区坚持以习近平新时代中国特色社会主义思想为指导。', 'paragraph'],
      [2, '现将有关情况报告如下。', 'paragraph'],
    ]);
  });

  test('empty paragraphs count, so indexes match Word body.paragraphs', () => {
    const doc = read({ body: ['一、主要举措和成效', '', '', '（一）健全依法决策机制'] });
    expect(doc.blocks.map((b) => b.text)).toEqual(['一、主要举措和成效', '', '', '（一）健全依法决策机制']);
    expect(doc.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3]);
  });

  test('joins runs; tabs become "\\t", soft line breaks "\\n"', () => {
    const body: BodySpec[] = [
      { kind: 'p', content: ['全面推行', '行政执法', { kind: 'tab' }, '三项制度'] },
      { kind: 'p', content: ['第一行', { kind: 'break' }, '第二行'] },
      { kind: 'p', content: '联系人：\t张三\n电话：12345' },
    ];
    expect(texts({ body })).toEqual(['全面推行行政执法\t三项制度', '第一行\n第二行', '联系人：\t张三\n电话：12345']);
  });

  test('tracked changes: insertions count, deletions do not; moveTo counts, moveFrom does not', () => {
    const body: BodySpec[] = [
      {
        kind: 'p',
        content: ['全年共办理行政复议案件', { kind: 'del', text: '35' }, { kind: 'ins', content: ['53'] }, '件。'],
      },
      { kind: 'p', content: [{ kind: 'moveFrom', text: '旧位置' }, '段落', { kind: 'moveTo', content: ['新位置'] }] },
    ];
    expect(texts({ body })).toEqual(['全年共办理行政复议案件53件。', '段落新位置']);
  });

  test('hyperlink text counts, external or internal', () => {
    const body: BodySpec[] = [
      {
        kind: 'p',
        content: [
          '详见',
          { kind: 'hyperlink', url: 'http://www.gov.cn/', content: ['中国政府网'] },
          '和',
          { kind: 'hyperlink', anchor: '附件一', content: ['附件一'] },
          '。',
        ],
      },
    ];
    expect(texts({ body })).toEqual(['详见中国政府网和附件一。']);
  });

  test('fields: the result counts, the instruction does not (simple and complex fields)', () => {
    const body: BodySpec[] = [
      { kind: 'p', content: ['第', { kind: 'fieldSimple', instr: ' PAGE ', result: '3' }, '页'] },
      { kind: 'p', content: ['报告日期：', { kind: 'field', instr: ' DATE \\@ "yyyy年M月d日" ', result: '2024年3月1日' }] },
    ];
    expect(texts({ body })).toEqual(['第3页', '报告日期：2024年3月1日']);
  });

  test('a complex field whose result spans paragraphs (like a TOC) keeps its result text in each paragraph', () => {
    const begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>';
    const body: BodySpec[] = [
      { kind: 'p', content: [{ kind: 'xml', xml: begin }, '一、主要举措\t1'] },
      { kind: 'p', content: ['二、存在的不足\t5', { kind: 'xml', xml: '<w:r><w:fldChar w:fldCharType="end"/></w:r>' }] },
      '正文开始',
    ];
    const doc = read({ body });
    expect(doc.blocks.map((b) => b.text)).toEqual(['一、主要举措\t1', '二、存在的不足\t5', '正文开始']);
    expect(doc.warnings).toEqual([]);
  });

  test('text boxes, drawings and footnote references add no text and no blocks', () => {
    const body: BodySpec[] = [
      { kind: 'p', content: ['正文', { kind: 'textBox', text: '文本框里的字' }, '继续', { kind: 'footnoteRef', id: 1 }] },
      '下一段',
    ];
    expect(texts({ body })).toEqual(['正文继续', '下一段']);
  });

  test('table cells are blocks of kind table-cell, in row order, nested tables included', () => {
    const body: BodySpec[] = [
      '表1 行政执法情况统计',
      {
        kind: 'table',
        rows: [
          ['项目', '数量'],
          ['行政处罚', ['1,234件', { kind: 'table', rows: [['其中：简易程序']] }]],
          ['', '完'],
        ],
      },
      '表后正文',
    ];
    const doc = read({ body });
    expect(doc.blocks.map((b) => [b.text, b.kind])).toEqual([
      ['表1 行政执法情况统计', 'paragraph'],
      ['项目', 'table-cell'],
      ['数量', 'table-cell'],
      ['行政处罚', 'table-cell'],
      ['1,234件', 'table-cell'],
      ['其中：简易程序', 'table-cell'],
      ['', 'table-cell'],
      ['完', 'table-cell'],
      ['表后正文', 'paragraph'],
    ]);
    expect(doc.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test('block-level content controls: paragraphs inside are blocks with the tags, outermost first', () => {
    const body: BodySpec[] = [
      '标题前',
      {
        kind: 'sdt',
        tag: 'section-1',
        content: [
          '一、主要举措和成效',
          { kind: 'sdt', tag: 'measures', content: ['（一）健全依法决策机制', ''] },
          { kind: 'table', rows: [['表内']] },
        ],
      },
      { kind: 'sdt', content: ['无标签控件'] },
    ];
    const doc = read({ body });
    expect(doc.blocks.map((b) => [b.text, b.tags])).toEqual([
      ['标题前', []],
      ['一、主要举措和成效', ['section-1']],
      ['（一）健全依法决策机制', ['section-1', 'measures']],
      ['', ['section-1', 'measures']],
      ['表内', ['section-1']],
      ['无标签控件', []],
    ]);
    expect(doc.blocks[4]?.kind).toBe('table-cell');
  });

  test('run-level content controls add their text and their tags to the paragraph', () => {
    const body: BodySpec[] = [
      {
        kind: 'sdt',
        tag: 'summary',
        content: [{ kind: 'p', content: ['本年度共制定规章', { kind: 'sdt', tag: 'count', content: ['3'] }, '件。'] }],
      },
    ];
    const [block] = read({ body }).blocks;
    expect(block?.text).toBe('本年度共制定规章3件。');
    expect(block?.tags).toEqual(['summary', 'count']);
  });

  test('plain paragraphs get the default style name; unknown style ids fall back with a warning', () => {
    const doc = read({ styles: WORD_STYLES, body: ['正文', { kind: 'p', style: 'NoSuchStyle', content: '未知样式' }] });
    expect(doc.blocks.map((b) => b.style)).toEqual(['Normal', 'Normal']);
    expect(doc.warnings.join('\n')).toContain('NoSuchStyle');
  });

  test('reads without styles.xml and numbering.xml', () => {
    const doc = read({ styles: null, body: ['一、总体情况', { kind: 'p', numbering: { numId: 1 }, content: '有编号引用' }] });
    expect(doc.blocks.map((b) => b.text)).toEqual(['一、总体情况', '有编号引用']);
    expect(doc.blocks[0]?.style).toBeUndefined();
    expect(doc.blocks[1]?.listString).toBeUndefined();
    expect(doc.warnings.join('\n')).toContain('numbering.xml');
  });

  test('math text is read; ruby annotations are not', () => {
    const math =
      '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>x+1</m:t></m:r></m:oMath>';
    const ruby = '<w:r><w:ruby><w:rt><w:r><w:t>fǎ</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>法</w:t></w:r></w:rubyBase></w:ruby></w:r>';
    expect(texts({ body: [{ kind: 'p', content: ['公式', { kind: 'xml', xml: math }] }, { kind: 'p', content: [{ kind: 'xml', xml: ruby }, '治'] }] })).toEqual([
      '公式x+1',
      '法治',
    ]);
  });

  test('strict OOXML namespace and entity references are understood', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const documentXml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${strict}"><w:body><w:p><w:r><w:t>A&amp;B &lt;C&gt; &#x4E2D;&#25991;</w:t></w:r></w:p></w:body></w:document>`;
    expect(texts({ body: [], documentXml })).toEqual(['A&B <C> 中文']);
  });

  // Reading speed is measured by `npm run bench`, not asserted here.
  test('reads a richly formatted 300-paragraph report, run properties and all', () => {
    const runProperties = '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/>';
    const body: BodySpec[] = Array.from({ length: 300 }, (_, i) => ({
      kind: 'p' as const,
      style: i % 25 === 0 ? '1' : undefined,
      content: Array.from({ length: 3 }, (_, k) => ({ kind: 'run' as const, text: `第${i}段第${k}句：严格落实重大行政决策程序规定。`, rPrXml: runProperties })),
    }));
    const blocks = readDocx(buildDocx({ styles: WORD_STYLES, body })).blocks;
    expect(blocks).toHaveLength(300);
    expect(blocks[25]).toMatchObject({ level: 1, kind: 'heading', text: '第25段第0句：严格落实重大行政决策程序规定。第25段第1句：严格落实重大行政决策程序规定。第25段第2句：严格落实重大行政决策程序规定。' });
    expect(blocks.filter((b) => b.level === 1)).toHaveLength(12);
  });
});
