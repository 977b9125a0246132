/**
 * Every XML part of every .docx fixture, parsed by our parser (saxes outside its namespace mode, our own prefix
 * scopes), gives the tree xmldom gives: whole, and pruned as the reader parses document.xml, styles.xml and
 * numbering.xml. The fixtures: the builders' own, those made from ../shared's samples as Word writes them, and every
 * text fixture as LibreOffice saves it as .docx (skipped without LibreOffice or ../shared, saying so).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PARTS_UNREAD } from '../../src/docx/read-docx';
import { parseXml, type ParseOptions } from '../../src/docx/xml-parser';
import { BUILT_DOCX_FIXTURES, wordMadeFixtures } from '../helpers/docx-fixtures';
import { convertTextToDocx, SOFFICE } from '../helpers/soffice';
import { fromOurs, treeFromXmldom } from '../helpers/xml-canonical';

/** How the reader parses each part it reads (the others it reads whole). */
const READER_OPTIONS: Record<string, ParseOptions> = {
  'word/document.xml': PARTS_UNREAD.document,
  'word/styles.xml': PARTS_UNREAD.styles,
  'word/numbering.xml': PARTS_UNREAD.numbering,
};

/** Parts xmldom reads as XML; those it refuses (the fixtures the reader must refuse too) are held to our refusal. */
function expectSameTrees(docx: Uint8Array): number {
  let parts = 0;
  for (const [name, bytes] of Object.entries(unzipSync(docx))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = strFromU8(bytes).replace(/^\uFEFF/, '');
    parts += 1;
    let reference: ReturnType<typeof fromOurs> | undefined;
    try {
      reference = fromOurs(treeFromXmldom(xml));
    } catch {
      expect(() => parseXml(xml)).toThrow();
      continue;
    }
    expect([name, fromOurs(parseXml(xml))]).toEqual([name, reference]);
    const options = READER_OPTIONS[name];
    if (options) expect([name, fromOurs(parseXml(xml, options))]).toEqual([name, fromOurs(treeFromXmldom(xml, options))]);
  }
  return parts;
}

describe('our XML trees are xmldom\u2019s on every .docx fixture', () => {
  test.each(BUILT_DOCX_FIXTURES)('%s', (_, docx) => {
    expect(expectSameTrees(docx)).toBeGreaterThan(0);
  });

  const wordMade = wordMadeFixtures();
  if (wordMade.length === 0) console.warn('Skipping the Word-made fixtures: ../shared/samples is absent.');
  (wordMade.length > 0 ? test.each(wordMade) : test.skip.each([['(../shared/samples absent)', new Uint8Array()]]))('made like Word: %s', (_, docx) => {
    expect(expectSameTrees(docx)).toBeGreaterThan(3);
  });

  const textFixtures = [join(__dirname, '..', 'fixtures'), join(__dirname, '..', 'fixtures', 'published')].flatMap((dir) =>
    readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)),
  );
  (SOFFICE ? test : test.skip)(`every text fixture as LibreOffice saves it (${textFixtures.length} files; skipped without LibreOffice)`, () => {
    const converted = convertTextToDocx(textFixtures);
    expect(converted).toHaveLength(textFixtures.length);
    for (const file of converted) expect(expectSameTrees(new Uint8Array(readFileSync(file)))).toBeGreaterThan(3);
  }, 120_000);
});
