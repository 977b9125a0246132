import type { ReportDocument } from '../core/document';
import type { PlannedBlock, ScaffoldPlan } from '../core/scaffold';
import { HostError } from '../host/contract';
import { fromOfficeError } from './office-errors';
import { modelText } from './paragraph-block';
import { FAR_EAST_FONT_SET, isSetSupported } from './requirements';
import { formatFor } from './scaffold-format';

/**
 * Where an insertion's paragraphs go. Every block of an insertion is inserted on the same existing
 * object, never on a paragraph inserted before it: "Before" (and the body's "End") in the plan's
 * order, "After" in reverse, so each new paragraph lands next to the anchor and the blocks keep their order.
 */
interface Anchor {
  insert: (text: string) => Word.Paragraph;
  reverse: boolean;
  /** Whether a new paragraph will take over list numbering from the paragraph it goes next to. */
  inheritsList: boolean;
}

/**
 * How many content controls deep the first sync looks around each paragraph. Controls nest rarely
 * (a tool's control around one of ours, say); an anchor nested deeper than this is refused, not guessed.
 */
const CONTROL_DEPTH = 4;

/**
 * Loaded for every paragraph in the first sync, through the collection (ParagraphCollection load
 * options take navigation properties "for each item"): text to compare with the basis, list and
 * table membership, and the ids of the content controls around it, innermost first.
 * parentContentControlOrNullObject (on Paragraph and on ContentControl), isListItem and
 * tableNestingLevel are WordApi 1.3; ContentControl.id is 1.1.
 */
const PARAGRAPH_PATHS = [
  'text',
  'styleBuiltIn',
  'alignment',
  'font/name',
  'font/size',
  'isListItem',
  'tableNestingLevel',
  ...Array.from({ length: CONTROL_DEPTH }, (_, depth) => `${'parentContentControlOrNullObject/'.repeat(depth + 1)}id`),
  ...Array.from({ length: CONTROL_DEPTH }, (_, depth) => `${'parentContentControlOrNullObject/'.repeat(depth + 1)}cannotEdit`),
].join(',');

/** The ids of the content controls around a paragraph, innermost first; `complete` if none lie further out. */
interface ControlChain {
  ids: number[];
  complete: boolean;
  /** The ids of those whose content cannot be edited (ContentControl.cannotEdit, WordApi 1.1). */
  locked: Set<number>;
}

/**
 * Inserts a scaffold plan in two syncs: the first confirms the body is still the one the plan was
 * made from and learns which content controls each paragraph is in, the second carries every
 * insertion. Existing paragraphs and controls are only ever used as anchors; new paragraphs go in
 * no existing control, unless the insertion point is inside one (between two of its paragraphs).
 */
export async function insertPlan(context: Word.RequestContext, plan: ScaffoldPlan, basis: ReportDocument, basisWordTexts: readonly string[] | undefined): Promise<number> {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load(PARAGRAPH_PATHS);
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

  // Every anchor is worked out before anything is queued, so a refused one leaves the document alone.
  const chains = items.map(controlChain);
  // New paragraphs go inside the controls that hold both sides of their place; Word refuses that in a locked one.
  const refused = plan.insertions.find((ins) => ins.blocks.length > 0 && keptControls(chains, ins.before).some((id) => chains[ins.before]?.locked.has(id) || chains[ins.before - 1]?.locked.has(id)));
  if (refused) throw new HostError('locked', refused.blocks[0]?.text);
  const anchored = plan.insertions.filter((ins) => ins.blocks.length > 0).map((ins) => ({ before: ins.before, blocks: ins.blocks, anchor: anchorAt(body, items, chains, ins.before) }));

  const inserted: Array<{ paragraph: Word.Paragraph; block: PlannedBlock }> = [];
  for (const { blocks, anchor } of anchored) {
    for (const block of anchor.reverse ? [...blocks].reverse() : blocks) {
      const paragraph = anchor.insert(block.placeholder && placeholders ? '' : block.text);
      applyFormat(paragraph, block, anchor.inheritsList, farEastFont);
      inserted.push({ paragraph, block });
    }
  }
  // Tables after their caption paragraphs, once every paragraph is in place; controls go on last.
  let cells = 0;
  for (const { paragraph, block } of inserted) if (block.cells) cells += insertTableAfter(paragraph, block.cells);
  for (const { paragraph, block } of inserted) wrapInControl(paragraph, block, placeholders);
  try {
    await context.sync();
  } catch (error) {
    // Word stops a batch at a command it refuses and keeps what went before: take that out again.
    const gaps = new Map(anchored.map(({ before, anchor }) => [before, anchor.reverse ? 'after' : 'before'] as const));
    const removed = await removeInserted(context, items.map(paragraphShape), gaps);
    const refused = fromOfficeError(error);
    throw new HostError(refused.kind, `${removed ? 'Nothing was inserted' : 'Some paragraphs may have been inserted'}: ${refused.detail ?? ''}`);
  }
  return inserted.length + cells;
}

