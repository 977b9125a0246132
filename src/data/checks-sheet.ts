/**
 * An .xlsx 校验 / checks sheet: one declared cross-check per row, 类型 | 左项 | 右项 | 容差. 右项 holds the other
 * side: for sum the parts joined by + 、 or , (A+B+C); for ratio "分子/分母" (numerator/denominator). Each row is
 * validated by the same rules as a JSON file's or a profile's checks (core/figures/cross-check-schema).
 */
import { badCheckParams, checkKindOf, validateFigureChecks } from '../core/figures/cross-check-schema';
import { inBothLanguages, problem } from '../core/figures/data-file-diagnostics';
import type { DataProblem, FigureCheck } from '../core/figures/model';
import { normalizeNumberText } from '../core/numbers';
import { cellText, type Cell } from './cells';
import { normalizeHeader } from './header-synonyms';

/** Header words of the 校验 sheet: 类型 | 左项 | 右项 | 容差. */
const CHECK_COLUMNS: Record<'kind' | 'left' | 'right' | 'tolerance', readonly string[]> = {
  kind: ['类型', '校验类型', 'kind', 'type'],
  left: ['左项', '合计', '合计项', '比率项', '指标', 'left', 'total', 'rate'],
  right: ['右项', '分项', '对照项', '分子/分母', 'right', 'parts'],
  tolerance: ['容差', '允许误差', 'tolerance'],
};

export function checksFromRows(rows: ReadonlyArray<readonly Cell[]>, sheet: string): { checks: FigureCheck[]; problems: DataProblem[] } {
  const headerIndex = rows.findIndex((r) => r.some((c) => cellText(c)));
  const header = (rows[headerIndex] ?? []).map((c) => normalizeHeader(cellText(c)));
  const col = (key: keyof typeof CHECK_COLUMNS) => header.findIndex((h) => CHECK_COLUMNS[key].some((w) => normalizeHeader(w) === h));
  const [kindCol, leftCol, rightCol, tolCol] = [col('kind'), col('left'), col('right'), col('tolerance')];
  if (headerIndex < 0) return { checks: [], problems: [] };
  if (kindCol < 0 || leftCol < 0 || rightCol < 0) {
    return { checks: [], problems: [problem('bad-check', { sheet, row: headerIndex + 1 }, { detail: inBothLanguages('check-detail', { variant: 'sheet-columns' }) })] };
  }
  const items: unknown[] = [];
  const itemRows: number[] = [];
  rows.forEach((cells, i) => {
    if (i <= headerIndex || !cells.some((c) => cellText(c))) return;
    const kindText = cellText(cells[kindCol]);
    const kind = checkKindOf(kindText);
    const [left, right] = [cellText(cells[leftCol]), cellText(cells[rightCol])];
    const tolText = tolCol >= 0 ? normalizeNumberText(cellText(cells[tolCol])) : '';
    // The 容差 column serves every row; only sums and ratios have a tolerance. Text that is no number stays text, to be named.
    const tolerance = tolText === '' || kind === 'at-most' ? undefined : Number.isFinite(Number(tolText)) ? Number(tolText) : tolText;
    const [numerator, denominator] = right.split(/\s*[/÷]\s*/);
    const sides = kind === 'sum' ? { total: left, parts: right.split(/\s*[+＋、,，;；]\s*/).filter(Boolean) }
      : kind === 'ratio' ? { rate: left, numerator, denominator }
        : { left, right };
    items.push({ kind: kind ?? kindText, ...sides, tolerance });
    itemRows.push(i + 1);
  });
  const { checks, errors } = validateFigureChecks(items, '');
  const problems = errors.map((error) => {
    const index = Number(/^\[(\d+)\]/.exec(error.place.path ?? '')?.[1] ?? -1);
    return problem('bad-check', { sheet, row: itemRows[index] ?? headerIndex + 1 }, badCheckParams(error));
  });
  return { checks, problems };
}
