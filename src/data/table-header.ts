/**
 * Which row is the header and which layout the table uses, from the cells alone:
 *   long: 单位 | 年度 | 指标 | 数值 | 计量单位 [| 备注]           one row per unit, year and indicator
 *   wide: 单位 | 指标 | 计量单位 | 2022 | 2023 | 2024年 …      one row per unit and indicator, a column per year
 * Title lines above the header are skipped (up to LIMITS.headerSearchRows rows).
 */
import { fatal } from '../core/figures/data-file-diagnostics';
import type { Localized } from '../core/i18n/lang';
import { LIMITS, type DataFileError } from '../core/figures/model';
import { cellText, type Cell } from './cells';
import { REQUIRED_FIELDS, fieldName, fieldOfHeader, headerWithMeasure, normalizeHeader, yearOfHeader, type Field } from './header-synonyms';

export interface Header {
  layout: 'long' | 'wide';
  /** 1-based row number of the header. */
  row: number;
  /** Column index of each field found (first one wins when a header repeats). */
  columns: Partial<Record<Field, number>>;
  /** Wide layout: the year columns. */
  years: Array<{ index: number; year: number }>;
  /** Header text of every column, for messages. */
  names: string[];
  /** Measures the header states for a column (数值（件）, 2024年 over 件), by column index. */
  measures: Record<number, string>;
}

interface Candidate extends Header {
  score: number;
  missing: Field[];
}

/**
 * Reads one row as a header; `missing` is empty when it is a complete header of its layout. `yearKnown`: the
 * year comes from elsewhere (the sheet's name), so a long table needs no year column.
 */
export function analyzeHeader(cells: readonly Cell[], row: number, yearKnown = false): Candidate {
  const names = cells.map(cellText);
  const columns: Partial<Record<Field, number>> = {};
  const years: Array<{ index: number; year: number }> = [];
  const measures: Record<number, string> = {};
  names.forEach((name, index) => {
    if (!name) return;
    const withMeasure = fieldOfHeader(name) || yearOfHeader(name) !== undefined ? undefined : headerWithMeasure(name);
    if (withMeasure) measures[index] = withMeasure.measure;
    const field = fieldOfHeader(name) ?? withMeasure?.field;
    if (field && columns[field] === undefined) columns[field] = index;
    const year = field ? undefined : (withMeasure?.year ?? yearOfHeader(name));
    if (year !== undefined) years.push({ index, year });
  });
  measureHeadedUnit(names, columns);
  // A year column header makes it wide unless the row also has the long layout's year and value columns.
  const isLong = columns.year !== undefined || columns.value !== undefined || years.length === 0;
  const layout = isLong ? 'long' : 'wide';
  const missing = REQUIRED_FIELDS[layout].filter((field) => columns[field] === undefined && !(field === 'year' && yearKnown));
  const score = Object.keys(columns).length + (years.length ? 1 : 0);
  return { layout, row, columns, years, names, measures, score, missing: [...missing] };
}

/**
 * Statistical tables head the measure column 单位 (单位：件) beside an office column named as one (单位名称,
 * 填报单位, 机关名称): with no measure column, the bare 单位 is the measure, so a rate keeps its %. Beside 部门
 * (a section of the office, perhaps) 单位 stays the office.
 */
/** Headers that name the office outright; 责任单位 or 部门 beside 单位 may be a section of it, so 单位 stays the office. */
const OFFICE_HEADERS: ReadonlySet<string> = new Set(['单位名称', '填报单位', '填报单位名称', '机关名称']);

function measureHeadedUnit(names: readonly string[], columns: Partial<Record<Field, number>>): void {
  if (columns.measure !== undefined) return;
  const units = names.flatMap((name, index) => (fieldOfHeader(name) === 'unit' ? [index] : []));
  const bare = units.find((index) => normalizeHeader(names[index] as string) === '单位');
  const office = units.find((index) => index !== bare && OFFICE_HEADERS.has(normalizeHeader(names[index] as string)));
  if (bare === undefined || office === undefined) return;
  columns.unit = office;
  columns.measure = bare;
}

export type HeaderSearch = { header: Header } | { error: DataFileError } | { pending: true };

/**
 * Looks for the header among the first rows. `done` says no more rows will come (end of file):
 * then, or after LIMITS.headerSearchRows rows, a missing header is an error naming what was found.
 */