/**
 * After a refused write: reads the body once more, finds the paragraphs that were not there before (the body read
 * in the first sync, in order) and deletes them, an inserted table whole. Returns false, removing nothing, when the
 * paragraphs from before cannot all be found again in order.
 */
async function removeInserted(context: Word.RequestContext, before: ParagraphShape[], gaps: ReadonlyMap<number, GapSide>): Promise<boolean> {
  const now = context.document.body.paragraphs.load(SHAPE_PATHS);
  await context.sync();
  const extra = insertedAmong(now.items.map(paragraphShape), before, gaps);
  if (!extra) return false;
  const added = new Set(extra);
  const inTable = (index: number) => (now.items[index]?.tableNestingLevel ?? 0) > 0;
  for (const index of extra) {
    const paragraph = now.items[index] as Word.Paragraph;
    if (!inTable(index)) {
      paragraph.delete(); // WordApi 1.1
      continue;
    }
    // A table the batch inserted (every cell new, right under a new caption) goes whole, with its first cell's
    // paragraph (Table.delete, WordApi 1.3); a paragraph that went into a cell of the writer's table goes alone.
    if (added.has(index - 1) && inTable(index - 1)) continue;
    let end = index;
    while (added.has(end + 1) && inTable(end + 1)) end += 1;
    const wholeTable = added.has(index - 1) && !inTable(index - 1) && !inTable(end + 1);
    if (wholeTable) paragraph.parentTable.delete();
    else for (let cell = index; cell <= end; cell++) now.items[cell]?.delete();
  }
  if (extra.length > 0) await context.sync();
  return true;
}

/**
 * What tells paragraphs apart when matching the body before and after a write: text, table, style and the font and
 * alignment the scaffold sets (so an inserted empty prompt is told from an empty paragraph of the writer's), and the
 * content control right around it (so the writer's empty paragraph in a control of its own is never the one taken out).
 */
const SHAPE_PATHS = 'text,tableNestingLevel,styleBuiltIn,alignment,font/name,font/size,parentContentControlOrNullObject/id';

interface ParagraphShape {
  text: string;
  inTable: boolean;
  look: string;
}

const paragraphShape = (paragraph: Word.Paragraph): ParagraphShape => {
  const control = paragraph.parentContentControlOrNullObject;
  return {
    text: paragraph.text,
    inTable: paragraph.tableNestingLevel > 0,
    look: [paragraph.styleBuiltIn, paragraph.alignment, paragraph.font.name, paragraph.font.size, control.isNullObject ? '' : control.id].join('|'),
  };
};

/**
 * Which side of its place an insertion's new paragraphs hug: `after` the paragraph above (inserted "After" it, in
 * reverse), or `before` the paragraph below (inserted "Before" it, or at the body's end).
 */
export type GapSide = 'after' | 'before';

/**
 * The indexes of the paragraphs in `now` that are not among `before`, when every paragraph of `before` is found in
 * `now` in order with the others only at the places the plan inserts at (`gaps`: a place is the index in `before`
 * its paragraphs go before); undefined when not. Where paragraphs look alike (Word gives a new paragraph the look
 * of the one it goes next to), the new ones are taken to be those on the side their place's insertions hug, and
 * otherwise at the earliest places, as Word carries a batch's insertions in order and stops at a refusal.
 */
export function insertedAmong(now: readonly ParagraphShape[], before: readonly ParagraphShape[], gaps: ReadonlyMap<number, GapSide>): number[] | undefined {
  const extras = now.length - before.length;
  if (extras < 0) return undefined;
  const same = (old: ParagraphShape | undefined, paragraph: ParagraphShape | undefined) =>
    !!old && !!paragraph && old.text === paragraph.text && old.inTable === paragraph.inTable && old.look === paragraph.look;
  // reach[i][e]: before's first i paragraphs are matched, in order, among now's first i + e, the e others new ones at gaps.
  const reach = Array.from({ length: before.length + 1 }, () => new Uint8Array(extras + 1));
  reach[0]![0] = 1;
  for (let i = 0; i <= before.length; i++) {
    for (let e = 0; e <= extras; e++) {
      if (!reach[i]![e]) continue;
      if (i < before.length && same(before[i], now[i + e])) reach[i + 1]![e] = 1;
      if (e < extras && gaps.has(i)) reach[i]![e + 1] = 1;
    }
  }
  if (!reach[before.length]![extras]) return undefined;
  const found: number[] = [];
  for (let i = before.length, e = extras; i + e > 0; ) {
    const asOld = i > 0 && reach[i - 1]![e] === 1 && same(before[i - 1], now[i + e - 1]);
    const asNew = e > 0 && gaps.has(i) && reach[i]![e - 1] === 1;
    if (asNew && (!asOld || gaps.get(i) === 'after')) (e -= 1), found.unshift(i + e);
    else i -= 1;
  }
  return found;
}

