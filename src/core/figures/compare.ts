/**
 * This year against last year for one unit: the table a report's 主要举措和成效 section quotes
 * ("共收到行政复议申请 1,102 件，同比增长 5.2%").
 */
import { cachedKeys, nameKey, type Dataset } from './dataset';
import { comparablePrior } from './measures';
import { directionOf, formatChange, formatFigure, formatYoy, isPercentMeasure, tidy, yoyOf, type Direction } from './format';

export interface ComparisonRow {
  indicator: string;
  /** The measure word (件, 人次, %), kept separate from the numbers. */
  measure: string;
  /** A % rate's change is in percentage points (个百分点, POINTS_LABEL), not in %. */
  changeInPoints: boolean;
  prior: number | null;
  current: number | null;
  /** current − prior; null when either is missing. */
  change: number | null;
  direction: Direction | null;
  /** 同比 in percent; null when the prior figure is missing or 0, and for a rate (its change is in points). */
  yoy: number | null;
  /** Ready to insert: "1,102", "97%", "+12", "+5.2%"; NO_FIGURE (—) for a missing figure or a rate's 同比 (a rate's change goes in with 个百分点: see comparisonTable). */
  formatted: { prior: string; current: string; change: string; yoy: string };
}

/** Rows for every indicator the unit has in reportYear − 1 or reportYear, in the data file's order. */
export function compare(dataset: Dataset, unit: string, reportYear: number): ComparisonRow[] {
  const unitKey = nameKey(unit);
  const rows: ComparisonRow[] = [];
  const seen = new Set<string>();
  // Each name keyed once (the year, cheaper, looked at first).
  const keyOf = cachedKeys();
  for (const record of dataset.records) {
    if ((record.year !== reportYear && record.year !== reportYear - 1) || keyOf(record.unit) !== unitKey) continue;
    const key = keyOf(record.indicator);
    if (seen.has(key)) continue;
    seen.add(key);
    const priorRecord = dataset.lookup(unit, reportYear - 1, record.indicator);
    const currentRecord = dataset.lookup(unit, reportYear, record.indicator);
    // The current year's measure wins: a file may have fixed it since last year.
    const measure = currentRecord?.measure || priorRecord?.measure || '';
    const prior = priorRecord?.value ?? null;
    const current = currentRecord?.value ?? null;
    // Never across two measures (12000 against 1.3万, 件 against 元): then no change and no 同比.
    const base = comparablePrior(priorRecord, currentRecord);
    const change = base === null || current === null ? null : tidy(current - base);
    const changeInPoints = isPercentMeasure(measure);
    const yoy = changeInPoints ? null : yoyOf(base, current);
    rows.push({
      indicator: currentRecord?.indicator ?? record.indicator,
      measure,
      changeInPoints,
      prior,
      current,
      change,
      direction: directionOf(change),
      yoy,
      formatted: {
        prior: formatFigure(prior, measure),
        current: formatFigure(current, measure),
        change: formatChange(change),
        yoy: formatYoy(yoy),
      },
    });
  }
  return rows;
}
