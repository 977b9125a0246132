/**
 * Looks inside an .xlsx before read-excel-file inflates it: refuses zip bombs by the sizes the central
 * directory declares, and has the .docx reader's ZipReader inflate every XML part read-excel-file will read,
 * which stops any part that inflates past its declared size. Also tells a .docx from a workbook, lists the
 * sheets, and finds percent-formatted cells (read-excel-file returns 97% as 0.97 and hides number formats).
 */
import { unzipSync, zipSync } from 'fflate';
import { DEFAULT_ZIP_LIMITS, ZipReader, type ZipLimits } from '../files/zip';
import { describeError, fatal } from '../core/figures/data-file-diagnostics';
import type { DataFileError } from '../core/figures/model';

export interface SheetInfo {
  name: string;
  /** Path of the sheet's XML inside the zip, e.g. xl/worksheets/sheet2.xml. */
  path: string;
}

export type XlsxInspection =
  | { ok: true; sheets: SheetInfo[]; percentStyles: ReadonlySet<number>; parts: ReadonlyMap<string, Uint8Array> }
  | { ok: false; error: DataFileError };

/** The entries and their declared sizes, from the central directory alone: nothing is inflated. */
function listEntries(bytes: Uint8Array): Array<{ name: string; size: number }> {
  const entries: Array<{ name: string; size: number }> = [];
  unzipSync(bytes, {
    filter: (file) => {
      entries.push({ name: file.name, size: file.originalSize });
      return false;
    },
  });
  return entries;
}

function sizeError(entries: ReadonlyArray<{ name: string; size: number }>, limits: ZipLimits): DataFileError | undefined {
  let total = 0;
  for (const { name, size } of entries) {
    if (size > limits.maxEntryBytes) return fatal('zip-too-large', { entry: name, size, limit: limits.maxEntryBytes });
    total += size;
    if (total > limits.maxTotalBytes) return fatal('zip-too-large', { entry: name, size: total, limit: limits.maxTotalBytes });
  }
  return undefined;
}

const decoder = new TextDecoder('utf-8');
const text = (bytes: Uint8Array | undefined) => (bytes ? decoder.decode(bytes) : '');

function unescapeXml(value: string): string {
  return value.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()] as string;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Attributes of each `<tag …>` element (any namespace prefix), values unescaped. */
