import {
  BODY_TEXT_OUTLINE_LEVEL, builtInFromName, builtInStyleName, defaultFont, defaultPlaceholder, headingNumber, styleFont,
  type FakeAlignment, type FakeFont,
} from './styles';

/** A run of text; tracked changes are runs marked inserted or deleted. */
export interface FakeRun {
  text: string;
  revision?: 'inserted' | 'deleted';
  /** An inline content control around exactly this run (a linked figure in a sentence); its text is the run's. */
  control?: FakeContentControl;
  /**
   * In an inline control: text deleted there with Track Changes on, still in the document until the change is
   * accepted (shown struck through before the run's text, which is then a tracked insertion).
   */
  deletedInside?: string;
  /** Formatted as hidden text (Font.hidden): in Paragraph.text, left out of getText unless asked for. */
  hidden?: boolean;
}

export type FakeAppearance = 'BoundingBox' | 'Tags' | 'Hidden';

export interface FakeContentControl {
  readonly id: number;
  tag: string;
  title: string;
  appearance: FakeAppearance;
  placeholderText: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
}

/** A table: its cells are paragraphs whose `cell` points here. */
export interface FakeTable {
  readonly id: number;
  styleBuiltIn: string;
  headerRowCount: number;
  /** The cell a nested table sits in. */
  parentCell?: FakeCellPosition;
}

export interface FakeCellPosition {
  table: FakeTable;
  row: number;
  column: number;
}

export interface FakeParagraph {
  /** Identity that survives insertions around it (Word tracks paragraphs the same way). */
  readonly key: number;
  runs: FakeRun[];
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  /** Set when the paragraph is a list item: the label Word shows, e.g. "一、". */
  listString?: string;
  tableNestingLevel: number;
  /** The cell the paragraph is in (its innermost table), if it is in one the fake knows the shape of. */
  cell?: FakeCellPosition;
  /** Content controls around the paragraph, outermost first; one control may span paragraphs. */
  controls: FakeContentControl[];
  font: FakeFont;
  alignment: FakeAlignment;
  /** Text boxes anchored in the paragraph, each its own paragraphs (not in the body's). */
  textBoxes?: FakeParagraph[][];
}

export type FakeDocumentListener = () => void;

export interface FakeSelection {
  key: number;
  mode: 'Select' | 'Start' | 'End';
  /** The id of an inline control in that paragraph the selection is in (at its start, end, or all of it). */
  control?: number;
  /** A cursor inside the paragraph's text, this many characters from its start (`mode` is then ignored). */
  offset?: number;
  /** With `offset`: that many characters from there are selected (a search result's Range.select). */
  length?: number;
}

/** The in-memory document behind the fake Word API; the preview page renders it and may edit it. */
export class FakeWordDocument {
  readonly paragraphs: FakeParagraph[] = [];
  readOnly = false;
  /** Track Changes on: a control's text replaced is kept as a tracked deletion (Document.changeTrackingMode). */
  trackChanges = false;
  /** Test hook: after this many more changes, Word refuses the next one (once), as it may for reasons of its own. */
  refuseChangeAfter: number | undefined = undefined;
  selection: FakeSelection | null = null;
  /** The add-in's settings saved in the document (Office.context.document.settings), each value as JSON. */
  readonly settings = new Map<string, string>();
  private nextKey = 1;
  private nextControlId = 1000;
  private readonly listeners = new Set<FakeDocumentListener>();

  constructor(
    readonly language: string,
    /** Whether `text` of a control showing its placeholder reads as the placeholder (as Word shows it) or "". */
    readonly placeholderInText: boolean,
  ) {}

  newParagraph(fields: Partial<Omit<FakeParagraph, 'key'>> = {}): FakeParagraph {
    return {
      key: this.nextKey++,
      runs: [],
      style: builtInStyleName('Normal', this.language) ?? 'Normal',
      styleBuiltIn: 'Normal',
      outlineLevel: BODY_TEXT_OUTLINE_LEVEL,
      tableNestingLevel: 0,
      controls: [],
      font: defaultFont(this.language),
      alignment: 'Left',
      ...fields,
    };
  }

  newControl(fields: Partial<Omit<FakeContentControl, 'id'>> & { id?: number } = {}): FakeContentControl {
    const id = fields.id ?? this.nextControlId++;
    this.nextControlId = Math.max(this.nextControlId, id + 1);
    return { tag: '', title: '', appearance: 'BoundingBox', placeholderText: '', cannotEdit: false, cannotDelete: false, ...fields, id };
  }

  /** Word's `text`: what is on screen, deleted revisions included, or the placeholder a control shows. */
  displayText(paragraph: FakeParagraph): string {
    const placeholder = this.placeholderShown(paragraph);
    if (placeholder !== undefined) return this.placeholderInText ? placeholder : '';
    return paragraph.runs.map((run) => (run.deletedInside ?? '') + run.text).join('');
  }

