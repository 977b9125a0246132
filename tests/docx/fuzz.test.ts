import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { DocxReadError, readDocx } from '../../src/docx/read-docx';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { buildDocx, CHINESE_REPORT_NUMBERING, WORD_STYLES, zipEntries } from '../helpers/ooxml';

/** readDocx either returns a well-formed document or throws a DocxReadError; nothing else. */
function readsOrThrowsDocxReadError(bytes: Uint8Array): void {
  let doc;
  try {
    doc = readDocx(bytes);
  } catch (error) {
    if (!(error instanceof DocxReadError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    return;
  }
  doc.blocks.forEach((block, i) => expect(block.index).toBe(i));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const validDocx = buildDocx({
  styles: WORD_STYLES,
  numbering: CHINESE_REPORT_NUMBERING,
  body: [
    { kind: 'p', style: '1', numbering: { numId: 1 }, content: '主要举措和成效' },
    { kind: 'p', content: ['健全', { kind: 'ins', content: ['依法'] }, { kind: 'del', text: '科学' }, '决策机制', { kind: 'field', instr: ' PAGE ', result: '2' }] },
    { kind: 'table', rows: [['项目', '数量']] },
    { kind: 'sdt', tag: 'summary', content: ['总结'] },
  ],
});
const validParts = unzipSync(validDocx);
const validDocumentXml = strFromU8(validParts['word/document.xml'] ?? new Uint8Array());

/** Fragments that make XML-shaped garbage: tags that may or may not match, entities, quotes, namespaces. */
const xmlToken = fc.constantFrom(
  `<w:document xmlns:w="${W}">`, '</w:document>', '<w:body>', '</w:body>', '<w:p>', '</w:p>', '<w:r>', '</w:r>',
  '<w:t>', '</w:t>', '<w:t xml:space="preserve">', '<w:pPr><w:pStyle w:val="1"/></w:pPr>', '<w:numPr><w:ilvl w:val="9"/><w:numId w:val="-1"/></w:numPr>',
  '<w:fldChar w:fldCharType="begin"/>', '<w:fldChar w:fldCharType="separate"/>', '<w:fldChar w:fldCharType="end"/>',
  '<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent>', '</w:sdtContent></w:sdt>', '<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>',
  '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Fallback>', '</mc:Fallback></mc:AlternateContent>',
  '<w:outlineLvl w:val="999999999999"/>', '<w:br/>', '<w:tab/>', '<!-- c -->', '<![CDATA[x<y]]>', '<?pi x?>',
  '法治', 'text', ' ', '\n', '&amp;', '&lt;', '&#x4E2D;', '&#0;', '&', '<', '>', '"', "'", '=', '/', '<!DOCTYPE x>', '\u0000', '\uffff', '\ud800',
);
const garbledXml = fc.array(xmlToken, { maxLength: 60 }).map((tokens) => tokens.join(''));

/** A valid document.xml with a random slice replaced by random text. */
const mutatedDocumentXml = fc
  .tuple(fc.nat({ max: validDocumentXml.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 20 }))
  .map(([at, deleteCount, insert]) => validDocumentXml.slice(0, at) + insert + validDocumentXml.slice(at + deleteCount));

describe('readDocx never throws anything but DocxReadError', () => {
  test('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), readsOrThrowsDocxReadError), { numRuns: fuzzRuns(50) });
  });

  test('on a valid .docx with random bytes overwritten or cut off', () => {
    const corruption = fc.tuple(fc.array(fc.tuple(fc.nat({ max: validDocx.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }), fc.nat({ max: validDocx.length }));
    fc.assert(
      fc.property(corruption, ([writes, keep]) => {
        const bytes = validDocx.slice(0, Math.max(keep, 4));
        for (const [index, value] of writes) if (index < bytes.length) bytes[index] = value;
        readsOrThrowsDocxReadError(bytes);
      }),
      { numRuns: fuzzRuns(50) },
    );
  });

  test('on zips holding garbled XML as document.xml, styles.xml and numbering.xml', () => {
    fc.assert(
      fc.property(garbledXml, garbledXml, garbledXml, (documentXml, stylesXml, numberingXml) => {
        readsOrThrowsDocxReadError(zipEntries({ 'word/document.xml': `<w:document xmlns:w="${W}"><w:body>${documentXml}</w:body></w:document>` }));
        readsOrThrowsDocxReadError(zipEntries({ ...validParts, 'word/document.xml': documentXml, 'word/styles.xml': stylesXml, 'word/numbering.xml': numberingXml }));
      }),
      { numRuns: fuzzRuns(50) },
    );
  });

  test('on a valid document.xml with random edits', () => {
    fc.assert(
      fc.property(mutatedDocumentXml, (documentXml) => readsOrThrowsDocxReadError(zipEntries({ ...validParts, 'word/document.xml': documentXml }))),
      { numRuns: fuzzRuns(50) },
    );
  });
});
