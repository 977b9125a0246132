/**
 * A data file's cells as readers hand them over, and what label cells mean: a year (2024, 2024年), a name as
 * written, a measure named in an indicator's brackets. Values are numbers by core's one parser (core/numbers).
 */
import { problem } from '../core/figures/data-file-diagnostics';
import type { DataProblem, Place } from '../core/figures/model';
import { sameMeasure } from '../core/figures/measures';
import { inStatedMeasure, normalizeNumberText, type ParsedFigure } from '../core/numbers';

/** A spreadsheet cell as readers hand it over. Dates and booleans arrive as text (they are never figures). */
export type Cell = string | number | null | undefined;

/** A year cell: 2024, "2024", "2024年", "2024年度", full-width digits. Whole years 1900–2100 only. */
export function parseYear(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1900 && cell <= 2100 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const match = /^(\d{4})(?:年度?)?$/.exec(normalizeNumberText(cell).replace(/\s+/g, ''));
  const year = match ? Number(match[1]) : NaN;
  return year >= 1900 && year <= 2100 ? year : undefined;
}

/** Text of a label cell (unit, indicator, measure): numbers as written, whitespace runs collapsed. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).replace(/[\s\u3000]+/g, ' ').trim();
}

/** The measure an indicator names in trailing brackets: "出庭应诉率（%）" → "%". Used when the measure column is blank. */
export function measureInName(indicator: string): string {
  const match = /[（(]\s*([^（）()]{1,6}?)\s*[）)]\s*$/.exec(indicator.normalize('NFKC'));
  return match ? (match[1] as string) : '';
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A value that is not a figure, in a table's cell or a JSON record: what it is instead picks the message. */
export function valueProblem(reason: Extract<ParsedFigure, { kind: 'invalid' }>['reason'], place: Place, text: string): DataProblem {
  if (reason === 'not-finite') return problem('not-finite', place, { text });
  return problem('not-a-number', place, reason === 'not-a-number' ? { text } : { text, variant: reason });
}



/**
 * A parsed value in the measure its row states (1.3万 of 元 is 13000), the record's measure (stated, else the
 * word after the number, else one in the indicator's brackets), and a warning when the number carries another
 * measure than the one stated (97% in a 件 row): table and JSON readers alike.
 */
export function figureInMeasure(
  parsed: Exclude<ParsedFigure, { kind: 'invalid' }>,
  stated: string,
  indicator: string,
  place: Place,
): { value: number | null; measure: string; mismatch?: DataProblem } {
  const figure = parsed.kind === 'number' ? inStatedMeasure(parsed.value, parsed.suffix, stated) : undefined;
  const suffix = figure?.suffix ?? '';
  const result = { value: figure?.value ?? null, measure: stated || suffix || measureInName(indicator) };
  if (!suffix || !stated || sameMeasure(suffix, stated)) return result;
  return { ...result, mismatch: problem('measure-mismatch', place, { suffix, measure: stated }) };
}

/** Columns up to the last non-blank cell: trailing empty cells (Excel's formatted ranges) do not count. */
export function usedWidth(cells: readonly Cell[]): number {
  let width = cells.length;
  while (width > 0) {
    const cell = cells[width - 1];
    if (cell !== null && cell !== undefined && cell !== '') break;
    width -= 1;
  }
  return width;
}
