import { strFromU8, unzipSync } from 'fflate';
import { buildDocx, type DocxSpec, WORD_STYLES, CHINESE_REPORT_NUMBERING } from '../helpers/ooxml';

const spec: DocxSpec = {
  styles: WORD_STYLES,
  numbering: CHINESE_REPORT_NUMBERING,
  body: [
    { kind: 'p', style: '1', numbering: { numId: 1 }, content: '一、主要举措' },
    { kind: 'p', content: [{ kind: 'ins', content: ['甲'] }, { kind: 'del', text: '乙' }, { kind: 'sdt', tag: 't', content: ['丙'] }] },
    { kind: 'sdt', tag: 'block', content: [{ kind: 'p', content: [{ kind: 'hyperlink', url: 'http://www.gov.cn/', content: ['链接'] }] }] },
  ],
};

describe('OOXML test builder', () => {
  test('writes the parts a .docx needs, with relationships for styles, numbering and hyperlinks', () => {
    const parts = unzipSync(buildDocx(spec));
    expect(Object.keys(parts).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/numbering.xml', 'word/styles.xml'],
    );
    const rels = strFromU8(parts['word/_rels/document.xml.rels'] ?? new Uint8Array());
    expect(rels).toContain('Target="styles.xml"');
    expect(rels).toContain('Target="numbering.xml"');
    expect(rels).toContain('Target="http://www.gov.cn/" TargetMode="External"');
  });

  test('is deterministic and gives every tracked change and content control its own w:id', () => {
    expect(buildDocx(spec)).toEqual(buildDocx(spec));
    const documentXml = strFromU8(unzipSync(buildDocx(spec))['word/document.xml'] ?? new Uint8Array());
    const ids = [...documentXml.matchAll(/w:id(?:=| w:val=)"(\d+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('styles: null and omitParts leave parts out', () => {
    const parts = unzipSync(buildDocx({ body: ['x'], styles: null, omitParts: ['_rels/.rels'] }));
    expect(parts['word/styles.xml']).toBeUndefined();
    expect(parts['_rels/.rels']).toBeUndefined();
  });
});
