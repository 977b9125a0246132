import { FakeClientObject, type FakeRequestContext } from './client';
import { ContentControlProxy } from './content-control-proxy';
import { controlsAroundTable, insertParagraphNextToTable, wrapTable } from './controls-model';
import { FakeOfficeError, itemNotFound } from './errors';
import type { FakeCellPosition, FakeContentControl, FakeParagraph, FakeTable } from './model';
import { ParagraphProxy } from './paragraph-proxy';
import { WORD_API_1_3 } from './proxies';
import { subRange, type FakeRangeTarget, type RangeLocation } from './range-model';
import { RangeProxy } from './range-proxy';

/** Word.Table (WordApi 1.3), for the members Report Assistant uses. */
export class TableProxy extends FakeClientObject<FakeTable> {
  protected readonly scalars = { rowCount: WORD_API_1_3, values: WORD_API_1_3, styleBuiltIn: WORD_API_1_3, headerRowCount: WORD_API_1_3 };

  constructor(context: FakeRequestContext, resolve: () => FakeTable | null, nullable = false) {
    super(context, 'Table', resolve, nullable);
  }

  protected readScalar(table: FakeTable, name: string): unknown {
    const cells = this.context.runtime.model.tableCells(table);
    const model = this.context.runtime.model;
    if (name === 'rowCount') return new Set(cells.map((p) => p.cell?.row)).size;
    if (name === 'values') {
      const values: string[][] = [];
      for (const p of cells) {
        const { row, column } = p.cell as FakeCellPosition;
        const line = (values[row] ??= []);
        line[column] = line[column] === undefined ? model.displayText(p) : `${line[column]}\r${model.displayText(p)}`;
      }
      return values;
    }
    return table[name as 'styleBuiltIn' | 'headerRowCount'];
  }

  /** WordApi 1.3: the table goes, every cell and any table nested in it. */
  delete(): void {
    this.context.enqueue(() => {
      const table = this.required('delete');
      const model = this.context.runtime.model;
      const inside = (cell: FakeCellPosition | undefined): boolean => cell !== undefined && (cell.table === table || inside(cell.table.parentCell));
      this.context.runtime.change('Table.delete', () => {
        const kept = model.paragraphs.filter((p) => !inside(p.cell));
        model.paragraphs.splice(0, model.paragraphs.length, ...kept);
      });
    });
  }

  get rowCount(): number {
    return this.read('rowCount');
  }
  get values(): string[][] {
    return this.read('values');
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(style: string) {
    this.write('styleBuiltIn', style, (table) => (table.styleBuiltIn = style));
  }
  get headerRowCount(): number {
    return this.read('headerRowCount');
  }
  set headerRowCount(count: number) {
    this.write('headerRowCount', count, (table) => (table.headerRowCount = count));
  }

  /** The table a nested table is in. */
  get parentTableOrNullObject(): TableProxy {
    return this.navigation('parentTableOrNullObject', () => new TableProxy(this.context, () => this.peek()?.parentCell?.table ?? null, true));
  }
  /** The innermost control around the whole table. */
  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.navigation('parentContentControlOrNullObject', () => new ContentControlProxy(this.context, () => this.around(), true));
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'parentTableOrNullObject') return this.parentTableOrNullObject;
    if (name === 'parentContentControlOrNullObject') return this.parentContentControlOrNullObject;
    return undefined;
  }

  /** Only "Whole" is modelled. */
  getRange(location: RangeLocation = 'Whole'): RangeProxy {
    return new RangeProxy(this.context, () => {
      const table = this.peek();
      return table ? subRange({ kind: 'table', table }, location) : null;
    });
  }

  /** The cell at a row and cell index; ItemNotFound at the sync that uses it if there is none. */
  getCell(rowIndex: number, cellIndex: number): TableCellProxy {
    return new TableCellProxy(this.context, () => {
      const table = this.peek();
      const cell = table && this.context.runtime.model.tableCells(table).find((p) => p.cell?.row === rowIndex && p.cell.column === cellIndex);
      return cell?.cell ?? null;
    }, false);
  }

  /** A paragraph right before or after the table, in the cell and controls the table is in. */
  insertParagraph(text: string, location: 'Before' | 'After'): ParagraphProxy {
    let created: FakeParagraph | null = null;
    this.context.enqueue(() => {
      if (location !== 'Before' && location !== 'After') throw new FakeOfficeError('InvalidArgument', `insertLocation must be "Before" or "After", not "${String(location)}".`, 'Table.insertParagraph');
      const table = this.required('insertParagraph');
      this.context.runtime.change('Table.insertParagraph', () => (created = insertParagraphNextToTable(this.context.runtime.model, table, text, location)));
    });
    return new ParagraphProxy(this.context, () => created);
  }

  insertContentControl(): ContentControlProxy {
    let created: FakeContentControl | null = null;
    this.context.enqueue(() => {
      const table = this.required('insertContentControl');
      this.context.runtime.change('Table.insertContentControl', () => (created = wrapTable(this.context.runtime.model, table)));
    });
    return new ContentControlProxy(this.context, () => created);
  }

  private around(): FakeContentControl | null {
    const table = this.peek();
    return table ? (controlsAroundTable(this.context.runtime.model, table).slice(-1)[0] ?? null) : null;
  }
}

