import type { ReportDocument } from '../core/document';
import type { PlannedBlock, ScaffoldPlan } from '../core/scaffold';
import { HostError } from '../taskpane/host';
import { modelText } from './paragraph-block';
import { FAR_EAST_FONT_SET, isSetSupported } from './requirements';
import { formatFor } from './scaffold-format';

/** Where an insertion's first paragraph goes, and whether it will inherit list numbering there. */
interface Anchor {
  insert: (text: string) => Word.Paragraph;
  inheritsList: boolean;
}

/**
 * Inserts a scaffold plan in two syncs: the first confirms the body is still the one the plan was
 * made from, the second carries every insertion. Existing paragraphs are only ever used as anchors.
 */
export async function insertPlan(context: Word.RequestContext, plan: ScaffoldPlan, basis: ReportDocument, basisWordTexts: readonly string[] | undefined): Promise<number> {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load('text,isListItem,tableNestingLevel');
  await context.sync();

  const items = paragraphs.items;
  if (!sameBody(items, basis, basisWordTexts)) throw new HostError('document-changed');
  if (plan.insertions.some((ins) => !Number.isInteger(ins.before) || ins.before < 0 || ins.before > items.length)) {
    throw new HostError('failed', 'The scaffold plan points outside the document it was made from.');
  }
  if (plan.insertions.every((ins) => ins.blocks.length === 0)) return 0;

  // Word on the web refuses ContentControl.placeholderText (NotAllowed, OfficeDev/office-js#785) although
  // it is WordApi 1.1, and a refused command would stop the batch half-way. There the prompt is inserted
  // as text inside the visible control instead: still tagged, still flagged by the checker, but the
  // writer must select it before typing over it.
  const placeholders = Office.context.platform !== Office.PlatformType.OfficeOnline;
  const farEastFont = isSetSupported(FAR_EAST_FONT_SET);

  const inserted: Array<{ paragraph: Word.Paragraph; block: PlannedBlock }> = [];
  for (const insertion of plan.insertions) {
    const anchor = anchorAt(body, items, insertion.before);
    let previous: Word.Paragraph | undefined;
    for (const block of insertion.blocks) {
      const text = block.placeholder && placeholders ? '' : block.text;
      // Chained "After" the previous new paragraph, so the blocks keep their order.
      const paragraph = previous ? previous.insertParagraph(text, 'After') : anchor.insert(text);
      applyFormat(paragraph, block, anchor.inheritsList, farEastFont);
      inserted.push({ paragraph, block });
      previous = paragraph;
    }
  }
  // Controls go on last: inserting "After" a paragraph already wrapped in a control could land inside it.
  for (const { paragraph, block } of inserted) wrapInControl(paragraph, block, placeholders);
  await context.sync();
  return inserted.length;
}

/** The body is the basis when it has the same paragraphs with the same text (as Word reported it at reading). */
function sameBody(items: Word.Paragraph[], basis: ReportDocument, basisWordTexts: readonly string[] | undefined): boolean {
  if (items.length !== basis.blocks.length) return false;
  // Without Word's own texts (a basis not read by this host) compare as the reader would map them.
  return items.every((p, i) => (basisWordTexts ? p.text === basisWordTexts[i] : modelText(p.text) === basis.blocks[i]?.text));
}

/**
 * Before the paragraph at `before`, or at the body's end. A paragraph inserted before a table's first
 * cell would land in the cell, so there the new text goes after the paragraph above the table instead.
 */
function anchorAt(body: Word.Body, items: Word.Paragraph[], before: number): Anchor {
  const target = items[before];
  if (!target) {
    const last = items[items.length - 1];
    return { insert: (text) => body.insertParagraph(text, 'End'), inheritsList: last?.isListItem ?? false };
  }
  const above = items[before - 1];
  if (target.tableNestingLevel > 0 && above && above.tableNestingLevel === 0) {
    return { insert: (text) => above.insertParagraph(text, 'After'), inheritsList: above.isListItem };
  }
  return { insert: (text) => target.insertParagraph(text, 'Before'), inheritsList: target.isListItem };
}

function applyFormat(paragraph: Word.Paragraph, block: PlannedBlock, inheritsList: boolean, farEastFont: boolean): void {
  const format = formatFor(block);
  paragraph.styleBuiltIn = format.styleBuiltIn; // WordApi 1.3; before the font, since a style brings its own
  // A new paragraph takes over the list numbering of the one it was inserted next to, and heading styles
  // in many office templates carry 一、 numbering; our text has its own marker, so no automatic number.
  // detachFromList (WordApi 1.3) leaves a paragraph that is not a list item alone.
  if (inheritsList || block.role === 'heading') paragraph.detachFromList();
  paragraph.font.name = format.font;
  if (farEastFont) paragraph.font.nameFarEast = format.font; // WordApiDesktop 1.3: the font for Chinese text
  paragraph.font.size = format.size;
  paragraph.font.bold = format.bold;
  paragraph.alignment = format.alignment;
}

function wrapInControl(paragraph: Word.Paragraph, block: PlannedBlock, placeholders: boolean): void {
  const control = paragraph.insertContentControl(); // WordApi 1.1: a rich-text control around the paragraph
  control.tag = block.tag;
  if (block.placeholder) {
    // Visible, so the writer sees what to replace; the placeholder text goes away when typed over.
    control.appearance = 'BoundingBox';
    control.title = '待填写';
    if (placeholders) control.placeholderText = block.text;
  } else {
    control.appearance = 'Hidden';
  }
}
