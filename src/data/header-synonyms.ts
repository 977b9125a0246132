/**
 * Column headers as offices actually write them. The one table of synonyms: add a wording here and every
 * format (xlsx, csv, JSON keys) accepts it.
 */
import { labelKey } from '../core/figures/dataset';
import { inBothLanguages } from '../core/figures/data-file-diagnostics';
import type { Localized } from '../core/i18n/lang';

export type Field = 'unit' | 'year' | 'indicator' | 'value' | 'measure' | 'note';

export const HEADER_SYNONYMS: Record<Field, readonly string[]> = {
  unit: ['单位', '单位名称', '部门', '部门名称', '机关', '机关名称', '填报单位', '责任单位', 'unit', 'organization', 'organisation', 'department', 'agency'],
  year: ['年度', '年份', '年', '统计年度', '报告年度', 'year'],
  indicator: ['指标', '指标名称', '统计指标', '项目', '项目名称', 'indicator', 'item', 'metric'],
  value: ['数值', '数据', '数量', '数字', '值', '指标值', '统计值', 'value', 'amount', 'count', 'figure'],
  measure: ['计量单位', '计量', '计数单位', '量词', '单位（计量）', 'measure', 'uom', 'unitofmeasure', 'measureunit'],
  note: ['备注', '说明', '附注', 'note', 'notes', 'remark', 'remarks', 'comment'],
};

/** What each layout cannot do without. Measure and note are optional: a value may carry its measure (12331件). */
export const REQUIRED_FIELDS = {
  long: ['unit', 'year', 'indicator', 'value'] as const,
  wide: ['unit', 'indicator'] as const,
};

/** Full-width letters and digits, spaces, case and a trailing "*" or "：" do not change what a header means. */
export const normalizeHeader = labelKey;

const LOOKUP = new Map<string, Field>();
for (const [field, names] of Object.entries(HEADER_SYNONYMS) as Array<[Field, readonly string[]]>) {
  for (const name of names) LOOKUP.set(normalizeHeader(name), field);
}

export function fieldOfHeader(text: string): Field | undefined {
  return LOOKUP.get(normalizeHeader(text));
}

/** A field's name in messages ("这一行没有填单位" / "This row has no unit"): the catalog's field.* words. */
export function fieldName(field: Field): Localized {
  return inBothLanguages(`field.${field}`);
}

/** A wide layout's year column: 2023, 2023年, 2023年度, 2023年数据. */
export function yearOfHeader(text: string): number | undefined {
  const match = /^(\d{4})(?:年度?)?(?:数值|数据)?$/.exec(normalizeHeader(text));
  const year = match ? Number(match[1]) : NaN;
  return year >= 1900 && year <= 2100 ? year : undefined;
}

/**
 * A value or year header with the measure in brackets: 数值（件） → value, 件; 2024年（件） → the year column,
 * 件. Undefined for anything else (指标（单位） is just a header).
 */
export function headerWithMeasure(text: string): { field?: 'value'; year?: number; measure: string } | undefined {
  const match = /^(.+?)\s*\(\s*([^()]{1,6}?)\s*\)$/.exec(text.normalize('NFKC').trim());
  if (!match) return undefined;
  const [, name = '', measure = ''] = match;
  if (fieldOfHeader(name) === 'value') return { field: 'value', measure };
  const year = yearOfHeader(name);
  return year === undefined ? undefined : { year, measure };
}
