import { FakeClientObject, FakeClientResult, FakeCollectionProxy, type FakeRequestContext } from './client';
import { ContentControlCollectionProxy, ContentControlProxy } from './content-control-proxy';
import { inlineControls } from './controls-model';
import { FakeOfficeError } from './errors';
import type { FakeCellPosition, FakeContentControl, FakeParagraph, FakeTable } from './model';
import { FontProxy, ListItemProxy, WORD_API_1_3 } from './proxies';
import { searchParagraph, subRange, targetTable, type SearchOptions } from './range-model';
import { RangeCollectionProxy, RangeProxy } from './range-proxy';
import { ShapeCollectionProxy, textBoxesIn } from './shape-proxy';
import { TableCellProxy, TableProxy } from './table-proxy';
import type { FakeAlignment } from './styles';

type Location = 'Before' | 'After';

/** Word.Paragraph, for the members Report Assistant and the preview use. */
export class ParagraphProxy extends FakeClientObject<FakeParagraph> {
  protected readonly scalars = {
    text: null,
    style: null,
    styleBuiltIn: WORD_API_1_3,
    outlineLevel: null,
    alignment: null,
    isListItem: WORD_API_1_3,
    tableNestingLevel: WORD_API_1_3,
  };

  constructor(context: FakeRequestContext, resolve: () => FakeParagraph | null, nullable = false) {
    super(context, 'Paragraph', resolve, nullable);
  }

  protected readScalar(paragraph: FakeParagraph, name: string): unknown {
    if (name === 'text') return this.model.displayText(paragraph);
    if (name === 'isListItem') return paragraph.listString !== undefined;
    return paragraph[name as 'style' | 'styleBuiltIn' | 'outlineLevel' | 'alignment' | 'tableNestingLevel'];
  }

  private get model() {
    return this.context.runtime.model;
  }

  get text(): string {
    return this.read('text');
  }
  get style(): string {
    return this.read('style');
  }
  set style(name: string) {
    this.write('style', name, (p) => this.model.applyStyleName(p, name));
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(builtIn: string) {
    this.write('styleBuiltIn', builtIn, (p) => this.model.applyBuiltInStyle(p, builtIn));
  }
  get outlineLevel(): number {
    return this.read('outlineLevel');
  }
  set outlineLevel(level: number) {
    this.write('outlineLevel', level, (p) => (p.outlineLevel = level));
  }
  get alignment(): FakeAlignment {
    return this.read('alignment');
  }
  set alignment(alignment: FakeAlignment) {
    this.write('alignment', alignment, (p) => (p.alignment = alignment));
  }
  get isListItem(): boolean {
    return this.read('isListItem');
  }
  get tableNestingLevel(): number {
    return this.read('tableNestingLevel');
  }

  get font(): FontProxy {
    return this.navigation('font', () => new FontProxy(this.context, () => this.peek()?.font ?? null, () => {
      const paragraph = this.peek();
      return paragraph ? this.model.hiddenState(paragraph) : false;
    }));
  }
  get listItemOrNullObject(): ListItemProxy {
    return this.navigation('listItemOrNullObject', () => new ListItemProxy(this.context, () => this.listed(), true));
  }
  get listItem(): ListItemProxy {
    return this.navigation('listItem', () => new ListItemProxy(this.context, () => this.listed(), false));
  }
  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.navigation('parentContentControlOrNullObject', () => new ContentControlProxy(this.context, () => this.innermostControl(), true));
  }
  get parentContentControl(): ContentControlProxy {
    return this.navigation('parentContentControl', () => new ContentControlProxy(this.context, () => this.innermostControl(), false));
  }

  /** WordApiDesktop 1.2: the shapes anchored in the paragraph (text boxes, the ones modelled). */
  get shapes(): ShapeCollectionProxy {
    return this.navigation('shapes', () => new ShapeCollectionProxy(this.context, () => {
      const paragraph = this.peek();
      return paragraph ? textBoxesIn(this.model.paragraphs, [paragraph]) : [];
    }, boxParagraphs));
  }

