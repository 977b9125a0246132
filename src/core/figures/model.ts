/**
 * The figures a legal-affairs office keeps in its shared data file, as the rest of the add-in sees them
 * once a reader (src/data) has turned a .xlsx, .csv or .json file into records. Pure data: no I/O here.
 */
import type { Diagnostic, Params, Place, Severity } from '../diagnostic';
import type { Lang, Localized } from '../i18n/lang';

export type { Lang, Localized, Params, Place, Severity };

/** One figure: what a unit reported for an indicator in a year. */
export interface FigureRecord {
  unit: string;
  year: number;
  indicator: string;
  /** null: the file names the figure but leaves it blank (no figure yet). Blank is not an error. */
  value: number | null;
  /** 计量单位 as written (件, 人次, %), kept apart from the value; '' when the file gives none. */
  measure: string;
  note?: string;
  /** Where the record came from, so later problems (duplicates, failed checks) can point at it. */
  place: Place;
}

/**
 * A cross-check declared in the data file (or by a profile) and tested per unit and year:
 * at-most: left ≤ right (负责人出庭应诉数 ≤ 行政诉讼案件数);
 * sum: total = the sum of parts;
 * ratio: rate = numerator ÷ denominator (× 100 when the rate's measure is %), within tolerance.
 */
export type FigureCheck =
  | { kind: 'at-most'; left: string; right: string }
  | { kind: 'sum'; total: string; parts: string[]; tolerance?: number }
  | { kind: 'ratio'; rate: string; numerator: string; denominator: string; tolerance?: number };

export type ProblemCode =
  | 'not-a-number'
  | 'not-finite'
  | 'bad-year'
  | 'missing-cell'
  | 'measure-mismatch'
  | 'fractional-count'
  | 'duplicate'
  | 'bad-record'
  | 'bad-check'
  | 'check-failed'
  | 'no-figures'
  | 'csv-quote'
  | 'extra-cells'
  | 'sheet-skipped'
  | 'columns-skipped'
  | 'formula-value'
  | 'extension-mismatch';

/** Something wrong with part of a file. The rest still loads; the pane lists these by severity. */
export interface DataProblem extends Diagnostic {
  code: ProblemCode;
  place: Place;
  /** Ready to show in either language: names the row and column and says what to fix (rendered from the catalog). */
  message: Localized;
}

export type FatalCode =
  | 'empty-file'
  | 'too-large'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'unknown-layout'
  | 'missing-columns'
  | 'unsupported-format'
  | 'is-docx'
  | 'encrypted-or-xls'
  | 'not-xlsx'
  | 'zip-too-large'
  | 'zip-refused'
  | 'xlsx-invalid'
  | 'binary'
  | 'encoding'
  | 'json-syntax'
  | 'json-shape'
  | 'aborted'
  | 'internal';

/** Why a whole file could not be read. Never thrown: readers return it. */
export interface DataFileError {
  code: FatalCode;
  /** What the message is made from (the catalog's data-file table), including the figures it shows formatted. */
  params: Params;
  message: Localized;
}

/** Limits that keep a hostile or mistaken file from hanging the pane. Stated in the messages. */
export const LIMITS = {
  maxColumns: 200,
  maxRows: 200_000,
  maxFileBytes: 64 * 1024 * 1024,
  /** How far down a sheet the header row may be (title lines above it are common). */
  headerSearchRows: 10,
} as const;
