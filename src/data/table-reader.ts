/**
 * Turns a table of cells (a sheet, a CSV) into figure records, row by row, so a reader can feed it in chunks
 * and stop early: a file with a million columns or rows fails at the limit instead of hanging the pane.
 */
import { fatal, problem } from '../core/figures/data-file-diagnostics';
import { LIMITS, type DataFileError, type DataProblem, type FigureRecord, type Params, type Place } from '../core/figures/model';
import { parseFigure } from '../core/numbers';
import { cellText, columnLetter, figureInMeasure, parseYear, usedWidth, valueProblem, type Cell } from './cells';
import { fieldName, type Field } from './header-synonyms';
import { findHeader, type Header } from './table-header';

export type TableOutcome =
  | { ok: true; layout: 'long' | 'wide'; records: FigureRecord[]; problems: DataProblem[] }
  | { ok: false; error: DataFileError };

export interface TableOptions {
  /** Names the sheet in messages (xlsx). Rows are numbered from 1 as Excel shows them. */
  sheet?: string;
  /**
   * The cells were split at commas (CSV), so a row with numbers past its header, or a value whose measure cell
   * holds three digits, is a number split at an unquoted thousands separator: an error on the row, never a figure.
   */
  fromText?: boolean;
  /** The year of every row when the table has no year column (a sheet named 2024年). */
  year?: number;
  /** Formula cells that hold no figure (no saved result, a saved #DIV/0!), by "row:column" (both 0-based). */
  formulaIssues?: ReadonlyMap<string, { formula: string; error?: string }>;
  /** A row wider than the column limit is read up to it, the rest named once (a sheet); else the table fails (CSV). */
  cutWide?: boolean;
}

export class FigureTableReader {
  readonly records: FigureRecord[] = [];
  readonly problems: DataProblem[] = [];
  private pending: Array<{ cells: readonly Cell[]; row: number }> = [];
  private header: Header | undefined;
  private failure: DataFileError | undefined;
  private rowNumber = 0;
  private cutNamed = false;

  constructor(private readonly options: TableOptions = {}) {}

  get error(): DataFileError | undefined {
    return this.failure;
  }

  get rowsRead(): number {
    return this.rowNumber;
  }

  /** Adds the next rows; false once the table has failed and reading should stop. */
  push(rows: ReadonlyArray<readonly Cell[]>): boolean {
    for (const cells of rows) {
      if (this.failure) return false;
      this.rowNumber += 1;
      let width = usedWidth(cells);
      // Blank rows past the limit are harmless (a CSV's final line break reads as one).
      if (this.rowNumber > LIMITS.maxRows && width > 0) {
        this.failure = fatal('too-many-rows', { limit: LIMITS.maxRows });
        return false;
      }
      if (width > LIMITS.maxColumns && !this.options.cutWide) {
        this.failure = fatal('too-many-columns', { row: this.rowNumber, count: width, limit: LIMITS.maxColumns });
        return false;
      }
      if (width > LIMITS.maxColumns) width = this.cut(width);
      if (this.header) this.readRow(cells.slice(0, width), this.rowNumber);
      else this.seekHeader({ cells: cells.slice(0, width), row: this.rowNumber }, false);
    }
    return !this.failure;
  }

  /** Names, once, the columns past the limit that are not read; the width that is read. */
  private cut(width: number): number {
    if (!this.cutNamed) {
      const params = { from: columnLetter(LIMITS.maxColumns), count: width - LIMITS.maxColumns, limit: LIMITS.maxColumns };
      this.problems.push(problem('columns-skipped', this.at(this.rowNumber), params));
      this.cutNamed = true;
    }
    return LIMITS.maxColumns;
  }

  finish(): TableOutcome {
    if (!this.header && !this.failure) this.seekHeader(undefined, true);
    if (this.failure) return { ok: false, error: this.failure };
    const header = this.header as Header;
    if (this.records.length === 0) this.problems.push(problem('no-figures', this.at(header.row)));
    return { ok: true, layout: header.layout, records: this.records, problems: this.problems };
  }

