/**
 * Linked figures: text and tables from the data file, wrapped in content controls whose tags say what they
 * show (src/core/figures/tags.ts), so they can be refreshed, rolled forward or frozen later. Each call is
 * one batch of at most two syncs; nothing the writer wrote is replaced or moved.
 *
 * Office.js used: Document.getSelection, Document.contentControls, Range.insertText, Range.insertContentControl,
 * Range.paragraphs, ContentControl.tag/title/appearance/text/insertText/delete/insertParagraph (WordApi 1.1);
 * Range.getRange, Range.isEmpty, Range.compareLocationWith, Paragraph.getRange, Range.parentContentControlOrNullObject,
 * ContentControl.getRange, ParagraphCollection.getLast,
 * Paragraph.tableNestingLevel/parentTableOrNullObject/insertTable/insertParagraph/styleBuiltIn/detachFromList,
 * Table.parentTableOrNullObject, Table.parentContentControlOrNullObject, Table.insertParagraph, Table.getRange, Table.getCell, TableCell.body,
 * Table.styleBuiltIn/headerRowCount (WordApi 1.3). Body.insertText, ContentControl.getOoxml are 1.1;
 * Body.getReviewedText and ContentControl.getReviewedText are 1.4, used only where Word has them.
 */
import { isTextLink } from '../core/figures/linking';
import { parseFigureTableTag, parseFigureTag } from '../core/figures/tags';
import { HostError, type LinkChange, type LinkedCell, type LinkedTable, type LinkState, type LinkUpdate } from '../host/contract';
import { spansParagraphs } from './paragraph-block';
import { isSetSupported, REVIEWED_TEXT_SET } from './requirements';

/** Shown on a linked control's bounding box, so the writer sees it is filled from the data file. */
const FIGURE_TITLE = '数据';
const TABLE_TITLE = '数据表';
const CAPTION_TITLE = '数据表标题';

/** How many tables deep the first sync looks around the cursor; a cursor nested deeper is refused, not guessed. */
const TABLE_DEPTH = 3;

/**
 * Inserts linked text at the cursor: after the selection (the selected text stays), in a new inline control;
 * never at the very start of a document with words in it (where Word leaves the cursor until the writer clicks).
 * A cursor inside a linked figure would put the new one inside it, so there it goes right after that figure.
 */
export async function insertLinkedText(context: Word.RequestContext, link: { tag: string; text: string }, measure?: string): Promise<void> {
  const selection = context.document.getSelection().load('isEmpty');
  const cursor = selection.getRange('End');
  const around = cursor.parentContentControlOrNullObject.load('tag,cannotEdit');
  const first = context.document.body.paragraphs.getFirst().load('text');
  const place = selection.compareLocationWith(first.getRange('Start'));
  const sentence = cursor.paragraphs.getFirst();
  const before = measure ? sentence.getRange('Start').expandTo(cursor).load('text') : undefined;
  const after = measure ? cursor.expandTo(sentence.getRange('End')).load('text') : undefined;
  await context.sync();

  if (selection.isEmpty && place.value === 'Equal' && isLineNotSentence(first.text)) throw new HostError('no-cursor', link.text);

  const inFigure = !around.isNullObject && parseFigureTag(around.tag) !== undefined;
  if (!around.isNullObject && around.cannotEdit && !inFigure) throw new HostError('locked', link.text);
  const inserted = inFigure ? around.getRange('Whole').insertText(link.text, 'After') : cursor.insertText(link.text, 'End');
  const control = inserted.insertContentControl();
  label(control, link.tag, FIGURE_TITLE);
  if (measure && !inFigure && before && after && measureWanted(measure, before.text, after.text)) control.getRange('Whole').insertText(measure, 'After');
  await context.sync();
}

/**
 * 42 goes in as 42件 into a written sentence that does not say 件 (办理案件|，依法…) — outside the control, so a
 * refresh still finds just the figure. Not where the measure or another number follows, after a sentence's end,
 * or at the end of the paragraph, where the writer is still writing and types what comes next.
 */
function measureWanted(measure: string, before: string, after: string): boolean {
  const next = after.trim();
  return next !== '' && !next.startsWith(measure) && !/^[\d０-９]/.test(next) && !/[。！？!?]\s*$/.test(before);
}