  /** Word's getReviewedText: "Current" leaves deletions out, "Original" leaves insertions out. */
  reviewedText(paragraph: FakeParagraph, version: 'Current' | 'Original'): string {
    if (this.placeholderShown(paragraph) !== undefined) return this.displayText(paragraph);
    const dropped = version === 'Current' ? 'deleted' : 'inserted';
    return paragraph.runs.filter((run) => run.revision !== dropped).map((run) => runReviewed(run, version)).join('');
  }

  /** Paragraph.getText (WordApi 1.7): hidden text and tracked deletions left out unless asked for. */
  textOf(paragraph: FakeParagraph, include: { hidden: boolean; deleted: boolean }): string {
    if (this.placeholderShown(paragraph) !== undefined) return this.displayText(paragraph);
    const runs = paragraph.runs.filter((run) => (include.hidden || !run.hidden) && (include.deleted || run.revision !== 'deleted'));
    return runs.map((run) => (include.deleted ? run.deletedInside ?? '' : '') + run.text).join('');
  }

  /** Font.hidden of a paragraph: true when all its text is hidden, false when none is, null when some is. */
  hiddenState(paragraph: FakeParagraph): boolean | null {
    const runs = paragraph.runs.filter((run) => run.text !== '');
    if (runs.length > 0 && runs.every((run) => run.hidden)) return true;
    return runs.some((run) => run.hidden) ? null : false;
  }

  /** The placeholder a paragraph shows: its innermost control's, when every paragraph of that control is empty. */
  placeholderShown(paragraph: FakeParagraph): string | undefined {
    const control = paragraph.controls[paragraph.controls.length - 1];
    if (!control || !this.isShowingPlaceholder(control)) return undefined;
    const first = this.paragraphs.find((p) => p.controls.includes(control));
    if (first !== paragraph) return undefined;
    return control.placeholderText || defaultPlaceholder(this.language);
  }

  isShowingPlaceholder(control: FakeContentControl): boolean {
    return this.paragraphs.every((p) => !p.controls.includes(control) || p.runs.every((run) => run.text === ''));
  }

  indexOf(paragraph: FakeParagraph): number {
    return this.paragraphs.indexOf(paragraph);
  }

  /**
   * Inserts a paragraph as Word does: the new one takes over the formatting of the paragraph it is
   * inserted next to, including list membership, the table cell and the content controls it is in
   * (so a paragraph inserted before or after one inside a control lands inside that control too).
   * At the body's start or end ("Start"/"End") it stays outside tables (and the controls of a table
   * cell), but a body that ends in a content control gets the new paragraph inside that control: the
   * Word team calls this by design ("subsequent inserts with 'end' ... inserted within the boundaries
   * of the previous content control", OfficeDev/office-js#866).
   */
  insertParagraph(text: string, anchor: FakeParagraph | undefined, location: 'Before' | 'After' | 'Start' | 'End'): FakeParagraph {
    const inBody = location === 'Start' || location === 'End';
    const near = anchor ?? (location === 'Start' ? this.paragraphs[0] : this.paragraphs[this.paragraphs.length - 1]);
    const leavesTable = inBody && near !== undefined && near.tableNestingLevel > 0;
    const inherited = near ? { ...this.inheritedFrom(near), ...(leavesTable ? { tableNestingLevel: 0, cell: undefined, controls: [] } : {}) } : {};
    const paragraph = this.newParagraph({ ...inherited, runs: text ? [{ text }] : [] });
    let at = this.paragraphs.length;
    if (location === 'Start') at = 0;
    else if (anchor) at = this.indexOf(anchor) + (location === 'After' ? 1 : 0);
    this.paragraphs.splice(at, 0, paragraph);
    return paragraph;
  }

  /**
   * ContentControl.insertParagraph as Word does it: "Before" and "After" put the new paragraph outside
   * the control (before its first paragraph, after its last), so it is in only the controls around
   * the control; "Start" and "End" put it inside, as the control's new first or last paragraph.
   * Formatting comes from the control's paragraph it goes next to. Undefined if the control is gone.
   * Next to a table the control holds whole, the new paragraph is next to the table, not in its cell.
   */
  insertParagraphAtControl(text: string, control: FakeContentControl, location: 'Before' | 'After' | 'Start' | 'End'): FakeParagraph | undefined {
    const inside = this.paragraphs.filter((p) => p.controls.includes(control));
    const atStart = location === 'Before' || location === 'Start';
    const near = atStart ? inside[0] : inside[inside.length - 1];
    if (!near) return undefined;
    const depth = near.controls.indexOf(control);
    const outside = location === 'Before' || location === 'After';
    // A control around a whole table: the new paragraph goes next to the table, not into its edge cell.
    let cell = near.cell;
    let tableNestingLevel = near.tableNestingLevel;
    while (cell && this.tableCells(cell.table).every((p) => p.controls.includes(control))) {
      cell = cell.table.parentCell;
      tableNestingLevel -= 1;
    }
    const paragraph = this.newParagraph({
      ...this.inheritedFrom(near),
      tableNestingLevel,
      cell: cell && { ...cell },
      controls: near.controls.slice(0, outside ? depth : depth + 1),
      runs: text ? [{ text }] : [],
    });
    this.paragraphs.splice(this.indexOf(near) + (atStart ? 0 : 1), 0, paragraph);
    return paragraph;
  }

