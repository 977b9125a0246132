/**
 * .xlsx into figures. The only module that imports read-excel-file (with xlsx-sheet.ts): read-data-file.ts loads
 * it with a dynamic import(), so webpack keeps the spreadsheet code out of the pane's first bundle.
 *
 * Sheets: figures come from the sheet named 数据 or figures (any case); without one, from every sheet that has
 * a figures table (one sheet per year is common: the year comes from a sheet named 2024年 when the table has no
 * year column), and each sheet left out is named with why. Checks come from a sheet named 校验 or checks.
 * Formulas are never evaluated: a formula cell gives the value Excel saved with it. A number in a
 * percent-formatted cell (Excel stores 97% as 0.97) is read as 97 with measure %; a plain 0.97 in a row whose
 * measure is % means 0.97%, as written.
 */
import { describeError, fatal, inBothLanguages, problem } from '../core/figures/data-file-diagnostics';
import type { DataFileError, DataProblem, FigureCheck, FigureRecord } from '../core/figures/model';
import { checksFromRows } from './checks-sheet';
import { finishDataset, type DataFileResult } from './finish-dataset';
import { normalizeHeader, yearOfHeader } from './header-synonyms';
import type { ReadOptions } from './options';
import type { TableOutcome } from './table-reader';
import { percentCells, readFigureRows, sheetRows, toCell, type Inspected } from './xlsx-sheet';
import { formulaIssues, inspectXlsx, storedZip, type SheetInfo } from './xlsx-zip';

const FIGURE_SHEETS = ['数据', 'figures'];
const CHECK_SHEETS = ['校验', 'checks'];

const named = (sheets: SheetInfo[], names: string[]) => sheets.find((s) => names.includes(normalizeHeader(s.name)));

function readError(error: unknown): DataFileError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'XLS_FILE_NOT_SUPPORTED') return fatal('encrypted-or-xls');
  if (code === 'NO_DATA') return fatal('empty-file');
  if (code === 'FILE_NOT_SUPPORTED') return fatal('not-xlsx', { ext: '.xlsx' });
  return fatal('xlsx-invalid', { detail: describeError(error) });
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
  const figuresSheet = named(sheets, FIGURE_SHEETS);
  const candidates = figuresSheet ? [figuresSheet] : sheets.filter((s) => s !== checksSheet);
  if (candidates.length === 0 && sheets[0]) candidates.push(sheets[0]);
  if (candidates.length === 0) return { ok: false, error: fatal('xlsx-invalid', { detail: 'no sheets' }) };
  options.onProgress?.(0.05);
  const buffer = ownArrayBuffer(storedZip(inspection.parts));
  const read: Array<{ sheet: SheetInfo; outcome: TableOutcome }> = [];
  for (const [i, sheet] of candidates.entries()) {
    const share = 0.9 / candidates.length;
    let rows: unknown[][];
    try {
      rows = await sheetRows(buffer, inspection, sheet);
    } catch (error) {
      return { ok: false, error: readError(error) };
    }
    // Name the sheet in messages only when there is more than one to choose from.
    const table = {
      sheet: sheets.length > 1 ? sheet.name : undefined,
      year: yearOfHeader(sheet.name),
      cutWide: true,
      formulaIssues: formulaIssues(inspection.parts, sheet.path),
    };
    const outcome = await readFigureRows(rows, percentCells(inspection, sheet.path), table, { ...options, from: 0.05 + i * share, to: 0.05 + (i + 1) * share });
    if ('aborted' in outcome) return { ok: false, error: outcome.error };
    read.push({ sheet, outcome });
  }
  const gathered = gatherSheets(read, sheets.length > 1);
  if ('error' in gathered) return { ok: false, error: gathered.error };
  const { records, problems, layout } = gathered;
  const checks = checksSheet ? await readChecks(buffer, inspection, checksSheet, problems) : [];
  if (!Array.isArray(checks)) return { ok: false, error: checks };
  options.onProgress?.(1);
  return finishDataset('xlsx', layout, records, checks, problems);
}

type SheetRead = { sheet: SheetInfo; outcome: TableOutcome };

/**
 * The figures and problems of the sheets with figures, each sheet left out named with why; a sheet with figures that
 * could not be read fails the file (naming the sheet when there are several). With none, the first sheet says why.
 */
export function gatherSheets(read: readonly SheetRead[], manySheets: boolean): { records: FigureRecord[]; problems: DataProblem[]; layout: 'long' | 'wide' } | { error: DataFileError } {
  const used = read.filter(({ outcome }) => outcome.ok && outcome.records.length > 0);
  if (used.length === 0 && read[0]) used.push(read[0]);
  const problems: DataProblem[] = [];
  const records: FigureRecord[] = [];
  for (const { sheet, outcome } of read) {
    if (!used.some((u) => u.sheet === sheet)) {
      const reason = outcome.ok ? inBothLanguages('no-figures') : outcome.error.message;
      problems.push(problem('sheet-skipped', { sheet: sheet.name }, { reason }));
    } else if (!outcome.ok) {
      const { code, params } = outcome.error;
      return { error: manySheets ? fatal(code, { ...params, sheet: sheet.name }) : outcome.error };
    } else {
      // One by one: spreading a sheet of 130,000 rows into one push overflows the call stack.
      for (const record of outcome.records) records.push(record);
      for (const found of outcome.problems) problems.push(found);
    }
  }
  const first = used[0]?.outcome;
  return { records, problems, layout: first?.ok ? first.layout : 'long' };
}

/** The checks the 校验 sheet declares; its problems go into `problems`. */
async function readChecks(buffer: ArrayBuffer, inspection: Inspected, sheet: SheetInfo, problems: DataProblem[]): Promise<FigureCheck[] | DataFileError> {
  try {
    const rows = await sheetRows(buffer, inspection, sheet);
    const read = checksFromRows(rows.map((r, i) => r.map((v, c) => toCell(v, i, c, new Set()))), sheet.name);
    for (const found of read.problems) problems.push(found);
    return read.checks;
  } catch (error) {
    return readError(error);
  }
}
