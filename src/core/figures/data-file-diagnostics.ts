/**
 * What reading a data file has to say, built as diagnostics whose messages come from the catalog's data-file
 * table: a problem with part of the file (a bad row never stops the others) and why a whole file could not be
 * read (each saying what to do). Readers return these, never throw them, so the pane always has something
 * useful to show; core builds problems too (repeated records, failed cross-checks).
 */
import { localize } from '../i18n/catalog';
import type { Localized } from '../i18n/lang';
import { formatNumber } from './format';
import type { DataFileError, DataProblem, FatalCode, Params, Place, ProblemCode, Severity } from './model';

export const PROBLEM_SEVERITY: Record<ProblemCode, Severity> = {
  'not-a-number': 'error',
  'not-finite': 'error',
  'bad-year': 'error',
  'missing-cell': 'error',
  'measure-mismatch': 'warning',
  'fractional-count': 'warning',
  duplicate: 'error',
  'bad-record': 'error',
  'bad-check': 'error',
  'check-failed': 'warning',
  'no-figures': 'warning',
  'csv-quote': 'warning',
  'extra-cells': 'error',
  'sheet-skipped': 'info',
  'columns-skipped': 'warning',
  'formula-value': 'error',
  'extension-mismatch': 'info',
};

/** Builds a problem with its message ready: "第 5 行“数值”列（C 列）：“约一千”不是数字：…". */
export function problem(code: ProblemCode, place: Place, params: Params = {}, severity = PROBLEM_SEVERITY[code]): DataProblem {
  return { code, severity, place, params, message: localize({ code, params, place }) };
}

/** A catalog text in both languages, for a param whose words differ by language (a field's name). */
export function inBothLanguages(key: string, params: Params = {}): Localized {
  return localize({ code: key, params });
}

/** How a repeated record's first place is named in the message: "第 3 行" / "row 3", or a JSON path. */
export function otherPlace(place: Place): Localized | string {
  if (place.row !== undefined) return inBothLanguages('place.other-row', { row: place.row });
  return place.path ?? inBothLanguages('place.earlier-record');
}

const mib = (bytes: Params[string] | undefined) => (Number(bytes ?? 0) / (1024 * 1024)).toFixed(1);
const count = (n: Params[string] | undefined) => formatNumber(Number(n ?? 0));

/** The figures a message shows, formatted from the language-neutral params readers give. */
const SHOWN: Partial<Record<FatalCode, (p: Params) => Params>> = {
  'too-large': (p) => ({ size: mib(p.bytes), limitSize: mib(p.limit) }),
  'too-many-rows': (p) => ({ limitText: count(p.limit) }),
  'too-many-columns': (p) => ({ countText: count(p.count) }),
  'unknown-layout': (p) => ({ foundText: p.found || inBothLanguages('none-found') }),
  'unsupported-format': (p) => ({ extName: p.ext || inBothLanguages('no-extension') }),
  'zip-too-large': (p) => ({ sizeText: count(p.size), limitText: count(p.limit) }),
};

/**
 * Builds the error with its message. With params.sheet (an .xlsx with several sheets) the message says which
 * sheet was read and how to point the reader at another.
 */
export function fatal(code: FatalCode, given: Params = {}): DataFileError {
  const params = { ...given, ...SHOWN[code]?.(given) };
  const message = localize({ code, params });
  if (params.sheet === undefined) return { code, params, message };
  return { code, params, message: localize({ code: 'in-sheet', params: { sheet: params.sheet, message } }) };
}

export function describeError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return detail.length > 200 ? `${detail.slice(0, 200)}…` : detail;
}
