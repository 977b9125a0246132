/**
 * Declared cross-checks between figures (FigureCheck in model.ts), validated once by one set of rules wherever
 * they are declared (a JSON data file's "checks", an .xlsx 校验 sheet, a profile's figureChecks): the profile
 * schema's figureCheck definition. Before it, the words offices use for a kind (不大于, 合计, 比率 …) become the
 * kind's own name and names are trimmed, so a profile and a data file accept the same checks.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { localize } from '../i18n/catalog';
import type { Params } from '../i18n/render';
import base from '../profile-schema.json';
import { labelKey } from './dataset';
import type { FigureCheck, Place } from './model';

/** One mistake in a declared check, with where it is ("checks[1].parts", or a sheet's row), in both languages. */
export interface CheckError {
  place: Place;
  detailZh: string;
  detailEn: string;
}

export type ChecksValidation = { checks: FigureCheck[]; errors: CheckError[] };

export const FIGURE_CHECK_SCHEMA = base.$defs.figureCheck;

const validator = new Validator(FIGURE_CHECK_SCHEMA as object, '2020-12', false);

const KIND_WORDS: Record<FigureCheck['kind'], readonly string[]> = {
  'at-most': ['at-most', 'atmost', '<=', '≤', '不大于', '不超过', '小于等于'],
  sum: ['sum', 'total', '合计', '求和', '总和', '之和'],
  ratio: ['ratio', 'rate', '比率', '比例', '占比'],
};

export function checkKindOf(text: string): FigureCheck['kind'] | undefined {
  const key = labelKey(text);
  return (Object.keys(KIND_WORDS) as Array<FigureCheck['kind']>).find((kind) => KIND_WORDS[kind].some((w) => labelKey(w) === key));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const trimmed = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : Array.isArray(v) ? v.map(trimmed) : v);

/** The kind by its own name, names trimmed, absent fields (a sheet's empty 容差) left out. */
export function normalizeFigureCheck(item: unknown): unknown {
  if (!isObject(item)) return item;
  const entries = Object.entries(item).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries.map(([key, value]) => [key, key === 'kind' && typeof value === 'string' ? (checkKindOf(value) ?? value) : trimmed(value)]));
}

/** The schema's word for each mistake, as a check-detail message; the first field in this order is reported. */
const FIELD_ORDER = ['', 'kind', 'left', 'right', 'total', 'rate', 'numerator', 'denominator', 'tolerance', 'parts'];
const LEAF_KEYWORDS = new Set(['type', 'required', 'enum', 'const', 'minLength', 'minItems', 'minimum', 'false']);

function fieldOf(error: OutputUnit): string {
  if (error.keyword === 'required') return /property "([^"]*)"/.exec(error.error)?.[1] ?? '';
  return error.instanceLocation.replace(/^#\/?/, '').split('/')[0] ?? '';
}

const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);

function detailOf(field: string, keyword: string, item: unknown): Params {
  if (field === '') return { variant: 'object' };
  if (field === 'kind') return { variant: 'kind', kind: String((item as Record<string, unknown>).kind ?? '') };
  if (keyword === 'false') return { variant: 'unknown-field', field };
  return { variant: field === 'tolerance' || field === 'parts' ? field : 'name' };
}

function checkError(path: string, detail: Params): CheckError {
  const words = localize({ code: 'check-detail', params: detail });
  return { place: { path }, detailZh: words['zh-CN'], detailEn: words['en-US'] };
}

/** Good checks are kept even when others are wrong; `errors` name each wrong check by its first wrong field. */
export function validateFigureChecks(value: unknown, path = 'checks'): ChecksValidation {
  const checks: FigureCheck[] = [];
  const errors: CheckError[] = [];
  if (!Array.isArray(value)) return { checks, errors: [checkError(path, { variant: 'array' })] };
  value.forEach((raw: unknown, i) => {
    const item = normalizeFigureCheck(raw);
    const result = validator.validate(item);
    if (result.valid) return void checks.push(item as FigureCheck);
    const leaves = result.errors.filter((e) => LEAF_KEYWORDS.has(e.keyword));
    const first = (leaves.length ? leaves : result.errors).reduce((a, b) => (rank(fieldOf(b)) < rank(fieldOf(a)) ? b : a));
    const field = fieldOf(first);
    errors.push(checkError(field ? `${path}[${i}].${field}` : `${path}[${i}]`, detailOf(field, first.keyword, item)));
  });
  return { checks, errors };
}

/** A check error as the bad-check problem's params: its detail in both languages. */
export function badCheckParams(error: CheckError): Params {
  return { detail: { 'zh-CN': error.detailZh, 'en-US': error.detailEn } };
}
