import { FakeClientObject, type FakeRequestContext } from './client';
import type { FakeCellPosition, FakeTable } from './model';
import { WORD_API_1_3 } from './proxies';

/** Word.Table (WordApi 1.3), for the members Report Assistant uses. */
export class TableProxy extends FakeClientObject<FakeTable> {
  protected readonly scalars = { rowCount: WORD_API_1_3, values: WORD_API_1_3, styleBuiltIn: WORD_API_1_3, headerRowCount: WORD_API_1_3 };

  constructor(context: FakeRequestContext, resolve: () => FakeTable | null) {
    super(context, 'Table', resolve);
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
}

/** Word.TableCell (WordApi 1.3): where a paragraph sits in its table. */
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
}