  /** WordApi 1.1: the inline controls in the paragraph's text (a control around the paragraph is its parent, not in it). */
  get contentControls(): ContentControlCollectionProxy {
    return this.navigation('contentControls', () => new ContentControlCollectionProxy(this.context, () => {
      const paragraph = this.peek();
      return paragraph ? inlineControls(paragraph) : null;
    }));
  }

  /** WordApi 1.3: the innermost table; asking it of a paragraph in a table the fake was given no shape for fails. */
  get parentTableOrNullObject(): TableProxy {
    return this.navigation('parentTableOrNullObject', () => new TableProxy(this.context, () => {
      const paragraph = this.peek();
      return paragraph ? targetTable({ kind: 'paragraph', paragraph, at: 'Whole' }, 'Paragraph.parentTableOrNullObject') : null;
    }, true));
  }

  /** WordApi 1.3: the innermost table; fails with ItemNotFound outside a table. */
  get parentTable(): TableProxy {
    return this.navigation('parentTable', () => new TableProxy(this.context, () => {
      const paragraph = this.peek();
      return paragraph ? targetTable({ kind: 'paragraph', paragraph, at: 'Whole' }, 'Paragraph.parentTable') : null;
    }));
  }

  /** WordApi 1.1: the paragraph and its content go (a control it alone was in goes with it). */
  delete(): void {
    this.context.enqueue(() => {
      const paragraph = this.required('delete');
      const model = this.model;
      this.context.runtime.change('Paragraph.delete', () => model.paragraphs.splice(model.indexOf(paragraph), 1));
    });
  }

  /** WordApi 1.3. A paragraph in a table the fake was given no shape for reads as the table's first cell. */
  get parentTableCellOrNullObject(): TableCellProxy {
    return this.navigation('parentTableCellOrNullObject', () => new TableCellProxy(this.context, () => this.cellOf(), true));
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    switch (name) {
      case 'font': return this.font;
      case 'parentTableCellOrNullObject': return this.parentTableCellOrNullObject;
      case 'parentTableOrNullObject': return this.parentTableOrNullObject;
      case 'listItemOrNullObject': return this.listItemOrNullObject;
      case 'listItem': return this.listItem;
      case 'parentContentControlOrNullObject': return this.parentContentControlOrNullObject;
      case 'parentContentControl': return this.parentContentControl;
      case 'contentControls': return this.contentControls;
      case 'shapes': return this.shapes;
      default: return undefined;
    }
  }

  /** Returns at once a proxy for a paragraph that will exist after the sync. */
  insertParagraph(text: string, location: Location): ParagraphProxy {
    let created: FakeParagraph | null = null;
    this.context.enqueue(() => {
      if (location !== 'Before' && location !== 'After') throw new FakeOfficeError('InvalidArgument', `insertLocation must be "Before" or "After", not "${String(location)}".`, 'Paragraph.insertParagraph');
      const anchor = this.required('insertParagraph');
      this.context.runtime.change('Paragraph.insertParagraph', () => (created = this.model.insertParagraph(text, anchor, location)));
    });
    return new ParagraphProxy(this.context, () => created);
  }

  /** WordApi 1.3: a table right before or after the paragraph, cells filled from `values`. */
  insertTable(rowCount: number, columnCount: number, location: Location, values?: string[][]): TableProxy {
    let created: FakeTable | null = null;
    this.context.enqueue(() => {
      this.context.runtime.requireSet('WordApi', '1.3', 'Paragraph.insertTable');
      if (location !== 'Before' && location !== 'After') throw new FakeOfficeError('InvalidArgument', `insertLocation must be "Before" or "After", not "${String(location)}".`, 'Paragraph.insertTable');
      if (!(rowCount >= 1 && columnCount >= 1 && Number.isInteger(rowCount) && Number.isInteger(columnCount))) {
        throw new FakeOfficeError('InvalidArgument', 'rowCount and columnCount must be whole numbers of at least 1.', 'Paragraph.insertTable');
      }
      const anchor = this.required('insertTable');
      this.context.runtime.change('Paragraph.insertTable', () => (created = this.model.insertTable(anchor, location, rowCount, columnCount, values)));
    });
    return new TableProxy(this.context, () => created);
  }

