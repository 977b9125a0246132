/**
 * The batch checker reads .docx files on its fast paths (Node's zlib, the one-pass XML parser); the pane on fflate.
 * Both must give the same document model: every .docx here is read by the reference path (fflate and the saxes
 * parser the reader used before) and by the fast one, and the models compared whole.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReportDocx } from '../../bench/generate';
import type { ReportDocument } from '../../src/core/document';
import type * as ReadDocxModule from '../../src/docx/read-docx';
import { parseXml, type XmlNode } from '../../src/docx/xml-parser';
import { nodeInflateRaw } from '../../src/files/node-inflate';
import { useRawInflate, ZipReader } from '../../src/files/zip';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { buildDocx, CHINESE_REPORT_NUMBERING, DEFAULT_STYLES, WORD_STYLES, WPS_STYLES, zipEntries } from '../helpers/ooxml';
import { parseXmlWithSaxes } from '../helpers/saxes-xml';
import { convertTextToDocx, SOFFICE } from '../helpers/soffice';

/** readDocx built on the reference parser: a module registry of its own, where xml-parser's parseXml is saxes'. */
function referenceReadDocx(): typeof ReadDocxModule.readDocx {
  let read: typeof ReadDocxModule.readDocx | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../src/docx/xml-parser', () => {
      // Required in this registry, so the reference throws this registry's error classes.
      const actual = jest.requireActual<typeof import('../../src/docx/xml-parser')>('../../src/docx/xml-parser');
      const reference = jest.requireActual<typeof import('../helpers/saxes-xml')>('../helpers/saxes-xml');
      return { ...actual, parseXml: reference.parseXmlWithSaxes };
    });
    read = (jest.requireActual('../../src/docx/read-docx') as typeof ReadDocxModule).readDocx;
  });
  return read as typeof ReadDocxModule.readDocx;
}

const readOnReference = referenceReadDocx();
const { readDocx } = jest.requireActual<typeof ReadDocxModule>('../../src/docx/read-docx');

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

describe('the fast paths read every .docx as the reference path does', () => {
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

/** XML-shaped garbage: the two parsers must agree on every piece, refusing the same ones and building the same trees. */
const token = fc.constantFrom(
  '<w:p xmlns:w="urn:w">', '</w:p>', '<a>', '</a>', '<b x="1">', '</b>', '<c/>', '<x:y/>', '<d xmlns="urn:d">', '</d>', '<a b="1" b="2"/>',
  '<e xml:space="preserve">', '</e>', '<!-- c -->', '<!-- -- -->', '<![CDATA[x<y]]>', '<?pi x?>', '<?xml version="1.0"?>', '法治', ' ', '\r\n',
  '&amp;', '&lt;', '&#x4E2D;', '&#0;', '&nbsp;', '&', '<', '>', ']]>', '"', "'", '=', '/', '<!DOCTYPE x>', '\u0000', '<f g = \'v\t\'>', '</f >',
);

function canonical(node: XmlNode): unknown {
  if (typeof node === 'string') return node;
  return [node.name, node.namespace, node.localName, node.attributes, node.children.map(canonical)];
}

function verdict(parse: (xml: string) => XmlNode, xml: string): unknown {
  try {
    return canonical(parse(xml));
  } catch {
    // Where the DTD is refused as such (before the root), the reading of whole parts above says so.
    return 'refused';
  }
}

test('half a surrogate pair is refused (saxes reads it with the next character and takes a tag for text)', () => {
  expect(() => parseXml('<d>\ud800<e></d>')).toThrow(/character XML does not allow/);
  expect(() => parseXml('<d>\udc00</d>')).toThrow(/character XML does not allow/);
  expect(parseXml('<d>\ud83d\ude00</d>').children).toEqual(['\ud83d\ude00']);
});

test('the one-pass XML parser agrees with saxes on arbitrary XML-shaped text', () => {
  fc.assert(
    fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
      const xml = tokens.join('');
      expect(verdict(parseXml, xml)).toEqual(verdict(parseXmlWithSaxes, xml));
    }),
    { numRuns: fuzzRuns(3000) },
  );
});
