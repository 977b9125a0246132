/**
 * .xlsx into figures. The only module that imports read-excel-file: read-data-file.ts loads it with a dynamic
 * import(), so webpack keeps the spreadsheet code out of the pane's first bundle.
 *
 * Sheets: figures come from the sheet named 数据 or figures (any case), else the first sheet; checks from a
 * sheet named 校验 or checks. Formulas are never evaluated: a formula cell gives the value Excel saved with it.
 * A number in a percent-formatted cell (Excel stores 97% as 0.97) is read as 97 with measure %; a plain 0.97
 * in a row whose measure is % means 0.97%, as written.
 */
import { readSheet } from 'read-excel-file/universal';
import { describeError, fatal } from '../core/figures/data-file-diagnostics';
import { tidy } from '../core/figures/format';
import { LIMITS, type DataFileError, type DataProblem, type FigureCheck } from '../core/figures/model';
import type { Cell } from './cells';
import { checksFromRows } from './checks-sheet';
import { finishDataset, type DataFileResult } from './finish-dataset';
import { normalizeHeader } from './header-synonyms';
import { yieldToEventLoop, type ReadOptions } from './options';
import { cellKey, inspectXlsx, mergedRanges, percentCells, storedZip, type CellRange, type SheetInfo } from './xlsx-zip';
import { FigureTableReader } from './table-reader';

const FIGURE_SHEETS = ['数据', 'figures'];
const CHECK_SHEETS = ['校验', 'checks'];
const ROWS_PER_CHUNK = 5000;

const named = (sheets: SheetInfo[], names: string[]) => sheets.find((s) => names.includes(normalizeHeader(s.name)));

function toCell(value: unknown, row: number, column: number, percent: ReadonlySet<string>): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return percent.has(cellKey(row, column)) ? `${tidy(value * 100)}%` : value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Dates are never figures; as text they get a clear "not a number" message.
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
    return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
  }
  return String(value);
}

function readError(error: unknown): DataFileError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'XLS_FILE_NOT_SUPPORTED') return fatal('encrypted-or-xls');
  if (code === 'NO_DATA') return fatal('empty-file');
  if (code === 'FILE_NOT_SUPPORTED') return fatal('not-xlsx', { ext: '.xlsx' });
  return fatal('xlsx-invalid', { detail: describeError(error) });
}

/**
 * Gives every cell of a merged range the value of its top-left cell, as the sheet shows it (a unit merged down
 * its block of rows is every row's unit). Only over rows the sheet has and columns a table can use.
 */
function fillMerged(rows: unknown[][], ranges: readonly CellRange[]): void {
  for (const { top, left, bottom, right } of ranges) {
    const value = rows[top]?.[left];
    if (value === null || value === undefined) continue;
    for (let r = top; r <= Math.min(bottom, rows.length - 1); r++) {
      const row = rows[r] as unknown[];
      for (let c = left; c <= Math.min(right, LIMITS.maxColumns); c++) if (row[c] === null || row[c] === undefined) row[c] = value;
    }
  }
}

/** An ArrayBuffer of this realm holding exactly `bytes`: read-excel-file checks `instanceof ArrayBuffer`. */
function ownArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

export async function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): Promise<DataFileResult> {
  const inspection = inspectXlsx(bytes);
  if (!inspection.ok) return inspection;
  const { sheets } = inspection;
  const checksSheet = named(sheets, CHECK_SHEETS);
  const dataSheet = named(sheets, FIGURE_SHEETS) ?? sheets.find((s) => s !== checksSheet) ?? sheets[0];
  if (!dataSheet) return { ok: false, error: fatal('xlsx-invalid', { detail: 'no sheets' }) };
  options.onProgress?.(0.05);
  const percent = percentCells(inspection, dataSheet.path);
  const buffer = ownArrayBuffer(storedZip(inspection.parts));
  let rows: unknown[][];
  try {
    rows = (await readSheet(buffer, dataSheet.name)) as unknown[][];
  } catch (error) {
    return { ok: false, error: readError(error) };
  }
  fillMerged(rows, mergedRanges(inspection.parts, dataSheet.path));
  options.onProgress?.(0.5);
  // Name the sheet in messages only when there is more than one to choose from.
  const table = new FigureTableReader(sheets.length > 1 ? dataSheet.name : undefined);
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    if (options.signal?.aborted) return { ok: false, error: fatal('aborted') };
    const chunk = rows.slice(start, start + ROWS_PER_CHUNK).map((row, i) => row.map((v, c) => toCell(v, start + i, c, percent)));
    if (!table.push(chunk)) break;
    options.onProgress?.(0.5 + (0.45 * Math.min(rows.length, start + ROWS_PER_CHUNK)) / rows.length);
    await yieldToEventLoop();
  }
  const outcome = table.finish();
  if (!outcome.ok) {
    const { code, params } = outcome.error;
    return { ok: false, error: sheets.length > 1 ? fatal(code, { ...params, sheet: dataSheet.name }) : outcome.error };
  }
  let checks: FigureCheck[] = [];
  const problems: DataProblem[] = [...outcome.problems];
  if (checksSheet) {
    try {
      const checkRows = (await readSheet(buffer, checksSheet.name)) as unknown[][];
      const read = checksFromRows(checkRows.map((r, i) => r.map((v, c) => toCell(v, i, c, new Set()))), checksSheet.name);
      checks = read.checks;
      problems.push(...read.problems);
    } catch (error) {
      return { ok: false, error: readError(error) };
    }
  }
  options.onProgress?.(1);
  return finishDataset('xlsx', outcome.layout, outcome.records, checks, problems);
}
