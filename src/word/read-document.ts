import type { CellPosition, ReportDocument } from '../core/document';
import { parseFigureTag } from '../core/figures/tags';
import { bilingual } from '../core/i18n/messages';
import { layoutTablesAsText } from '../core/layout-tables';
import { hiddenTextRead, type HiddenTextCheck } from './hidden-text';
import { blockFromParagraph, spansParagraphs } from './paragraph-block';
import { HIDDEN_FONT_SET, isSetSupported, REVIEWED_TEXT_SET, VISIBLE_TEXT_SET } from './requirements';
import { blockOfParagraph, queueBoxParagraphs, queueTitleBoxes, withBoxLines } from './text-boxes';

/** Loaded in the first sync. styleBuiltIn, isListItem and tableNestingLevel need WordApi 1.3; the rest 1.1. */
const PARAGRAPH_PROPERTIES = 'text,style,styleBuiltIn,outlineLevel,isListItem,tableNestingLevel';

export interface BodyRead {
  doc: ReportDocument;
  /** Paragraph.text as Word gave it, to recognise the same body when a plan comes back. */
  wordTexts: string[];
  /** For each block, the index of the body paragraph it is (a text box's line: the paragraph the box is anchored in). */
  bodyIndex: number[];
}

/**
 * Reads the whole body in two syncs, whatever its length: the paragraphs' own properties first, then
 * in one batch what hangs off each paragraph (list label, content control tag, reviewed text, title text boxes).
 * A third only where tracked changes touch a paragraph with linked figures: Word gives deleted text in
 * ContentControl.text, so those figures are read with their changes accepted (ContentControl.getReviewedText,
 * WordApi 1.4); or where a text box holds the title, for its paragraphs (./text-boxes.ts).
 */
export async function readBody(context: Word.RequestContext): Promise<BodyRead> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(PARAGRAPH_PROPERTIES);
  await context.sync();

  const withReviewedText = isSetSupported(REVIEWED_TEXT_SET);
  const hiddenCheck: HiddenTextCheck = isSetSupported(VISIBLE_TEXT_SET) ? 'text' : isSetSupported(HIDDEN_FONT_SET) ? 'font' : 'none';
  const pending = paragraphs.items.map((paragraph) => ({
    paragraph,
    // listItemOrNullObject and parentContentControlOrNullObject: WordApi 1.3.
    list: paragraph.isListItem ? paragraph.listItemOrNullObject.load('listString') : undefined,
    // The innermost control only: Block.tags from Word holds at most this one tag, not the outermost-first list core describes.
    // placeholderText (WordApi 1.1): a control whose text is its placeholder shows it, nothing being written there.
    control: paragraph.parentContentControlOrNullObject.load('tag,id,text,placeholderText'),
    // Paragraph.contentControls (WordApi 1.1): the controls in the paragraph, for Block.links; see inlineLinks.
    inline: paragraph.contentControls.load('id,tag,text,placeholderText'),
    // getReviewedText: WordApi 1.4. "Current" is the text with tracked insertions in and deletions out.
    reviewed: withReviewedText ? paragraph.getReviewedText('Current') : undefined,
    // parentTableCellOrNullObject: WordApi 1.3; the innermost cell, so a nested table's cell is its own.
    cell: paragraph.tableNestingLevel > 0 ? paragraph.parentTableCellOrNullObject.load('rowIndex,cellIndex') : undefined,
    // Paragraph.text includes hidden text. getText (WordApi 1.7) leaves it and tracked deletions out; Font.hidden
    // (WordApiDesktop 1.2) tells at least a wholly hidden paragraph.
    visible: hiddenCheck === 'text' ? paragraph.getText({ includeHiddenText: false, includeTextMarkedAsDeleted: false }) : undefined,
    font: hiddenCheck === 'font' ? paragraph.font.load('hidden') : undefined,
  }));
  const titleBoxes = queueTitleBoxes(paragraphs.items);
  await context.sync();

  const boxParagraphs = queueBoxParagraphs(titleBoxes, PARAGRAPH_PROPERTIES);

  const reviewedLinks = pending.map(({ paragraph, inline, reviewed }) =>
    reviewed && reviewed.value !== paragraph.text && inline.items.length > 0 ? inline.items.map((control) => control.getReviewedText('Current')) : undefined,
  );
  if (reviewedLinks.some((links) => links !== undefined) || boxParagraphs.some((boxes) => boxes.length > 0)) await context.sync();

  const hidden = hiddenTextRead(hiddenCheck, pending.map(({ paragraph, reviewed, visible, font }) => ({ shown: reviewed?.value ?? paragraph.text, visible: visible?.value, hidden: font?.hidden })), blockOfParagraph(boxParagraphs));
  const placeholders = shownPlaceholders(pending.map(({ control }) => control)).map((shown, i) => shown ?? onlyInlinePlaceholder(pending[i]?.paragraph.text ?? '', pending[i]?.inline.items ?? []));
  const cells = tablePositions(pending.map(({ paragraph, cell }) => (cell && !cell.isNullObject ? { level: paragraph.tableNestingLevel, row: cell.rowIndex, column: cell.cellIndex } : undefined)));
  const bodyBlocks = layoutTablesAsText(pending.map(({ paragraph, list, control, inline, reviewed }, index) =>
    blockFromParagraph(index, {
      text: paragraph.text,
      reviewedText: hidden.texts[index] ?? reviewed?.value,
      style: paragraph.style,
      styleBuiltIn: paragraph.styleBuiltIn,
      outlineLevel: paragraph.outlineLevel,
      isListItem: paragraph.isListItem,
      tableNestingLevel: paragraph.tableNestingLevel,
      listString: list && !list.isNullObject ? list.listString : undefined,
      tag: control.isNullObject ? undefined : control.tag,
      placeholder: placeholders[index],
      cell: cells[index],
      links: inlineLinks(inline.items, control.isNullObject ? undefined : control.id, reviewedLinks[index]),
    }),
  ));
  const { blocks, bodyIndex } = withBoxLines(bodyBlocks, boxParagraphs);
  return { bodyIndex, doc: { blocks, locationUnit: 'paragraph', warnings: hidden.notices.map(bilingual), notices: hidden.notices }, wordTexts: pending.map(({ paragraph }) => paragraph.text) };
}

