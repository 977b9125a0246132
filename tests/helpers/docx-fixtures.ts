/**
 * .docx fixtures shared by the tests that hold two ways of reading to one result (Node's zlib against fflate, our XML
 * tree against xmldom's): built by the test helpers, and made like Word makes them from ../shared's samples.
 */
import { generateReportDocx } from '../../bench/generate';
import { buildDocx, CHINESE_REPORT_NUMBERING, DEFAULT_STYLES, WORD_STYLES, WPS_STYLES, zipEntries } from './ooxml';
import { HIDDEN_BY, HIDDEN_STYLES, hiddenBody } from './word-hidden';
import { haveSamples, SAMPLE_NAMES, sampleReport, styledBody, WORD_CONTENTS_STYLES, wordContents, contentsEntries } from './word-made';
import { numberedBody, numberingWith, WORD_FORMATS } from './word-numbers';
import { headingsInCells, WORD_TABLE_STYLES, wordTitleBox } from './word-tables';

const everyKind = buildDocx({
  styles: WORD_STYLES,
  numbering: CHINESE_REPORT_NUMBERING,
  body: [
    { kind: 'p', style: '1', numbering: { numId: 1 }, content: '主要举措和成效' },
    { kind: 'p', outlineLevel: 1, content: ['A & B <C> "引号"', { kind: 'ins', content: ['插入'] }, { kind: 'del', text: '删除' }, { kind: 'textBox', text: '框' }] },
    { kind: 'p', content: [{ kind: 'moveTo', content: ['移入'] }, { kind: 'moveFrom', text: '移出' }, { kind: 'fieldSimple', instr: ' PAGE ', result: '3' }, { kind: 'field', instr: ' DATE ', result: '2025年1月' }] },
    { kind: 'p', content: [{ kind: 'run', text: '加粗\t制表\n换行', rPrXml: '<w:b/>' }, { kind: 'tab' }, { kind: 'break', type: 'page' }, { kind: 'footnoteRef', id: 1 }, { kind: 'sdt', tag: 'fig', content: ['12'] }] },
    { kind: 'table', rows: [['项目', '数量'], [[{ kind: 'p', content: '嵌套' }, { kind: 'table', rows: [['内', '表']] }], '']] },
    { kind: 'sdt', tag: 'a"b&c', content: [{ kind: 'p', content: [{ kind: 'hyperlink', url: 'http://x.cn/?a=1&b=2', content: ['链接'] }] }] },
    { kind: 'p', content: [{ kind: 'xml', xml: '<w:r><w:t xml:space="preserve">  留白  </w:t></w:r><!-- 注释 --><w:r><w:t><![CDATA[<原样>]]></w:t></w:r>' }] },
  ],
});

/** .docx files the builders write, one of each kind of content, and two the reader must refuse. */
export const BUILT_DOCX_FIXTURES: Array<[string, Uint8Array]> = [
  ['every kind of content the builder writes', everyKind],
  ['Word-like styles, no numbering part', buildDocx({ styles: DEFAULT_STYLES, body: ['一、总体情况', '正文。'] })],
  ['WPS styles', buildDocx({ styles: WPS_STYLES, numbering: CHINESE_REPORT_NUMBERING, body: [{ kind: 'p', style: '2', content: '标题' }, '正文'] })],
  ['the benchmark report, 180 paragraphs', generateReportDocx(180, 2024)],
  ['the benchmark report, 2,000 paragraphs', generateReportDocx(2000, 2023)],
  ['a part that is not XML', zipEntries({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document><w:body>' })],
  ['a DTD', zipEntries({ 'word/document.xml': '<!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>' })],
];

/** Reports made from the published samples as Word writes them (none when ../shared is absent). */
export function wordMadeFixtures(): Array<[string, Uint8Array]> {
  if (!haveSamples) return [];
  return SAMPLE_NAMES.flatMap((name): Array<[string, Uint8Array]> => {
    const { lines, afterTitle } = sampleReport(name);
    const styled = styledBody(lines);
    const withContents = [...styled.slice(0, afterTitle), wordContents(contentsEntries(lines)), ...styled.slice(afterTitle)];
    return [
      [`${name}, styled, with a table of contents`, buildDocx({ styles: WORD_CONTENTS_STYLES, body: withContents })],
      ...HIDDEN_BY.map((by): [string, Uint8Array] => [`${name}, a draft hidden by ${by}`, buildDocx({ styles: HIDDEN_STYLES, body: hiddenBody(lines, by) })]),
      ...WORD_FORMATS.map((format): [string, Uint8Array] => [`${name}, numbered ${format.format} at level ${format.level}`, buildDocx({ styles: WORD_STYLES, numbering: numberingWith(format), body: numberedBody(lines) })]),
      [`${name}, headings in table cells`, buildDocx({ styles: WORD_TABLE_STYLES, body: headingsInCells(styled, lines) })],
      [`${name}, title in a text box`, buildDocx({ styles: WORD_TABLE_STYLES, body: [wordTitleBox(lines.slice(0, 2).map((l) => l.text)), ...styled.slice(2)] })],
    ];
  });
}