  insertContentControl(): ContentControlProxy {
    let created: FakeContentControl | null = null;
    this.context.enqueue(() => {
      const paragraph = this.required('insertContentControl');
      this.context.runtime.change('Paragraph.insertContentControl', () => (created = this.model.wrapInContentControl(paragraph)));
    });
    return new ContentControlProxy(this.context, () => created);
  }

  /** WordApi 1.4. */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      this.context.runtime.requireSet('WordApi', '1.4', 'Paragraph.getReviewedText');
      result.set(this.model.reviewedText(this.required('getReviewedText'), version));
    });
    return result;
  }

  /** WordApi 1.7: the text without hidden text and tracked deletions, unless the options ask for them. */
  getText(options: { includeHiddenText?: boolean; includeTextMarkedAsDeleted?: boolean } = {}): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      this.context.runtime.requireSet('WordApi', '1.7', 'Paragraph.getText');
      const include = { hidden: options.includeHiddenText === true, deleted: options.includeTextMarkedAsDeleted === true };
      result.set(this.model.textOf(this.required('getText'), include));
    });
    return result;
  }

  /** WordApi 1.3; does nothing to a paragraph that is not a list item. */
  detachFromList(): void {
    this.context.enqueue(() => {
      this.context.runtime.requireSet('WordApi', '1.3', 'Paragraph.detachFromList');
      const paragraph = this.required('detachFromList');
      if (paragraph.listString !== undefined) this.context.runtime.change('Paragraph.detachFromList', () => delete paragraph.listString);
    });
  }

  /** WordApi 1.1: the ranges of the paragraph's text that match (range-model.ts searchParagraph says what is modelled). */
  search(text: string, options: SearchOptions = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.context, () => {
      const paragraph = this.peek();
      return paragraph ? searchParagraph(this.model, paragraph, text, options) : null;
    });
  }

  /** WordApi 1.3: the paragraph's start or end point, or all of it. */
  getRange(location: 'Whole' | 'Start' | 'End' = 'Whole'): RangeProxy {
    return new RangeProxy(this.context, () => {
      this.context.runtime.requireSet('WordApi', '1.3', 'Paragraph.getRange');
      const paragraph = this.peek();
      return paragraph ? subRange({ kind: 'paragraph', paragraph, at: 'Whole' }, location) : null;
    });
  }

  select(mode: 'Select' | 'Start' | 'End' = 'Select'): void {
    this.context.enqueue(() => {
      this.model.selection = { key: this.required('select').key, mode };
      this.context.runtime.touch();
    });
  }

  private listed(): FakeParagraph | null {
    const paragraph = this.peek();
    return paragraph && paragraph.listString !== undefined ? paragraph : null;
  }

  private cellOf(): FakeCellPosition | null {
    const paragraph = this.peek();
    if (!paragraph || paragraph.tableNestingLevel === 0) return null;
    return paragraph.cell ?? { table: { id: 0, styleBuiltIn: 'TableGrid', headerRowCount: 0 }, row: 0, column: 0 };
  }

  private innermostControl(): FakeContentControl | null {
    const controls = this.peek()?.controls ?? [];
    return controls[controls.length - 1] ?? null;
  }
}

/** Word.ParagraphCollection: `items` is a snapshot of the paragraphs at the sync that loaded it. */
/** A text box's paragraphs, for Shape.body. */
export function boxParagraphs(context: FakeRequestContext, resolve: () => FakeParagraph[] | null): ParagraphCollectionProxy {
  return new ParagraphCollectionProxy(context, resolve);
}

export class ParagraphCollectionProxy extends FakeCollectionProxy<FakeParagraph, ParagraphProxy> {
  constructor(context: FakeRequestContext, resolve: () => FakeParagraph[] | null) {
    super(context, 'ParagraphCollection', resolve);
  }

  protected item(entity: FakeParagraph): ParagraphProxy {
    return new ParagraphProxy(this.context, () => entity);
  }

  getFirst(): ParagraphProxy {
    return new ParagraphProxy(this.context, () => this.peek()?.[0] ?? null);
  }
  getLast(): ParagraphProxy {
    return new ParagraphProxy(this.context, () => this.peek()?.slice(-1)[0] ?? null);
  }
  getFirstOrNullObject(): ParagraphProxy {
    return new ParagraphProxy(this.context, () => this.peek()?.[0] ?? null, true);
  }
}