/**
 * The controls inside a paragraph's text, told apart from a control around the paragraph (Block.tags), which
 * Word may also list in Paragraph.contentControls when it holds just that paragraph. Text alone cannot tell
 * them apart: a linked table's number cell is all figure, its control's text the paragraph's. So a control
 * whose text runs over a paragraph mark or cell end is around the paragraph, and so is the paragraph's
 * innermost parent control (by id) — unless it has a linked-figure tag: those are only ever inserted inline,
 * so one Word reports as the parent of a cell it fills is still a link (and its tag is in Block.tags too).
 * (A control around just this paragraph nested outside its innermost parent would be listed; that takes
 * two controls around one paragraph, which nothing of ours makes.)
 */
export function inlineLinks(controls: Word.ContentControl[], aroundId: number | undefined, reviewed?: ReadonlyArray<OfficeExtension.ClientResult<string>>): Array<{ tag: string; text: string }> {
  return controls
    .map((c, i) => ({ c, text: reviewed?.[i]?.value ?? c.text }))
    .filter(({ c }) => !spansParagraphs(c.text) && (c.id !== aroundId || parseFigureTag(c.tag) !== undefined))
    .map(({ c, text }) => ({ tag: c.tag, text }));
}

/**
 * The placeholder each paragraph shows: its control's placeholderText in the control's first paragraph, "" in the
 * others, undefined where nothing is. Word gives showingPlaceholderText only on WordApiDesktop 1.3 control types, not
 * on Word.ContentControl; a control shows its placeholder when its text is that placeholder, or "" (Word builds
 * differ in what `text` gives then).
 */
function shownPlaceholders(controls: readonly Word.ContentControl[]): Array<string | undefined> {
  const seen = new Set<number>();
  return controls.map((control) => {
    if (control.isNullObject) return undefined;
    const placeholder = control.placeholderText.trim();
    const text = control.text.trim();
    if (placeholder === '' || (text !== '' && text !== placeholder)) return undefined;
    if (seen.has(control.id)) return '';
    seen.add(control.id);
    return placeholder;
  });
}

/** A paragraph holding nothing but a control inside its text that shows its placeholder: that placeholder. */
function onlyInlinePlaceholder(paragraphText: string, controls: readonly Word.ContentControl[]): string | undefined {
  const text = paragraphText.trim();
  return controls.map((c) => c.placeholderText.trim()).find((placeholder, i) => placeholder !== '' && text === placeholder && controls[i]?.text.trim() === placeholder);
}

/**
 * Which table each cell paragraph is in. Word gives a cell's row and column but no table identity: a
 * table starts after a paragraph outside every table, or where the position at its nesting level goes
 * back to an earlier cell (Word keeps a paragraph between two tables, so they never touch); leaving a
 * nested table returns to the table around it.
 */
function tablePositions(cells: ReadonlyArray<{ level: number; row: number; column: number } | undefined>): Array<CellPosition | undefined> {
  let tables = 0;
  let open: CellPosition[] = []; // the table open at each nesting level, outermost first
  return cells.map((cell) => {
    if (!cell) {
      open = [];
      return undefined;
    }
    const current = open[cell.level - 1];
    const backwards = current && (cell.row < current.row || (cell.row === current.row && cell.column < current.column));
    const table = current && !backwards ? current.table : tables++;
    open = [...open.slice(0, cell.level - 1), { table, row: cell.row, column: cell.column }];
    return { table, row: cell.row, column: cell.column };
  });
}