/**
 * Word leaves the cursor at the very start of a document it opens, until the writer clicks: a figure there would
 * run into the title (or unit line, document number), which never ends as a sentence does. Before a first
 * paragraph that is a sentence, the writer may well mean it.
 */
function isLineNotSentence(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !/[。！？；…!?;.]$/.test(trimmed);
}

/**
 * Inserts a linked table, under its caption when it has one, after the paragraph holding the cursor, or, when
 * the cursor is in a table, after that table (outermost; a nested table is not wanted) with an empty paragraph
 * between, as Word keeps between tables. A table that is itself a linked table is stepped out of through its control, so the new
 * table does not land inside the old one's control.
 */
export async function insertLinkedTable(context: Word.RequestContext, table: LinkedTable): Promise<void> {
  const rows = table.cells.length;
  const columns = Math.max(0, ...table.cells.map((row) => row.length));
  if (rows === 0 || columns === 0) throw new HostError('failed', 'A linked table needs at least one row and one column.');

  const paragraph = context.document.getSelection().paragraphs.getLast().load('tableNestingLevel');
  const paragraphControl = paragraph.parentContentControlOrNullObject.load('cannotEdit');
  const tables: Word.Table[] = [];
  const controls: Word.ContentControl[] = [];
  let around: Word.Table | Word.Paragraph = paragraph;
  for (let depth = 0; depth < TABLE_DEPTH; depth++) {
    const next: Word.Table = around.parentTableOrNullObject.load('rowCount');
    tables.push(next);
    controls.push(next.parentContentControlOrNullObject.load('tag'));
    around = next;
  }
  await context.sync();

  // A table after a paragraph inside a control lands in that control: Word refuses that in a locked one.
  if (!paragraphControl.isNullObject && paragraphControl.cannotEdit && paragraph.tableNestingLevel === 0) throw new HostError('locked');
  const level = paragraph.tableNestingLevel;
  if (level > TABLE_DEPTH) throw new HostError('failed', `The cursor is in a table nested ${level} deep; put it outside the tables to insert one.`);
  const outermost = level > 0 ? tables[level - 1] : undefined;
  const control = level > 0 ? controls[level - 1] : undefined;
  if (outermost?.isNullObject) throw new HostError('failed', 'Word did not say which table the cursor is in.');
  let anchor: Word.Paragraph = paragraph;
  if (outermost) {
    const linkedTable = control && !control.isNullObject && parseFigureTableTag(control.tag) !== undefined ? control : undefined;
    anchor = linkedTable ? linkedTable.insertParagraph('', 'After') : outermost.insertParagraph('', 'After');
  }

  const caption = table.caption ? captionAfter(anchor, table.caption.text) : undefined;
  // Tagged cells start empty and get their text with their control, so the text is not there twice.
  const values = table.cells.map((row) => Array.from({ length: columns }, (_, c) => (row[c] && row[c].tag === undefined ? row[c].text : '')));
  const inserted = (caption ?? anchor).insertTable(rows, columns, 'After', values);
  inserted.styleBuiltIn = 'TableGrid';
  inserted.headerRowCount = 1;
  table.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.tag !== undefined) label(inserted.getCell(r, c).body.insertText(cell.text, 'Start').insertContentControl(), cell.tag, FIGURE_TITLE);
    }),
  );
  label(inserted.getRange('Whole').insertContentControl(), table.tag, TABLE_TITLE);
  // The caption's control goes on after the table: a table inserted after a paragraph in a control lands inside it.
  if (caption && table.caption) label(caption.insertContentControl(), table.caption.tag, CAPTION_TITLE);
  await context.sync();
}

/** The caption paragraph above a linked table, centred and bold as table titles are, whatever the cursor's paragraph was. */
function captionAfter(anchor: Word.Paragraph, text: string): Word.Paragraph {
  const caption = anchor.insertParagraph(text, 'After');
  caption.styleBuiltIn = 'Normal'; // WordApi 1.3
  caption.detachFromList(); // WordApi 1.3: a paragraph that is no list item is left alone
  caption.alignment = 'Centered';
  caption.font.bold = true;
  return caption;
}