export function findHeader(rows: ReadonlyArray<{ cells: readonly Cell[]; row: number }>, done: boolean, yearKnown = false): HeaderSearch {
  const candidates: Candidate[] = [];
  for (const [i, { cells, row }] of rows.slice(0, LIMITS.headerSearchRows).entries()) {
    if (!cells.some((c) => cellText(c))) continue;
    const candidate = analyzeHeader(cells, row, yearKnown);
    // Two header rows: the header is what the two say together (the row below may be its measures).
    const below = rows[i + 1]?.row === row + 1 ? rows[i + 1] : undefined;
    if (isComplete(candidate)) {
      if (!below && !done) return { pending: true };
      return { header: below && isMeasuresRow(below.cells, candidate) ? analyzeHeader(stackedHeader(cells, below.cells), below.row, yearKnown) : candidate };
    }
    candidates.push(candidate);
    if (!below) continue;
    const stacked = analyzeHeader(stackedHeader(cells, below.cells), below.row, yearKnown);
    if (isComplete(stacked) && stacked.score > candidate.score) return { header: stacked };
  }
  if (!done && rows.length < LIMITS.headerSearchRows) return { pending: true };
  if (candidates.length === 0) return { error: fatal('empty-file') };
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score >= 2) {
    return {
      error: fatal('missing-columns', { row: best.row, missing: namesOf(best.missing), found: foundHeaders(best.names), layout: best.layout }),
    };
  }
  return {
    error: fatal('unknown-layout', { rows: LIMITS.headerSearchRows, found: foundHeaders((candidates[0] as Candidate).names) }),
  };
}

const isComplete = (candidate: Candidate) => candidate.missing.length === 0 && candidate.score >= 2;

/** A row under a header naming only measures, each under a year or value column (2024年 over 件). */
function isMeasuresRow(cells: readonly Cell[], header: Candidate): boolean {
  const valueColumns = new Set([...header.years.map((y) => y.index), header.columns.value]);
  const filled = cells.map(cellText).flatMap((text, index) => (text ? [{ text, index }] : []));
  const isMeasure = ({ text, index }: { text: string; index: number }) =>
    valueColumns.has(index) && text.length <= 6 && !/\d/.test(text) && !fieldOfHeader(text);
  return filled.length > 0 && filled.every(isMeasure);
}

/**
 * One header from two rows, column by column: a year over its measure (2024年 over 件) is 2024年（件）; 数值
 * over a year (a merged 数值 over the year columns) is the year; a header over a blank (a merged 单位 down both
 * rows) is that header.
 */
function stackedHeader(top: readonly Cell[], bottom: readonly Cell[]): string[] {
  return Array.from({ length: Math.max(top.length, bottom.length) }, (_, i) => {
    const [upper, lower] = [cellText(top[i]), cellText(bottom[i])];
    if (!upper || upper === lower) return lower;
    if (!lower) return upper;
    const [upperYear, lowerYear] = [yearOfHeader(upper) !== undefined, yearOfHeader(lower) !== undefined];
    const [upperField, lowerField] = [fieldOfHeader(upper), fieldOfHeader(lower)];
    if (upperYear && !lowerYear && (!lowerField || lowerField === 'value')) return lowerField ? upper : `${upper}（${lower}）`;
    if (lowerYear && (!upperField || upperField === 'value')) return lower;
    return upperField ? upper : lower;
  });
}

/** Fields by name, as a list in each language: 年度、数值 / year, value. */
function namesOf(fields: readonly Field[]): Localized {
  const names = fields.map(fieldName);
  return { 'zh-CN': names.map((n) => n['zh-CN']).join('、'), 'en-US': names.map((n) => n['en-US']).join(', ') };
}

/**
 * The headers a file has, short enough for a message, as a list in each language: “单位”、“指标” / “单位”, “指标”;
 * none, empty (the message then says so).
 */
function foundHeaders(names: readonly string[]): Localized | '' {
  const shown = names.filter(Boolean).slice(0, 12).map((n) => `“${n.length > 20 ? `${n.slice(0, 20)}…` : n}”`);
  if (shown.length === 0) return '';
  const more = names.filter(Boolean).length > 12 ? ' …' : '';
  return { 'zh-CN': shown.join('、') + more, 'en-US': shown.join(', ') + more };
}
