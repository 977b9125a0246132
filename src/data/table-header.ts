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
import { REQUIRED_FIELDS, fieldName, fieldOfHeader, yearOfHeader, type Field } from './header-synonyms';

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
  names.forEach((name, index) => {
    if (!name) return;
    const field = fieldOfHeader(name);
    if (field && columns[field] === undefined) columns[field] = index;
    const year = field ? undefined : yearOfHeader(name);
    if (year !== undefined) years.push({ index, year });
  });
  // A year column header makes it wide unless the row also has the long layout's year and value columns.
  const isLong = columns.year !== undefined || columns.value !== undefined || years.length === 0;
  const layout = isLong ? 'long' : 'wide';
  const missing = REQUIRED_FIELDS[layout].filter((field) => columns[field] === undefined && !(field === 'year' && yearKnown));
  const score = Object.keys(columns).length + (years.length ? 1 : 0);
  return { layout, row, columns, years, names, score, missing: [...missing] };
}

export type HeaderSearch = { header: Header } | { error: DataFileError } | { pending: true };

/**
 * Looks for the header among the first rows. `done` says no more rows will come (end of file):
 * then, or after LIMITS.headerSearchRows rows, a missing header is an error naming what was found.
 */
export function findHeader(rows: ReadonlyArray<{ cells: readonly Cell[]; row: number }>, done: boolean, yearKnown = false): HeaderSearch {
  const candidates: Candidate[] = [];
  for (const { cells, row } of rows.slice(0, LIMITS.headerSearchRows)) {
    if (!cells.some((c) => cellText(c))) continue;
    const candidate = analyzeHeader(cells, row, yearKnown);
    if (candidate.missing.length === 0 && candidate.score >= 2) return { header: candidate };
    candidates.push(candidate);
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

/** Fields by name, as a list in each language: 年度、数值 / year, value. */
function namesOf(fields: readonly Field[]): Localized {
  const names = fields.map(fieldName);
  return { 'zh-CN': names.map((n) => n['zh-CN']).join('、'), 'en-US': names.map((n) => n['en-US']).join(', ') };
}

/** The headers a file has, short enough for a message. */
function foundHeaders(names: readonly string[]): string {
  const shown = names.filter(Boolean).slice(0, 12).map((n) => (n.length > 20 ? `${n.slice(0, 20)}…` : n));
  return shown.map((n) => `“${n}”`).join('、') + (names.filter(Boolean).length > 12 ? ' …' : '');
}