/**
 * Refreshes, rolls forward or retags linked controls, however many there are, in one batch: every control's tag and
 * text in one load, the updates worked out in memory, then only the controls that change are written (two syncs).
 * New text goes only into a control that holds just its text (a figure or a table's year heading, within one
 * paragraph: isTextLink); any other control, a linked table's above all, only ever gets a new tag: replacing its
 * text would flatten the table (a one-cell table's text does not even show that it is one), and its figures have
 * their own controls.
 *
 * Tracked changes: Word gives text deleted under Track Changes in ContentControl.text (OfficeDev/office-js #1267,
 * #1524), so a refreshed figure would read as old and new together and never settle. Where Word has
 * getReviewedText (WordApi 1.4) and the body has tracked changes, each link's text is read as it stands with them
 * accepted (one more sync). Without it, a control about to be written is first looked at in its OOXML (one more
 * sync); one with tracked changes in it is left alone and reported as `tracked`.
 */
export async function updateLinks(
  context: Word.RequestContext,
  isLink: (tag: string) => boolean,
  update: (link: LinkState) => LinkUpdate | undefined,
): Promise<LinkChange[]> {
  // cannotEdit (WordApi 1.1): Word refuses a write into a locked control, and the writes queued before it would
  // stay; so a locked control is never written, and the batch holds only writes Word takes.
  const controls = context.document.contentControls.load('tag,text,cannotEdit');
  const reviewable = isSetSupported(REVIEWED_TEXT_SET);
  const body = reviewable ? context.document.body.load('text') : undefined;
  const bodyReviewed = reviewable ? context.document.body.getReviewedText('Current') : undefined;
  await context.sync();

  const links = controls.items.filter((control) => isLink(control.tag));
  const tracked = body !== undefined && bodyReviewed !== undefined && body.text !== bodyReviewed.value;
  const reviewed = tracked ? links.map((control) => control.getReviewedText('Current')) : undefined;
  if (reviewed) await context.sync();

  const writes: Array<{ control: Word.ContentControl; change: LinkChange }> = [];
  links.forEach((control, i) => {
    const before = { tag: control.tag, text: reviewed?.[i]?.value ?? control.text };
    const wanted = update(control.cannotEdit ? { ...before, locked: true } : before);
    if (!wanted || control.cannotEdit) return;
    const textual = isTextLink(before.tag) && !spansParagraphs(before.text);
    const after = { tag: wanted.tag ?? before.tag, text: wanted.text !== undefined && textual ? wanted.text : before.text };
    if (after.tag !== before.tag || after.text !== before.text) writes.push({ control, change: { before, after } });
  });

  const ooxml = !reviewable && writes.length > 0 ? writes.map(({ control }) => control.getOoxml()) : undefined;
  if (ooxml) await context.sync();
  const changes: LinkChange[] = [];
  writes.forEach(({ control, change }, i) => {
    if (ooxml && TRACKED_MARKUP.test(ooxml[i]?.value ?? '')) {
      changes.push({ before: change.before, after: change.before, left: 'tracked' });
      return;
    }
    if (change.after.tag !== change.before.tag) control.tag = change.after.tag;
    if (change.after.text !== change.before.text) control.insertText(change.after.text, 'Replace');
    changes.push(change);
  });
  if (changes.some((change) => change.left === undefined)) await context.sync();
  return changes;
}

/** Tracked changes in WordprocessingML: insertions, deletions and moves. */
const TRACKED_MARKUP = /<w:(?:ins|del|moveFrom|moveTo)\b/;

/** Freezes linked controls: each accepted control goes, its text stays where it is as plain text. */
export async function unlinkLinks(context: Word.RequestContext, isLink: (tag: string) => boolean): Promise<number> {
  const controls = context.document.contentControls.load('tag,cannotDelete');
  await context.sync();

  // A control locked against deletion (cannotDelete, WordApi 1.1) stays a link: deleting it would fail the batch.
  const accepted = controls.items.filter((control) => isLink(control.tag) && !control.cannotDelete);
  for (const control of accepted) control.delete(true);
  if (accepted.length > 0) await context.sync();
  return accepted.length;
}

function label(control: Word.ContentControl, tag: string, title: string): void {
  control.tag = tag;
  control.title = title;
  control.appearance = 'BoundingBox';
}
