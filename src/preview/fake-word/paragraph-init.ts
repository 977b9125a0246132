import type { FakeAppearance, FakeContentControl, FakeParagraph, FakeRun, FakeTable, FakeWordDocument } from './model';
import { BODY_TEXT_OUTLINE_LEVEL, builtInFromName, builtInStyleName, headingNumber, styleFont, type FakeAlignment, type FakeFont } from './styles';

export interface FakeControlInit {
  /** Paragraphs giving the same id share one control (a control around several paragraphs). */
  id?: number;
  tag?: string;
  title?: string;
  appearance?: FakeAppearance;
  placeholderText?: string;
  cannotEdit?: boolean;
  cannotDelete?: boolean;
}

/** A run to start with; `control` puts an inline content control around it (a linked figure). */
export interface FakeRunInit {
  text: string;
  revision?: 'inserted' | 'deleted';
  control?: FakeControlInit;
  /** In an inline control: text deleted there under Track Changes, before the run's text. */
  deletedInside?: string;
  /** Formatted as hidden text (an old draft hidden rather than deleted). */
  hidden?: boolean;
}

export interface FakeParagraphFields {
  text?: string;
  /** Instead of `text`: runs, some of them tracked insertions or deletions or in inline controls. */
  runs?: FakeRunInit[];
  /** UI style name; a built-in's name in either language ("Heading 1", "标题 1") makes it that built-in. */
  style?: string;
  /** Locale-neutral built-in ("Heading1", "Normal"); sets `style` to its name in the UI language. */
  styleBuiltIn?: string;
  /** 1-9, or 10 for body text; defaults to the heading style's level. */
  outlineLevel?: number;
  /** Makes the paragraph a list item with this label. */
  listString?: string;
  tableNestingLevel?: number;
  /**
   * A cell of a real table (nesting level 1 unless `tableNestingLevel` says otherwise): paragraphs giving the
   * same `table` number are the cells of one table. Without it a table paragraph's table has no shape.
   */
  cell?: { table: number; row: number; column: number };
  /** Content controls around the paragraph, outermost first. */
  contentControls?: FakeControlInit[];
  font?: Partial<FakeFont>;
  alignment?: FakeAlignment;
  /** Text boxes anchored in the paragraph (插入 → 文本框), each given as its lines. */
  textBoxes?: ReadonlyArray<readonly string[]>;
}

/** A paragraph to start the fake document with; a string is a plain Normal paragraph. */
export type FakeParagraphInit = string | FakeParagraphFields;

export function buildParagraphs(model: FakeWordDocument, inits: readonly FakeParagraphInit[]): FakeParagraph[] {
  const controls = new Map<number, FakeContentControl>();
  const controlFor = (init: FakeControlInit): FakeContentControl => {
    const shared = init.id === undefined ? undefined : controls.get(init.id);
    if (shared) return shared;
    const control = model.newControl({ ...init });
    controls.set(control.id, control);
    return control;
  };
  const tables = new Map<number, FakeTable>();
  const tableFor = (n: number): FakeTable => {
    let table = tables.get(n);
    if (!table) tables.set(n, (table = model.newTable()));
    return table;
  };
  const run = ({ control, ...rest }: FakeRunInit): FakeRun => ({ ...rest, ...(control ? { control: model.newControl({ ...control }) } : {}) });
  return inits.map((spec) => {
    const init: FakeParagraphFields = typeof spec === 'string' ? { text: spec } : spec;
    const builtIn = init.styleBuiltIn ?? (init.style === undefined ? 'Normal' : builtInFromName(init.style));
    return model.newParagraph({
      runs: init.runs ? init.runs.map(run) : init.text ? [{ text: init.text }] : [],
      style: init.style ?? builtInStyleName(builtIn, model.language) ?? builtIn,
      styleBuiltIn: builtIn,
      outlineLevel: init.outlineLevel ?? headingNumber(builtIn) ?? BODY_TEXT_OUTLINE_LEVEL,
      ...(init.listString !== undefined ? { listString: init.listString } : {}),
      tableNestingLevel: init.tableNestingLevel ?? (init.cell ? 1 : 0),
      ...(init.cell ? { cell: { table: tableFor(init.cell.table), row: init.cell.row, column: init.cell.column } } : {}),
      controls: (init.contentControls ?? []).map(controlFor),
      font: { ...styleFont(builtIn, model.language), ...init.font },
      alignment: init.alignment ?? 'Left',
      ...(init.textBoxes ? { textBoxes: init.textBoxes.map((lines) => buildParagraphs(model, lines)) } : {}),
    });
  });
}

/** A paragraph as plain data, for the preview page to render and tests to compare. */
export interface FakeParagraphView {
  index: number;
  key: number;
  /** As Word shows it: deleted revisions included, or the placeholder a control shows. */
  text: string;
  /** As it stands once tracked changes are accepted. */
  currentText: string;
  /** Runs as they are, an inline control (a copy) on the runs that have one. */
  runs: FakeRun[];
  /** The placeholder shown instead of text, when it is. */
  placeholder?: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  listString?: string;
  tableNestingLevel: number;
  /** For a cell of a table the fake knows the shape of: the table's id (with its style), row and column. */
  cell?: { table: number; style: string; headerRows: number; row: number; column: number };
  controls: Array<FakeContentControl & { showingPlaceholder: boolean }>;
  font: FakeFont;
  alignment: FakeAlignment;
  selected: boolean;
  /** Selected words of the paragraph (Range.select of found text): where they start in `text`, and how long. */
  selectedText?: { start: number; length: number };
}

export function viewParagraphs(model: FakeWordDocument): FakeParagraphView[] {
  const selected = model.selectedIndex();
  const { offset, length } = model.selection ?? {};
  return model.paragraphs.map((p, index) => {
    const placeholder = model.placeholderShown(p);
    return {
      index,
      key: p.key,
      text: model.displayText(p),
      currentText: model.reviewedText(p, 'Current'),
      runs: p.runs.map(({ control, ...run }) => ({ ...run, ...(control ? { control: { ...control } } : {}) })),
      ...(placeholder !== undefined ? { placeholder } : {}),
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
      outlineLevel: p.outlineLevel,
      ...(p.listString !== undefined ? { listString: p.listString } : {}),
      ...(p.cell ? { cell: { table: p.cell.table.id, style: p.cell.table.styleBuiltIn, headerRows: p.cell.table.headerRowCount, row: p.cell.row, column: p.cell.column } } : {}),
      tableNestingLevel: p.tableNestingLevel,
      controls: p.controls.map((c) => ({ ...c, showingPlaceholder: model.isShowingPlaceholder(c) })),
      font: { ...p.font },
      alignment: p.alignment,
      selected: index === selected,
      ...(index === selected && offset !== undefined && length ? { selectedText: { start: offset, length } } : {}),
    };
  });
}