/** Word.TableCell (WordApi 1.3): where a paragraph sits in its table, and the cell's body. */
export class TableCellProxy extends FakeClientObject<FakeCellPosition> {
  protected readonly scalars = { rowIndex: WORD_API_1_3, cellIndex: WORD_API_1_3 };

  constructor(context: FakeRequestContext, resolve: () => FakeCellPosition | null, nullable: boolean) {
    super(context, 'TableCell', resolve, nullable);
  }

  protected readScalar(cell: FakeCellPosition, name: string): unknown {
    return name === 'rowIndex' ? cell.row : cell.column;
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get cellIndex(): number {
    return this.read('cellIndex');
  }
  get body(): CellBodyProxy {
    return this.navigation('body', () => new CellBodyProxy(this.context, () => this.peek()));
  }
}

/** Word.Body of a table cell: its paragraphs, and inserting text at its start or end. */
export class CellBodyProxy extends FakeClientObject<FakeCellPosition> {
  protected readonly scalars = { text: null };

  constructor(context: FakeRequestContext, resolve: () => FakeCellPosition | null) {
    super(context, 'Body', resolve);
  }

  protected readScalar(cell: FakeCellPosition): unknown {
    const model = this.context.runtime.model;
    return this.paragraphsOf(cell).map((p) => model.displayText(p)).join('\r');
  }

  get text(): string {
    return this.read('text');
  }

  /** WordApi 1.1: "Start" and "End" add a run to the cell's first or last paragraph; "Replace" empties the cell first. */
  insertText(text: string, location: 'Replace' | 'Start' | 'End'): RangeProxy {
    let created: FakeRangeTarget | null = null;
    this.context.enqueue(() => {
      if (location !== 'Replace' && location !== 'Start' && location !== 'End') throw new FakeOfficeError('InvalidArgument', `insertLocation must be "Replace", "Start" or "End", not "${String(location)}".`, 'Body.insertText');
      const paragraphs = this.paragraphsOf(this.required('insertText'));
      const paragraph = location === 'End' ? paragraphs[paragraphs.length - 1] : paragraphs[0];
      if (!paragraph) throw itemNotFound('Body.insertText');
      this.context.runtime.change('Body.insertText', () => {
        const run = { text };
        if (location === 'Replace') {
          const model = this.context.runtime.model;
          model.paragraphs.splice(0, model.paragraphs.length, ...model.paragraphs.filter((p) => p === paragraph || !paragraphs.includes(p)));
          paragraph.runs = [run];
        } else if (location === 'Start') paragraph.runs.unshift(run);
        else paragraph.runs.push(run);
        created = { kind: 'run', paragraph, run, at: 'Whole' };
      });
    });
    return new RangeProxy(this.context, () => created);
  }

  private paragraphsOf(cell: FakeCellPosition): FakeParagraph[] {
    return this.context.runtime.model.tableCells(cell.table).filter((p) => p.cell?.row === cell.row && p.cell.column === cell.column);
  }
}
