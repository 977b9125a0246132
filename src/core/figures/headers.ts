/**
 * Column headers as offices actually write them. The one table of synonyms: add a wording here and every
 * format (xlsx, csv, JSON keys) accepts it.
 */

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

/** Header names for messages ("缺少 年度、数值 列"): the first synonym of each language. */
export const FIELD_NAMES: Record<Field, { zh: string; en: string }> = {
  unit: { zh: '单位', en: 'unit' },
  year: { zh: '年度', en: 'year' },
  indicator: { zh: '指标', en: 'indicator' },
  value: { zh: '数值', en: 'value' },
  measure: { zh: '计量单位', en: 'measure' },
  note: { zh: '备注', en: 'note' },
};

/** Full-width letters and digits, spaces, case and a trailing "*" or "：" do not change what a header means. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_\-]+/g, '').replace(/[*:：]+$/, '');
}

const LOOKUP = new Map<string, Field>();
for (const [field, names] of Object.entries(HEADER_SYNONYMS) as Array<[Field, readonly string[]]>) {
  for (const name of names) LOOKUP.set(normalizeHeader(name), field);
}

export function fieldOfHeader(text: string): Field | undefined {
  return LOOKUP.get(normalizeHeader(text));
}

/** A wide layout's year column: 2023, 2023年, 2023年度, 2023年数据. */
export function yearOfHeader(text: string): number | undefined {
  const match = /^(\d{4})(?:年度?)?(?:数值|数据)?$/.exec(normalizeHeader(text));
  const year = match ? Number(match[1]) : NaN;
  return year >= 1900 && year <= 2100 ? year : undefined;
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
