/**
 * The batch checker unzips .docx files with Node's zlib; the pane with fflate. Both must give the same document
 * model: every .docx here is read on both, and the models compared whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReportDocx } from '../../bench/generate';
import type { ReportDocument } from '../../src/core/document';
import { readDocx } from '../../src/docx/read-docx';
import { nodeInflateRaw } from '../../src/files/node-inflate';
import { useRawInflate, ZipReader } from '../../src/files/zip';
import { buildDocx, CHINESE_REPORT_NUMBERING, DEFAULT_STYLES, WORD_STYLES, WPS_STYLES, zipEntries } from '../helpers/ooxml';
import { convertTextToDocx, SOFFICE } from '../helpers/soffice';

const readOnReference = (bytes: Uint8Array) => readDocx(bytes);

function outcome(read: () => ReportDocument): ReportDocument | string {
  try {
    return read();
  } catch (error) {
    return `${(error as Error).name}: ${JSON.stringify((error as { diagnostic?: unknown }).diagnostic)}`;
  }
}

function fastModel(bytes: Uint8Array): ReportDocument | string {
  useRawInflate(nodeInflateRaw);
  try {
    return outcome(() => readDocx(bytes));
  } finally {
    useRawInflate('default');
  }
}

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

const fixtures: Array<[string, Uint8Array]> = [
  ['every kind of content the builder writes', everyKind],
  ['Word-like styles, no numbering part', buildDocx({ styles: DEFAULT_STYLES, body: ['一、总体情况', '正文。'] })],
  ['WPS styles', buildDocx({ styles: WPS_STYLES, numbering: CHINESE_REPORT_NUMBERING, body: [{ kind: 'p', style: '2', content: '标题' }, '正文'] })],
  ['the benchmark report, 180 paragraphs', generateReportDocx(180, 2024)],
  ['the benchmark report, 2,000 paragraphs', generateReportDocx(2000, 2023)],
  ['a part that is not XML', zipEntries({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document><w:body>' })],
  ['a DTD', zipEntries({ 'word/document.xml': '<!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>' })],
];

describe('Node\u2019s zlib reads every .docx as fflate does', () => {
  test.each(fixtures)('%s', (_, bytes) => {
    const reference = outcome(() => readOnReference(bytes));
    expect(fastModel(bytes)).toEqual(reference);
  });

  const textFixtures = [join(__dirname, '..', 'fixtures'), join(__dirname, '..', 'fixtures', 'published')].flatMap((dir) =>
    readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)),
  );
  (SOFFICE ? test : test.skip)(`every text fixture as LibreOffice saves it as .docx (${textFixtures.length} files; skipped without LibreOffice)`, () => {
    const converted = convertTextToDocx(textFixtures);
    for (const file of converted) {
      const bytes = new Uint8Array(readFileSync(file));
      expect(fastModel(bytes)).toEqual(outcome(() => readOnReference(bytes)));
    }
  }, 120_000);
});

describe("Node's zlib keeps the zip reader's limits", () => {
  test('an entry that inflates past its declared size is refused on both paths', () => {
    const bytes = zipEntries({ 'word/document.xml': `<d>${'长'.repeat(5000)}</d>` });
    // The declared uncompressed size sits at offset 22 of the local header and 24 of the central directory entry.
    const lying = bytes.slice();
    const central = lying.length - 22 - 46 - 'word/document.xml'.length;
    for (const at of [22, central + 24]) new DataView(lying.buffer).setUint32(at, 100, true);
    const refusal = (inflate: 'default' | typeof nodeInflateRaw) => {
      useRawInflate(inflate);
      try {
        return outcome(() => new ZipReader(lying).read(['word/document.xml']) as never);
      } finally {
        useRawInflate('default');
      }
    };
    expect(refusal('default')).toMatch(/docx-entry-overflows/);
    expect(refusal(nodeInflateRaw)).toEqual(refusal('default'));
  });
});
