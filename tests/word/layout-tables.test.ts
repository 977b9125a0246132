import { check } from '../../src/core/check';
import type { ReportDocument } from '../../src/core/document';
import { readDocx } from '../../src/docx/read-docx';
import type { FakeParagraphInit } from '../../src/preview/fake-word';
import { buildDocx, type BodySpec } from '../helpers/ooxml';
import { haveSamples, partVerdicts, SAMPLE_NAMES, sampleReport, styledBody, styledParagraphs } from '../helpers/word-made';
import { headingsInCells, inOneCell, paragraphsInOneCell, paragraphsWithHeadingsInCells, WORD_TABLE_STYLES, wordTitleBox } from '../helpers/word-tables';
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

(haveSamples ? describe : describe.skip)('a title drawn in a text box', () => {
  const COPIES = ['both', 'drawing', 'plain drawing'] as const;
  test.each(SAMPLE_NAMES.flatMap((name) => COPIES.map((copies) => [name, copies] as const)))('%s (%s): the .docx reads the box’s lines as the title, before the text', (name, copies) => {
    const { lines, afterTitle } = sampleReport(name);
    const body = styledBody(lines);
    const title = lines.slice(0, afterTitle).map((l) => l.text).filter((t) => t.trim());
    const boxed = docxOf([wordTitleBox(title, copies), ...body.slice(afterTitle)]);
    expect(reading(boxed)).toEqual(reading(docxOf(body)));
    expect(boxed.blocks.slice(0, title.length).map((b) => b.text)).toEqual(title);
  });

  test('a text box after the first text is a side note: left out, as before', () => {
    const doc = docxOf(['某区司法局2023年法治政府建设年度情况报告', wordTitleBox(['旁注：请于月底前报送'])]);
    expect(doc.blocks.map((b) => b.text)).toEqual(['某区司法局2023年法治政府建设年度情况报告', '']);
  });
});

test('a data table nested in the frame stays a table in both readers, its cells where they are', async () => {
  const data = [['项目', '件数'], ['行政许可', '1286']];
  const docx = docxOf(inOneCell(['某区政务公开2023年度报告', { kind: 'p', style: '1', content: '二、主动公开政府信息情况' }, { kind: 'table', grid: [4148, 4148], rows: data }, '全年主动公开信息一千余条。']));
  const inFrame = (text: string) => ({ text, tableNestingLevel: 1, cell: { table: 0, row: 0, column: 0 } });
  const word = await wordOf([
    inFrame('某区政务公开2023年度报告'),
    { ...inFrame('二、主动公开政府信息情况'), styleBuiltIn: 'Heading1' },
    ...data.flatMap((row, r) => row.map((text, column) => ({ text, tableNestingLevel: 2, cell: { table: 1, row: r, column } }))),
    inFrame('全年主动公开信息一千余条。'),
    '',
  ]);
  const shape = (doc: ReportDocument) => doc.blocks.map((b) => [b.text, b.kind, b.cell ? `${b.cell.row}:${b.cell.column}` : '']);
  expect(shape(docx)).toEqual([
    ['某区政务公开2023年度报告', 'paragraph', ''],
    ['二、主动公开政府信息情况', 'heading', ''],
    ['项目', 'table-cell', '0:0'], ['件数', 'table-cell', '0:1'], ['行政许可', 'table-cell', '1:0'], ['1286', 'table-cell', '1:1'],
    ['全年主动公开信息一千余条。', 'paragraph', ''],
    ['', 'paragraph', ''],
  ]);
  expect(shape(word)).toEqual(shape(docx));
});