  private seekHeader(next: { cells: readonly Cell[]; row: number } | undefined, done: boolean): void {
    if (next) this.pending.push(next);
    const found = findHeader(this.pending, done, this.options.year !== undefined);
    if ('error' in found) this.failure = found.error;
    if (!('header' in found)) return;
    this.header = found.header;
    const after = this.pending.filter((p) => p.row > found.header.row);
    this.pending = [];
    for (const { cells, row } of after) this.readRow(cells, row);
  }

  private at(row: number, index?: number): Place {
    const place: Place = { row };
    if (this.options.sheet) place.sheet = this.options.sheet;
    if (index !== undefined) {
      place.column = this.header?.names[index] ?? '';
      place.columnLetter = columnLetter(index);
    }
    return place;
  }

  private readRow(cells: readonly Cell[], row: number): void {
    const header = this.header as Header;
    if (!cells.some((c) => cellText(c))) return;
    if (this.options.fromText && this.splitRow(cells, row)) return;
    const column = (field: Field) => header.columns[field];
    const cell = (field: Field) => {
      const index = column(field);
      return index === undefined ? undefined : cells[index];
    };
    const unit = cellText(cell('unit'));
    const indicator = cellText(cell('indicator'));
    for (const [field, text] of [['unit', unit], ['indicator', indicator]] as const) {
      if (text) continue;
      this.problems.push(problem('missing-cell', this.at(row, column(field)), { field: fieldName(field) }));
      return;
    }
    const measureColumn = cellText(cell('measure'));
    const note = cellText(cell('note'));
    const base = { unit, indicator, measureColumn, note, row };
    if (header.layout === 'wide') {
      for (const { index, year } of header.years) this.addFigure(base, year, cells[index], index);
      return;
    }
    const yearCell = cell('year');
    const year = column('year') === undefined ? this.options.year : parseYear(yearCell);
    if (year === undefined) {
      const blank = !cellText(yearCell);
      const place = this.at(row, column('year'));
      this.problems.push(
        blank
          ? problem('missing-cell', place, { field: fieldName('year') })
          : problem('bad-year', place, { text: cellText(yearCell) }),
      );
      return;
    }
    this.addFigure(base, year, cell('value'), column('value') as number);
  }

  /** Reports a row split at unquoted commas; true when it was. */
  private splitRow(cells: readonly Cell[], row: number): boolean {
    const header = this.header as Header;
    const valueColumns = header.layout === 'wide' ? header.years.map((y) => y.index) : [header.columns.value as number];
    // Text past the header (a remark in an unnamed column) is harmless; a number there is a shifted figure.
    const wider = cells.slice(header.names.length).some((c) => parseFigure(c).kind === 'number');
    const split = valueColumns.find((index) => {
      const spillsIntoLabel = wider || index + 1 === header.columns.measure;
      return spillsIntoLabel && /^[+-]?\d{1,3}$/.test(cellText(cells[index])) && /^\d{3}(?:\.\d+)?$/.test(cellText(cells[index + 1]));
    });
    if (split !== undefined) {
      this.problems.push(problem('extra-cells', this.at(row, split), { value: cellText(cells[split]), next: cellText(cells[split + 1]), variant: 'split' }));
    } else if (wider) {
      this.problems.push(problem('extra-cells', this.at(row), { count: cells.length, columns: header.names.length }));
    }
    return split !== undefined || wider;
  }

  private addFigure(
    base: { unit: string; indicator: string; measureColumn: string; note: string; row: number },
    year: number,
    valueCell: Cell,
    index: number,
  ): void {
    const place = this.at(base.row, index);
    const formula = this.options.formulaIssues?.get(`${base.row - 1}:${index}`);
    if (formula) {
      const params: Params = formula.error ? { formula: formula.formula, error: formula.error, variant: 'error' } : { formula: formula.formula };
      return void this.problems.push(problem('formula-value', place, params));
    }
    const parsed = parseFigure(valueCell);
    const stated = base.measureColumn || ((this.header as Header).measures[index] ?? '');
    if (parsed.kind === 'invalid') return void this.problems.push(valueProblem(parsed.reason, place, cellText(valueCell)));
    const { value, measure, mismatch } = figureInMeasure(parsed, stated, base.indicator, place);
    if (mismatch) this.problems.push(mismatch);
    const record: FigureRecord = { unit: base.unit, year, indicator: base.indicator, value, measure, place };
    if (base.note) record.note = base.note;
    this.records.push(record);
  }
}