  /** The control directly around a control (Word's ContentControl.parentContentControl), if any. */
  parentControl(control: FakeContentControl): FakeContentControl | null {
    const first = this.paragraphs.find((p) => p.controls.includes(control));
    return first?.controls[first.controls.indexOf(control) - 1] ?? null;
  }

  /** What a paragraph inserted next to `near` takes over from it. */
  inheritedFrom(near: FakeParagraph): Partial<FakeParagraph> {
    return {
      style: near.style,
      styleBuiltIn: near.styleBuiltIn,
      outlineLevel: near.outlineLevel,
      listString: near.listString,
      font: { ...near.font },
      alignment: near.alignment,
      tableNestingLevel: near.tableNestingLevel,
      cell: near.cell && { ...near.cell },
      controls: [...near.controls],
    };
  }

  /**
   * Paragraph.insertTable as Word does it: a table of one paragraph per cell right before or after the
   * paragraph, in the controls (and the cell) the paragraph is in, a table inside a cell nesting one deeper.
   */
  insertTable(anchor: FakeParagraph, location: 'Before' | 'After', rowCount: number, columnCount: number, values: readonly string[][] = []): FakeTable {
    const table = this.newTable(anchor.cell ? { parentCell: { ...anchor.cell } } : {});
    const cells: FakeParagraph[] = [];
    for (let row = 0; row < rowCount; row++) {
      for (let column = 0; column < columnCount; column++) {
        const text = values[row]?.[column] ?? '';
        cells.push(this.newParagraph({ runs: text ? [{ text }] : [], tableNestingLevel: anchor.tableNestingLevel + 1, cell: { table, row, column }, controls: [...anchor.controls] }));
      }
    }
    this.paragraphs.splice(this.indexOf(anchor) + (location === 'After' ? 1 : 0), 0, ...cells);
    // Word always keeps a paragraph after a table: a table that ends the body gets an empty one.
    if (anchor.tableNestingLevel === 0 && this.paragraphs[this.paragraphs.length - 1] === cells[cells.length - 1]) {
      this.paragraphs.push(this.newParagraph());
    }
    return table;
  }

  newTable(fields: Partial<Omit<FakeTable, 'id'>> = {}): FakeTable {
    return { id: this.nextKey++, styleBuiltIn: 'TableGrid', headerRowCount: 0, ...fields };
  }

  tableCells(table: FakeTable): FakeParagraph[] {
    return this.paragraphs.filter((p) => p.cell?.table === table);
  }

  wrapInContentControl(paragraph: FakeParagraph): FakeContentControl {
    const control = this.newControl();
    paragraph.controls = [...paragraph.controls, control];
    return control;
  }

  applyBuiltInStyle(paragraph: FakeParagraph, builtIn: string): void {
    paragraph.styleBuiltIn = builtIn;
    paragraph.style = builtInStyleName(builtIn, this.language) ?? builtIn;
    paragraph.outlineLevel = headingNumber(builtIn) ?? BODY_TEXT_OUTLINE_LEVEL;
    paragraph.font = styleFont(builtIn, this.language);
  }

  applyStyleName(paragraph: FakeParagraph, name: string): void {
    const builtIn = builtInFromName(name);
    if (builtIn !== 'Other') this.applyBuiltInStyle(paragraph, builtIn);
    else Object.assign(paragraph, { style: name, styleBuiltIn: 'Other' });
  }

  /** What typing over a paragraph does: its text is replaced, so a placeholder goes away. */
  typeText(index: number, text: string): void {
    const paragraph = this.paragraphs[index];
    if (!paragraph || this.readOnly) return;
    paragraph.runs = text ? [{ text }] : [];
    this.notify();
  }

  /** Where a click in the preview puts the cursor. */
  placeCursor(key: number, mode: FakeSelection['mode']): void {
    this.selection = { key, mode };
    this.notify();
  }

  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
    this.notify();
  }

  selectedIndex(): number | undefined {
    const key = this.selection?.key;
    const index = this.paragraphs.findIndex((p) => p.key === key);
    return index < 0 ? undefined : index;
  }

  subscribe(listener: FakeDocumentListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** A run's text once its tracked changes inside a control are accepted ("Current") or rejected ("Original"). */
export function runReviewed(run: FakeRun, version: 'Current' | 'Original'): string {
  return version === 'Original' && run.deletedInside !== undefined ? run.deletedInside : run.text;
}
