/**
 * The reader builds its own small tree from saxes events (for speed, and to skip what it never reads);
 * these tests hold that tree to xmldom's reading of the same input (same tree for well-formed XML,
 * rejection for malformed XML).
 */
import { strFromU8, unzipSync } from 'fflate';
import { MAX_DEPTH, parseXml, XmlDtdError } from '../../src/docx/xml-parser';
import { fromOurs, parseWithXmldom } from '../helpers/xml-canonical';
import { buildDocx, CHINESE_REPORT_NUMBERING, WORD_STYLES } from '../helpers/ooxml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const fixtureParts = unzipSync(
  buildDocx({
    styles: WORD_STYLES,
    numbering: CHINESE_REPORT_NUMBERING,
    body: [
      { kind: 'p', style: '1', numbering: { numId: 1 }, content: '主要举措和成效' },
      { kind: 'p', content: ['A & B <C> "引号"', { kind: 'ins', content: ['插入'] }, { kind: 'del', text: '删除' }, { kind: 'textBox', text: '框' }] },
      { kind: 'table', rows: [['项目', '数量']] },
      { kind: 'sdt', tag: 'a"b&c', content: [{ kind: 'p', content: [{ kind: 'hyperlink', url: 'http://x.cn/?a=1&b=2', content: ['链接'] }] }] },
    ],
  }),
);

const wellFormed: Array<[string, string]> = [
  ...['word/document.xml', 'word/styles.xml', 'word/numbering.xml', '_rels/.rels', '[Content_Types].xml'].map(
    (part): [string, string] => [part, strFromU8(fixtureParts[part] ?? new Uint8Array())],
  ),
  ['default namespace, CDATA, comments, PIs', '<?xml version="1.0"?><!-- c --><root xmlns="urn:a"><?pi data?><a>x<![CDATA[<not a tag> & ]]>y</a><!-- c2 --></root>'],
  ['character references and quotes', `<w:t xmlns:w="${W}" w:val='单"引号' b="&#20013;&#x6587;&apos;&quot;">&lt;&gt;&amp;&#x1F600;</w:t>`],
  ['whitespace in attributes and line endings', '<r a="x\ty\nz" b = "1" >\r\n  text\r\n</r >'],
  ['namespace redeclared in a child', '<p:a xmlns:p="urn:1"><p:b xmlns:p="urn:2" p:c="v"/><p:d/></p:a>'],
  ['default namespace undeclared', '<a xmlns="urn:x"><b xmlns=""><c/></b></a>'],
  ['xml: attributes', '<a xml:space="preserve" xml:lang="zh-CN"> x </a>'],
];

const malformed: Array<[string, string]> = [
  ['mismatched end tag', '<a><b></a></b>'],
  ['unclosed element', '<a><b></b>'],
  ['two roots', '<a/><b/>'],
  ['text outside the root', 'x<a/>'],
  ['unknown entity', '<a>&nbsp;</a>'],
  ['"<" in an attribute value', '<a b="<"/>'],
  ['unbound element prefix', '<x:a/>'],
  ['unterminated comment', '<a><!-- </a>'],
  ['unterminated CDATA', '<a><![CDATA[ </a>'],
  ['no root', '<?xml version="1.0"?>'],
];

/** Not well-formed XML 1.0, yet xmldom only warns; the reader refuses them like Word does. */
const malformedButToleratedByXmldom: Array<[string, string]> = [
  ['bare ampersand', '<a>&</a>'],
  ['unquoted attribute', '<a b=c/>'],
  ['attribute without value', '<a b/>'],
  ['invalid character reference', '<a>&#0;</a>'],
];

describe('XML parser', () => {
  test.each(wellFormed)('reads %s exactly as xmldom does', (_, xml) => {
    expect(fromOurs(parseXml(xml))).toEqual(parseWithXmldom(xml));
  });

  test.each(malformed)('rejects %s, as xmldom does', (_, xml) => {
    expect(() => fromOurs(parseXml(xml))).toThrow();
    expect(() => parseWithXmldom(xml)).toThrow();
  });

  test.each(malformedButToleratedByXmldom)('rejects %s (stricter than xmldom)', (_, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  test('duplicate attributes and unbound prefixes are rejected', () => {
    expect(() => parseXml('<a b="1" b="2"/>').attributes).toThrow(/duplicate/);
    expect(() => parseXml('<a x:b="1"/>').attributes).toThrow(/unbound/);
  });

  test('refuses any DTD', () => {
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>')).toThrow(XmlDtdError);
  });

  test('skipped subtrees are checked but not built', () => {
    const root = parseXml('<a><skip><x><y/></x>text</skip><keep/></a>', { skip: (_, name) => name === 'skip' });
    expect(fromOurs(root)).toEqual(['', 'a', [], [['', 'keep', [], []]]]);
    expect(() => parseXml('<a><skip><x></skip></x></a>', { skip: (_, name) => name === 'skip' })).toThrow(/close tag/);
  });

  test('pathological input: many attributes parse; hostile nesting is refused early', () => {
    const manyAttributes = `<a ${Array.from({ length: 50_000 }, (_, i) => `a${i}="v&amp;${i}"`).join(' ')}/>`;
    expect(parseXml(manyAttributes).attributes).toHaveLength(50_000);
    const deep = `${'<d>'.repeat(50_000)}${'</d>'.repeat(50_000)}`;
    expect(() => parseXml(deep)).toThrow(new RegExp(`nested deeper than ${MAX_DEPTH}`));
    const fine = `${'<d>'.repeat(MAX_DEPTH - 1)}${'</d>'.repeat(MAX_DEPTH - 1)}`;
    expect(() => parseXml(fine)).not.toThrow();
  });
});
