import { check } from '../../src/core/check';
import type { ReportDocument } from '../../src/core/document';
import { readDocx } from '../../src/docx/read-docx';
import type { FakeParagraphInit } from '../../src/preview/fake-word';
import { buildDocx, type BodySpec } from '../helpers/ooxml';
import { haveSamples, partVerdicts, SAMPLE_NAMES, sampleReport, styledBody, styledParagraphs } from '../helpers/word-made';
import { headingsInCells, inOneCell, paragraphsInOneCell, paragraphsWithHeadingsInCells, WORD_TABLE_STYLES } from '../helpers/word-tables';
import { fakeWord } from './helpers';

/** What a reader of the page sees: the part verdicts and the findings' codes. */
function reading(doc: ReportDocument) {
  return { parts: partVerdicts(doc), codes: check(doc).findings.map((f) => f.code).sort() };
}

const docxOf = (body: BodySpec[]) => readDocx(buildDocx({ styles: WORD_TABLE_STYLES, body }));
const wordOf = (paragraphs: FakeParagraphInit[]) => fakeWord(paragraphs).host.readDocument();

(haveSamples ? describe : describe.skip)('a report laid out in tables', () => {
  describe.each(SAMPLE_NAMES)('%s', (name) => {
    const { lines } = sampleReport(name);
    const expected = reading(docxOf(styledBody(lines)));

    test('the whole report in a 1×1 table reads as the report, in the .docx and the open document', async () => {
      const docx = docxOf(inOneCell(styledBody(lines)));
      expect(docx.blocks.filter((b) => b.kind === 'table-cell')).toEqual([]);
      expect(reading(docx)).toEqual(expected);
      expect(reading(await wordOf(paragraphsInOneCell(styledParagraphs(lines))))).toEqual(expected);
    });

    test('each heading in a table of its own reads as the report, in the .docx and the open document', async () => {
      const docx = docxOf(headingsInCells(styledBody(lines), lines));
      expect(docx.blocks.filter((b) => b.kind === 'heading').length).toBeGreaterThan(0);
      expect(reading(docx)).toEqual(expected);
      expect(reading(await wordOf(paragraphsWithHeadingsInCells(styledParagraphs(lines), lines)))).toEqual(expected);
    });
  });
});
