/**
 * Reports laid out in tables as templates make them, from a published sample's lines (see word-made.ts): the whole
 * report in one 1×1 table, or each heading in a table of its own (a shaded bar), written as Word writes tables, and
 * as the Word imitation's paragraphs (each cell paragraph with its table, row and column).
 */
import type { FakeParagraphInit } from '../../src/preview/fake-word';
import { WORD_STYLES, type BodySpec, type StyleSpec } from './ooxml';
import type { SampleLine } from './word-made';

/** The text width of an A4 page with Word's default margins, in twips. */
const TEXT_WIDTH = 8296;
export const WORD_TABLE_STYLES: StyleSpec[] = [...WORD_STYLES, { id: 'a7', name: 'Table Grid', type: 'table', basedOn: 'a8' }, { id: 'a8', name: 'Normal Table', type: 'table' }];

/** Items in one 1×1 table; Word always keeps a paragraph after a table. */
export function inOneCell(items: BodySpec[]): BodySpec[] {
  return [{ kind: 'table', grid: [TEXT_WIDTH], rows: [[items]] }, ''];
}

/** The lines as paragraphs, a run of headings with nothing between in one one-column table (Word joins touching tables). */
export function headingsInCells(items: readonly BodySpec[], lines: readonly SampleLine[]): BodySpec[] {
  const out: BodySpec[] = [];
  let rows: BodySpec[][] = [];
  const close = () => {
    if (rows.length) out.push({ kind: 'table', grid: [TEXT_WIDTH], rows: rows.map((row) => [row]) });
    rows = [];
  };
  items.forEach((item, i) => {
    if (lines[i]?.level !== undefined) rows.push([item]);
    else {
      close();
      out.push(item);
    }
  });
  close();
  return out;
}

/** The imitation's paragraphs of the same: each in a one-column table, as the .docx items are. */
export function paragraphsInOneCell(paragraphs: readonly FakeParagraphInit[]): FakeParagraphInit[] {
  return [...paragraphs.map((p) => inCell(p, 0, 0)), ''];
}

export function paragraphsWithHeadingsInCells(paragraphs: readonly FakeParagraphInit[], lines: readonly SampleLine[]): FakeParagraphInit[] {
  let table = -1;
  let row = -1;
  return paragraphs.map((p, i) => {
    if (lines[i]?.level === undefined) {
      row = -1;
      return p;
    }
    if (row < 0) table += 1;
    row += 1;
    return inCell(p, table, row);
  });
}

function inCell(p: FakeParagraphInit, table: number, row: number): FakeParagraphInit {
  const init = typeof p === 'string' ? { text: p } : p;
  return { ...init, tableNestingLevel: 1, cell: { table, row, column: 0 } };
}
