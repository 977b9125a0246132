/**
 * One sheet of a workbook into the table reader: read-excel-file's values as cells (percent formats as
 * percentages, merged ranges filled), fed in chunks so the pane can repaint and cancel.
 */
import { readSheet } from 'read-excel-file/universal';
import { fatal } from '../core/figures/data-file-diagnostics';
import { tidy } from '../core/figures/format';
import { LIMITS, type DataFileError } from '../core/figures/model';
import type { Cell } from './cells';
import { yieldToEventLoop, type ReadOptions } from './options';
import { FigureTableReader, type TableOptions, type TableOutcome } from './table-reader';
import { cellKey, mergedRanges, percentCells, type CellRange, type SheetInfo, type XlsxInspection } from './xlsx-zip';

const ROWS_PER_CHUNK = 5000;

export type Inspected = Extract<XlsxInspection, { ok: true }>;

export function toCell(value: unknown, row: number, column: number, percent: ReadonlySet<string>): Cell {
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

/** A sheet's rows as read-excel-file gives them (row 1 first), merged ranges filled. Throws what read-excel-file throws. */
export async function sheetRows(buffer: ArrayBuffer, inspection: Inspected, sheet: SheetInfo): Promise<unknown[][]> {
  const rows = (await readSheet(buffer, sheet.name)) as unknown[][];
  fillMerged(rows, mergedRanges(inspection.parts, sheet.path));
  return rows;
}

/** Progress over a part of the whole: this sheet's share, from `from` to `to`. */
export interface SheetProgress extends ReadOptions {
  from: number;
  to: number;
}

/** The sheet's figures; an 'aborted' error when the reader was cancelled. */
export async function readFigureRows(
  rows: unknown[][],
  percent: ReadonlySet<string>,
  table: TableOptions,
  progress: SheetProgress,
): Promise<TableOutcome | { ok: false; error: DataFileError; aborted: true }> {
  const reader = new FigureTableReader(table);
  const { from, to } = progress;
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    if (progress.signal?.aborted) return { ok: false, error: fatal('aborted'), aborted: true };
    const chunk = rows.slice(start, start + ROWS_PER_CHUNK).map((row, i) => row.map((v, c) => toCell(v, start + i, c, percent)));
    if (!reader.push(chunk)) break;
    progress.onProgress?.(from + ((to - from) * Math.min(rows.length, start + ROWS_PER_CHUNK)) / rows.length);
    await yieldToEventLoop();
  }
  return reader.finish();
}

export { percentCells };