/** The body is the basis when it has the same paragraphs with the same text (as Word reported it at reading). */
function sameBody(items: Word.Paragraph[], basis: ReportDocument, basisWordTexts: readonly string[] | undefined): boolean {
  if (items.length !== basis.blocks.length) return false;
  // Without Word's own texts (a basis not read by this host) compare as the reader would map them.
  return items.every((p, i) => (basisWordTexts ? p.text === basisWordTexts[i] : modelText(p.text) === basis.blocks[i]?.text));
}

function controlChain(paragraph: Word.Paragraph): ControlChain {
  const ids: number[] = [];
  const locked = new Set<number>();
  let control = paragraph.parentContentControlOrNullObject;
  for (let depth = 0; depth < CONTROL_DEPTH; depth++) {
    if (control.isNullObject) return { ids, complete: true, locked };
    ids.push(control.id);
    if (control.cannotEdit) locked.add(control.id);
    control = control.parentContentControlOrNullObject;
  }
  return { ids, complete: false, locked };
}

/** The controls that hold the paragraphs on both sides of an insertion point: new paragraphs there land inside them. */
function keptControls(chains: ControlChain[], before: number): number[] {
  const below = new Set(chains[before]?.ids ?? []);
  return (chains[before - 1]?.ids ?? []).filter((id) => below.has(id));
}

/**
 * Where the paragraphs due before the paragraph at `before` (or at the body's end) go. Word puts a
 * paragraph inserted next to one inside a content control into that control, so where the paragraph
 * on the far side of the insertion point is in controls that begin (or end) there, the outermost of
 * them is the anchor: ContentControl.insertParagraph "Before"/"After" inserts outside the control.
 * Controls that hold the paragraphs on both sides of the point cannot be avoided and are kept around
 * the new paragraphs. A paragraph inserted before a table's first cell would land in the cell, so
 * there the new text goes after the paragraph above the table instead.
 */
function anchorAt(body: Word.Body, items: Word.Paragraph[], chains: ControlChain[], before: number): Anchor {
  const target = items[before];
  const above = items[before - 1];
  if (!target) {
    const own = above && above.tableNestingLevel === 0 ? ownControls(chains[before - 1], undefined, before - 1) : 0;
    if (above && own > 0) return { insert: (text) => controlAround(above, own).insertParagraph(text, 'After'), reverse: true, inheritsList: above.isListItem };
    return { insert: (text) => body.insertParagraph(text, 'End'), reverse: false, inheritsList: above?.isListItem ?? false };
  }
  if (target.tableNestingLevel > 0 && above && above.tableNestingLevel === 0) {
    const own = ownControls(chains[before - 1], chains[before], before - 1);
    const after = own > 0 ? controlAround(above, own) : above;
    return { insert: (text) => after.insertParagraph(text, 'After'), reverse: true, inheritsList: above.isListItem };
  }
  const own = ownControls(chains[before], above ? chains[before - 1] : undefined, before);
  if (own > 0) return { insert: (text) => controlAround(target, own).insertParagraph(text, 'Before'), reverse: false, inheritsList: target.isListItem };
  return { insert: (text) => target.insertParagraph(text, 'Before'), reverse: false, inheritsList: target.isListItem };
}

/**
 * How many of the controls around a paragraph (counted from the innermost) do not also hold its
 * neighbour across the insertion point: controls nest, so those are the innermost ones.
 */
function ownControls(chain: ControlChain | undefined, neighbour: ControlChain | undefined, index: number): number {
  if (!chain || chain.ids.length === 0) return 0;
  const shared = new Set(neighbour?.ids ?? []);
  const own = chain.ids.findIndex((id) => shared.has(id));
  if (own >= 0) return own;
  // No control in common as far as loaded: that is the answer only if neither chain may go further out.
  if (!chain.complete || (neighbour && !neighbour.complete)) {
    throw new HostError('failed', `The content controls at paragraph ${index + 1} nest more than ${CONTROL_DEPTH} deep; the scaffold cannot tell whether new paragraphs there would land inside one.`);
  }
  return chain.ids.length;
}

/** The `count`-th content control around a paragraph, counted from the innermost (1). */
function controlAround(paragraph: Word.Paragraph, count: number): Word.ContentControl {
  let control = paragraph.parentContentControlOrNullObject;
  for (let i = 1; i < count; i++) control = control.parentContentControlOrNullObject;
  return control;
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

/** A standard table under its caption: grid lines, the first row repeated as a header on each page. */
function insertTableAfter(caption: Word.Paragraph, cells: string[][]): number {
  const columns = Math.max(...cells.map((row) => row.length));
  const table = caption.insertTable(cells.length, columns, 'After', cells); // WordApi 1.3
  table.styleBuiltIn = 'TableGrid';
  table.headerRowCount = 1;
  return cells.length * columns;
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
