/**
 * The JSON data format:
 *
 *   { "figures": [ { "unit": "市司法局", "year": 2024, "indicator": "行政复议案件收案数", "value": 1102, "measure": "件" } ],
 *     "checks":  [ { "kind": "at-most", "left": "负责人出庭应诉数", "right": "行政诉讼案件数" } ] }
 *
 * or just the array of figures. Keys may be any header the tables accept (单位, 年度, 指标, 数值, 计量单位, 备注);
 * values may be numbers or text as in a table ("1,102", "97%", null for no figure).
 */
import { badCheckParams, validateFigureChecks } from '../core/figures/cross-check-schema';
import { describeError, fatal, problem } from '../core/figures/data-file-diagnostics';
import { LIMITS, type DataFileError, type DataProblem, type FigureCheck, type FigureRecord, type Params } from '../core/figures/model';
import { jsonErrorOffset } from '../core/json-position';
import { parseFigure } from '../core/numbers';
import { cellText, figureInMeasure, parseYear, valueProblem } from './cells';
import { fieldName, fieldOfHeader, normalizeHeader, type Field } from './header-synonyms';

export type JsonOutcome =
  | { ok: true; records: FigureRecord[]; checks: FigureCheck[]; problems: DataProblem[] }
  | { ok: false; error: DataFileError };

const FIGURES_KEYS = ['figures', 'records', 'data', '数据', '记录'];
const CHECKS_KEYS = ['checks', '校验'];

export function parseFiguresJson(text: string): JsonOutcome {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: syntaxError(text, error) };
  }
  const object = typeof root === 'object' && root !== null && !Array.isArray(root) ? (root as Record<string, unknown>) : undefined;
  const keyOf = (names: string[]) => (object ? Object.keys(object).find((k) => names.includes(normalizeHeader(k))) : undefined);
  const figuresKey = keyOf(FIGURES_KEYS);
  const list = Array.isArray(root) ? root : figuresKey ? object?.[figuresKey] : undefined;
  if (!Array.isArray(list)) {
    const found = Array.isArray(root) ? 'array' : object ? `keys: ${Object.keys(object).slice(0, 8).join(', ') || '—'}` : typeof root;
    return { ok: false, error: fatal('json-shape', { found }) };
  }
  if (list.length > LIMITS.maxRows) return { ok: false, error: fatal('too-many-rows', { limit: LIMITS.maxRows }) };
  const prefix = Array.isArray(root) ? '' : (figuresKey as string);
  const records: FigureRecord[] = [];
  const problems: DataProblem[] = [];
  list.forEach((item: unknown, i) => readRecord(item, `${prefix}[${i}]`, records, problems));
  const checksKey = keyOf(CHECKS_KEYS);
  let checks: FigureCheck[] = [];
  if (checksKey !== undefined) {
    const validation = validateFigureChecks(object?.[checksKey], checksKey);
    checks = validation.checks;
    for (const e of validation.errors) problems.push(problem('bad-check', e.place, badCheckParams(e)));
  }
  if (records.length === 0) problems.push(problem('no-figures', {}));
  return { ok: true, records, checks, problems };
}

function readRecord(item: unknown, path: string, records: FigureRecord[], problems: DataProblem[]): void {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    problems.push(problem('bad-record', { path }, { found: Array.isArray(item) ? 'array' : item === null ? 'null' : typeof item }));
    return;
  }
  const fields: Partial<Record<Field, { key: string; value: unknown }>> = {};
  for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
    const field = fieldOfHeader(key);
    if (field && !fields[field]) fields[field] = { key, value };
  }
  const at = (field: Field) => ({ path: `${path}.${fields[field]?.key ?? field}` });
  const text = (field: Field) => {
    const v = fields[field]?.value;
    return typeof v === 'string' || typeof v === 'number' ? cellText(v) : '';
  };
  for (const field of ['unit', 'indicator', 'year'] as const) {
    if (text(field)) continue;
    problems.push(problem('missing-cell', at(field), { field: fieldName(field) }));
    return;
  }
  const yearValue = fields.year?.value;
  const year = parseYear(typeof yearValue === 'number' || typeof yearValue === 'string' ? yearValue : null);
  if (year === undefined) {
    problems.push(problem('bad-year', at('year'), { text: text('year') }));
    return;
  }
  // No value key at all is a figure under a name we do not know ("val"), not "no figure yet" (null): named so.
  if (!fields.value) {
    const unknown = Object.keys(item as Record<string, unknown>).filter((key) => !fieldOfHeader(key));
    const params: Params = { field: fieldName('value'), ...(unknown.length ? { variant: 'unknown-keys', keys: unknown.map((k) => `“${k}”`).join('、') } : {}) };
    return void problems.push(problem('missing-cell', at('value'), params));
  }
  const raw = fields.value.value;
  const parsed = typeof raw === 'number' || typeof raw === 'string' || raw === null || raw === undefined ? parseFigure(raw) : ({ kind: 'invalid', reason: 'not-a-number' } as const);
  if (parsed.kind === 'invalid') return void problems.push(valueProblem(parsed.reason, at('value'), shortText(raw)));
  const { value, measure, mismatch } = figureInMeasure(parsed, text('measure'), text('indicator'), at('value'));
  if (mismatch) problems.push(mismatch);
  const record: FigureRecord = { unit: text('unit'), year, indicator: text('indicator'), value, measure, place: { path } };
  if (text('note')) record.note = text('note');
  records.push(record);
}

function shortText(raw: unknown): string {
  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : (JSON.stringify(raw) ?? String(raw));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The error's line and column, which editors show. */
function syntaxError(text: string, error: unknown): DataFileError {
  const detail = describeError(error);
  const scanned = jsonErrorOffset(text);
  const reported = /position (\d+)/.exec(detail);
  const position = Math.min(scanned >= 0 ? scanned : reported ? Number(reported[1]) : text.length, text.length);
  const before = text.slice(0, position).split('\n');
  // The character found there, rather than the engine's message (which differs between browsers).
  const found = text.slice(position, position + 1).replace(/[\u0000-\u001f]/, (c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const place = { line: before.length, column: (before[before.length - 1] ?? '').length + 1, position };
  return fatal('json-syntax', { ...place, found, detail, ...(found ? {} : { variant: 'end' }) });
}
