import { strToU8 } from 'fflate';
import { DocxReadError, readDocx, type ReadDocxOptions } from '../../src/docx/read-docx';
import { buildDocx, zipEntries } from '../helpers/ooxml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const validDocx = (): Uint8Array => buildDocx({ body: ['一、主要举措和成效', '全年共办理行政复议案件53件。'] });

/** The DocxReadError readDocx throws (fails the test if it throws anything else or nothing). */
function readError(bytes: Uint8Array, options?: ReadDocxOptions): DocxReadError {
  try {
    readDocx(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DocxReadError);
    return error as DocxReadError;
  }
  throw new Error('readDocx did not throw');
}

/** Messages carry Chinese and English in one string. */
function expectBilingual(message: string): void {
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message).toMatch(/[A-Za-z]{4,}.*[A-Za-z]{4,}/);
  expect(message).toContain(' / ');
}

/** Rewrites the uncompressed size that the central directory declares for one entry. */
function declareUncompressedSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let offset = 0; offset + 46 < bytes.length; offset++) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (name === entryName) {
      view.setUint32(offset + 24, size, true);
      return bytes;
    }
  }
  throw new Error(`no central directory entry ${entryName}`);
}

describe('readDocx: errors and hostile input', () => {
  test('bytes that are not a zip at all', () => {
    const error = readError(strToU8('一、主要举措和成效\n这是一个纯文本文件，不是 .docx。'));
    expect(error.message).toContain('不是有效的 .docx 文件');
    expect(error.message).toMatch(/not a valid \.docx file/i);
    expectBilingual(error.message);
  });

  test('empty input', () => {
    expect(readError(new Uint8Array(0)).message).toMatch(/not a valid \.docx file/i);
  });

  test('a truncated zip', () => {
    const bytes = validDocx();
    const error = readError(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(error.message).toContain('无法解压');
    expect(error.message).toContain('cannot unzip');
    expectBilingual(error.message);
  });

  test('a zip with corrupted compressed data', () => {
    const bytes = validDocx();
    for (let i = 60; i < 400; i += 7) bytes[i] = (bytes[i] ?? 0) ^ 0x5a;
    expectBilingual(readError(bytes).message);
  });

  test('an encrypted .docx or a legacy .doc (OLE compound file)', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = readError(ole);
    expect(error.message).toContain('加密');
    expect(error.message).toContain('.doc');
    expect(error.message).toMatch(/encrypted|password/);
    expect(error.message).toContain('save it as a .docx');
    expectBilingual(error.message);
  });

  test('a zip without word/document.xml (a renamed .xlsx or .odt)', () => {
    const xlsx = zipEntries({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    const odt = zipEntries({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' });
    for (const bytes of [xlsx, odt]) {
      const error = readError(bytes);
      expect(error.message).toContain('word/document.xml');
      expect(error.message).toContain('not a Word document');
      expectBilingual(error.message);
    }
  });

  test('malformed XML in document.xml', () => {
    const documentXml = `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>未闭合</w:r></w:p></w:body></w:document>`;
    const error = readError(buildDocx({ body: [], documentXml }));
    expect(error.message).toContain('word/document.xml');
    expect(error.message).toContain('not well-formed XML');
    expect(error.message).toContain('line');
    expectBilingual(error.message);
  });

  test.each([
    ['an unknown entity', `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>`],
    ['a bare ampersand', `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>A & B</w:t></w:r></w:p></w:body></w:document>`],
    ['an unbound prefix', '<w:document><w:body/></w:document>'],
    ['two root elements', `<w:document xmlns:w="${W}"><w:body/></w:document><w:document xmlns:w="${W}"/>`],
    ['an unquoted attribute', `<w:document xmlns:w="${W}"><w:body><w:p w:rsidR=00A1/></w:body></w:document>`],
    ['nothing at all', ''],
  ])('malformed XML: %s', (_, documentXml) => {
    expect(readError(buildDocx({ body: [], documentXml })).message).toContain('word/document.xml');
  });

  test('a document.xml that is XML but not a WordprocessingML document', () => {
    const error = readError(buildDocx({ body: [], documentXml: '<html><body><p>hi</p></body></html>' }));
    expect(error.message).toContain('not a Word document body');
  });

  test('a workbook given a .docx name is said not to be a Word document, with what to do', () => {
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const workbook = zipEntries({
      '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      'xl/workbook.xml': '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
    });
    const { message } = readError(workbook);
    expect(message).toContain('这不是 Word 文档（可能是改了扩展名的 .xlsx 或 .pptx 文件）：请在 Word 中打开报告，另存为 .docx 后再试');
    expect(message).toContain('so it is not a Word document (perhaps a renamed .xlsx or .pptx file): open the report in Word, save it as .docx and try again');
  });

  test('a DOCTYPE is refused: no entity expansion (billion laughs, external entities)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    const external =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    for (const documentXml of [laughs, external]) {
      const error = readError(buildDocx({ body: [], documentXml }));
      expect(error.message).toContain('DOCTYPE');
      expectBilingual(error.message);
    }
  });

  test('zip bomb guard: an entry declaring a huge uncompressed size is refused before inflating', () => {
    const bomb = declareUncompressedSize(validDocx(), 'word/document.xml', 0xfffffff0);
    const error = readError(bomb);
    expect(error.message).toContain('word/document.xml');
    expect(error.message).toContain('too large');
    expectBilingual(error.message);
  });

  test('zip bomb guard: per-entry and total limits can be lowered', () => {
    const bytes = buildDocx({ body: Array.from({ length: 200 }, (_, i) => `第${i}段：推进严格规范公正文明执法。`) });
    expect(readError(bytes, { limits: { maxEntryBytes: 1000 } }).message).toContain('too large');
    expect(readError(bytes, { limits: { maxTotalBytes: 2000 } }).message).toContain('too large');
    expect(readDocx(bytes).blocks).toHaveLength(200);
  });

  test('a UTF-16 document.xml with a byte-order mark is read', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>依法行政</w:t></w:r></w:p></w:body></w:document>`;
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    const doc = readDocx(buildDocx({ body: [], extraParts: { 'word/document.xml': utf16 } }));
    expect(doc.blocks.map((b) => b.text)).toEqual(['依法行政']);
  });

  test('the main part is found through _rels/.rels even when it is not word/document.xml', () => {
    const documentXml = `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>主文档在别处</w:t></w:r></w:p></w:body></w:document>`;
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>';
    const bytes = buildDocx({ body: [], omitParts: ['word/document.xml'], extraParts: { '_rels/.rels': rels, 'word/document2.xml': documentXml } });
    expect(readDocx(bytes).blocks.map((b) => b.text)).toEqual(['主文档在别处']);
  });

  test('a dangling officeDocument relationship falls back to word/document.xml', () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/missing.xml"/></Relationships>';
    expect(readDocx(buildDocx({ body: ['仍能读取'], extraParts: { '_rels/.rels': rels } })).blocks.map((b) => b.text)).toEqual(['仍能读取']);
  });
});
