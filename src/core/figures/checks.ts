/**
 * Declared cross-checks between figures (FigureCheck in model.ts): read from JSON ("checks": [...]), from an
 * xlsx 校验 / checks sheet, or given by a profile; validated here so every source gets the same messages.
 */
import type { Cell, DataProblem, FigureCheck, Place } from './model';
import { cellText, normalizeNumberText } from './numbers';
import { normalizeHeader } from './headers';
import { problem } from './problems';

/** One mistake in a declared check, in both languages, with where it is ("checks[1].parts" or a row). */
export interface CheckError {
  place: Place;
  detailZh: string;
  detailEn: string;
}

export type ChecksValidation = { checks: FigureCheck[]; errors: CheckError[] };

const KIND_WORDS: Record<FigureCheck['kind'], readonly string[]> = {
  'at-most': ['at-most', 'atmost', '<=', '≤', '不大于', '不超过', '小于等于'],
  sum: ['sum', 'total', '合计', '求和', '总和', '之和'],
  ratio: ['ratio', 'rate', '比率', '比例', '占比'],
};

function kindOf(text: string): FigureCheck['kind'] | undefined {
  const key = normalizeHeader(text);
  return (Object.keys(KIND_WORDS) as Array<FigureCheck['kind']>).find((kind) => KIND_WORDS[kind].some((w) => normalizeHeader(w) === key));
}

const isName = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isTolerance = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0);

/**
 * Validates checks given as data (JSON-schema-like: kind plus its fields, each an indicator name; tolerance a
 * number ≥ 0). Good checks are kept even when others are wrong; `errors` name each wrong field.
 */
export function validateFigureChecks(value: unknown, path = 'checks'): ChecksValidation {
  const checks: FigureCheck[] = [];
  const errors: CheckError[] = [];
  if (!Array.isArray(value)) {
    errors.push({ place: { path }, detailZh: '应为一个数组', detailEn: 'expected an array' });
    return { checks, errors };
  }
  value.forEach((item: unknown, i) => {
    const at = `${path}[${i}]`;
    const fail = (field: string, zh: string, en: string) => errors.push({ place: { path: field ? `${at}.${field}` : at }, detailZh: zh, detailEn: en });
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail('', '应为一个对象', 'expected an object');
    const o = item as Record<string, unknown>;
    const kind = typeof o.kind === 'string' ? kindOf(o.kind) : undefined;
    if (!kind) return fail('kind', `类型“${String(o.kind ?? '')}”未知，应为 at-most、sum 或 ratio`, `unknown kind “${String(o.kind ?? '')}”; use at-most, sum or ratio`);
    const fields = kind === 'at-most' ? ['left', 'right'] : kind === 'sum' ? ['total'] : ['rate', 'numerator', 'denominator'];
    const absent = fields.filter((f) => !isName(o[f]));
    if (absent.length) return fail(absent[0] as string, '应为指标名称', 'expected an indicator name');
    if (!isTolerance(o.tolerance)) return fail('tolerance', '应为不小于 0 的数', 'expected a number ≥ 0');
    const tolerance = o.tolerance === undefined ? {} : { tolerance: o.tolerance as number };
    if (kind === 'at-most') checks.push({ kind, left: (o.left as string).trim(), right: (o.right as string).trim() });
    else if (kind === 'ratio') {
      checks.push({ kind, rate: (o.rate as string).trim(), numerator: (o.numerator as string).trim(), denominator: (o.denominator as string).trim(), ...tolerance });
    } else {
      const parts = Array.isArray(o.parts) ? o.parts : [];
      if (parts.length < 2 || !parts.every(isName)) return fail('parts', '应为至少两个指标名称组成的数组', 'expected an array of at least two indicator names');
      checks.push({ kind, total: (o.total as string).trim(), parts: (parts as string[]).map((p) => p.trim()), ...tolerance });
    }
  });
  return { checks, errors };
}

/** Header words of the 校验 sheet: 类型 | 左项 | 右项 | 容差. */
const CHECK_COLUMNS: Record<'kind' | 'left' | 'right' | 'tolerance', readonly string[]> = {
  kind: ['类型', '校验类型', 'kind', 'type'],
  left: ['左项', '合计', '合计项', '比率项', '指标', 'left', 'total', 'rate'],
  right: ['右项', '分项', '对照项', '分子/分母', 'right', 'parts'],
  tolerance: ['容差', '允许误差', 'tolerance'],
};

/**
 * Reads a 校验 / checks sheet: one check per row. 右项 holds the other side: for sum the parts joined by + 、 or ,
 * (A+B+C); for ratio "分子/分母" (numerator/denominator).
 */
export function checksFromRows(rows: ReadonlyArray<readonly Cell[]>, sheet: string): { checks: FigureCheck[]; problems: DataProblem[] } {
  const headerIndex = rows.findIndex((r) => r.some((c) => cellText(c)));
  const header = (rows[headerIndex] ?? []).map((c) => normalizeHeader(cellText(c)));
  const col = (key: keyof typeof CHECK_COLUMNS) => header.findIndex((h) => CHECK_COLUMNS[key].some((w) => normalizeHeader(w) === h));
  const [kindCol, leftCol, rightCol, tolCol] = [col('kind'), col('left'), col('right'), col('tolerance')];
  const problems: DataProblem[] = [];
  if (headerIndex < 0) return { checks: [], problems };
  if (kindCol < 0 || leftCol < 0 || rightCol < 0) {
    const detail = { detailZh: '校验表需要“类型、左项、右项”三列', detailEn: 'the checks sheet needs the columns kind, left, right' };
    return { checks: [], problems: [problem('bad-check', { sheet, row: headerIndex + 1 }, detail)] };
  }
  const items: unknown[] = [];
  const itemRows: number[] = [];
  rows.forEach((cells, i) => {
    if (i <= headerIndex || !cells.some((c) => cellText(c))) return;
    const kind = kindOf(cellText(cells[kindCol]));
    const left = cellText(cells[leftCol]);
    const right = cellText(cells[rightCol]);
    const tolText = tolCol >= 0 ? normalizeNumberText(cellText(cells[tolCol])) : '';
    const tolerance = tolText === '' ? undefined : Number(tolText);
    const sides = kind === 'sum' ? { total: left, parts: right.split(/\s*[+＋、,，;；]\s*/).filter(Boolean) }
      : kind === 'ratio' ? { rate: left, numerator: right.split(/\s*[/÷]\s*/)[0], denominator: right.split(/\s*[/÷]\s*/)[1] }
        : { left, right };
    items.push({ kind: kind ?? cellText(cells[kindCol]), ...sides, tolerance });
    itemRows.push(i + 1);
  });
  const { checks, errors } = validateFigureChecks(items, '');
  for (const error of errors) {
    const index = Number(/^\[(\d+)\]/.exec(error.place.path ?? '')?.[1] ?? -1);
    problems.push(problem('bad-check', { sheet, row: itemRows[index] ?? headerIndex + 1 }, { detailZh: error.detailZh, detailEn: error.detailEn }));
  }
  return { checks, problems };
}