function elements(xml: string, tag: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  const pattern = new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*)>`, 'g');
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    const attributes: Record<string, string> = {};
    for (const a of (m[1] as string).matchAll(/([\w:]+)\s*=\s*"([^"]*)"|([\w:]+)\s*=\s*'([^']*)'/g)) {
      attributes[(a[1] ?? a[3]) as string] = unescapeXml((a[2] ?? a[4]) as string);
    }
    found.push(attributes);
  }
  return found;
}

/** A number format scales by 100 when it has a % outside quotes, brackets and escapes. */
export function isPercentFormat(code: string): boolean {
  return /%/.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

const PERCENT_BUILT_IN = new Set([9, 10]);

/** What read-excel-file unzips (it skips images and the like). */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

export function inspectXlsx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): XlsxInspection {
  let entries: Array<{ name: string; size: number }>;
  try {
    entries = listEntries(bytes);
  } catch (error) {
    return { ok: false, error: fatal('xlsx-invalid', { detail: describeError(error) }) };
  }
  const tooLarge = sizeError(entries, limits);
  if (tooLarge) return { ok: false, error: tooLarge };
  const names = entries.map((e) => e.name);
  if (!names.includes('xl/workbook.xml')) {
    return { ok: false, error: names.includes('word/document.xml') ? fatal('is-docx') : fatal('xlsx-invalid', { detail: 'no xl/workbook.xml' }) };
  }
  let parts: Map<string, Uint8Array>;
  try {
    parts = new ZipReader(bytes, limits).read(names.filter(isXmlPart));
  } catch (error) {
    return { ok: false, error: fatal('zip-refused', { detail: describeError(error) }) };
  }
  const targets = new Map(elements(text(parts.get('xl/_rels/workbook.xml.rels')), 'Relationship').map((r) => [r.Id, r.Target ?? '']));
  const sheets = elements(text(parts.get('xl/workbook.xml')), 'sheet').map((s) => {
    const target = targets.get(s['r:id'] ?? Object.entries(s).find(([k]) => k.endsWith(':id'))?.[1] ?? '') ?? '';
    return { name: s.name ?? '', path: target.startsWith('/') ? target.slice(1) : `xl/${target}` };
  });
  const styles = text(parts.get('xl/styles.xml'));
  const custom = new Map(elements(styles, 'numFmt').map((f) => [Number(f.numFmtId), f.formatCode ?? '']));
  const cellXfs = /<(?:\w+:)?cellXfs\b[\s\S]*?<\/(?:\w+:)?cellXfs>/.exec(styles)?.[0] ?? '';
  const percentStyles = new Set<number>();
  elements(cellXfs, 'xf').forEach((xf, index) => {
    const id = Number(xf.numFmtId ?? 0);
    if (PERCENT_BUILT_IN.has(id) || isPercentFormat(custom.get(id) ?? '')) percentStyles.add(index);
  });
  return { ok: true, sheets, percentStyles, parts };
}

/**
 * The verified XML parts as a zip whose entries are stored, not compressed, for read-excel-file. It then
 * inflates nothing: no second inflation, no zip bomb it could meet, and no Web Worker (fflate inflates
 * entries over 512 KiB in a blob: worker, which the pane's Content-Security-Policy forbids).
 */
export function storedZip(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(parts), { level: 0 });
}

/** "B3" → "2:1" (0-based row:column), the key percentCells uses. */
export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/** "AB12" → 0-based row and column. */
function cellAddress(ref: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet's merged ranges (0-based, inclusive): Excel keeps a merged range's value in its top-left cell only. */
export function mergedRanges(parts: ReadonlyMap<string, Uint8Array>, sheetPath: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const { ref } of elements(text(parts.get(sheetPath)), 'mergeCell')) {
    const [from, to] = (ref ?? '').split(':').map(cellAddress);
    if (from && to) ranges.push({ top: from.row, left: from.column, bottom: to.row, right: to.column });
  }
  return ranges;
}

/** Cells of a sheet whose style is a percent format, by cellKey; none when the workbook has no such style. */
export function percentCells(inspection: { percentStyles: ReadonlySet<number>; parts: ReadonlyMap<string, Uint8Array> }, sheetPath: string): Set<string> {
  const keys = new Set<string>();
  if (inspection.percentStyles.size === 0) return keys;
  const xml = text(inspection.parts.get(sheetPath));
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*)>/g)) {
    const attrs = m[1] as string;
    const style = /\bs\s*=\s*"(\d+)"/.exec(attrs);
    const ref = /\br\s*=\s*"([A-Z]+\d+)"/.exec(attrs);
    const address = ref ? cellAddress(ref[1] as string) : undefined;
    if (!style || !address || !inspection.percentStyles.has(Number(style[1]))) continue;
    keys.add(cellKey(address.row, address.column));
  }
  return keys;
}

/** A formula cell with no figure to give: no saved result, or a saved error value (#DIV/0!, #N/A). */
export interface FormulaIssue {
  formula: string;
  error?: string;
}

/**
 * Formula cells read-excel-file would hand over as blanks, by cellKey: a formula with no saved result (a file
 * written by a program that does not calculate) and one whose saved result is an error value.
 */
export function formulaIssues(parts: ReadonlyMap<string, Uint8Array>, sheetPath: string): Map<string, FormulaIssue> {
  const issues = new Map<string, FormulaIssue>();
  const xml = text(parts.get(sheetPath));
  if (!/<(?:\w+:)?f[\s>/]/.test(xml) && !/\bt\s*=\s*"e"/.test(xml)) return issues;
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const [, attrs = '', inner = ''] = m;
    const isError = /\bt\s*=\s*"e"/.test(attrs);
    const formula = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(inner);
    const saved = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
    if (!isError && (!formula || saved)) continue;
    const ref = /\br\s*=\s*"([A-Z]+\d+)"/.exec(attrs);
    const address = ref ? cellAddress(ref[1] as string) : undefined;
    if (!address) continue;
    const issue: FormulaIssue = { formula: formula?.[1] ? `=${unescapeXml(formula[1])}` : '' };
    if (isError) issue.error = unescapeXml(saved ?? '#VALUE!');
    issues.set(cellKey(address.row, address.column), issue);
  }
  return issues;
}
