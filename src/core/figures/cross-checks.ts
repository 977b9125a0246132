/**
 * Runs declared cross-checks against the figures of one unit and year. A check whose figures are not all
 * there is skipped: a missing figure is reported as missing, not as an inconsistency.
 */
import { nameKey, type Dataset } from './dataset';
import { formatFigure, formatNumber, isPercentMeasure, tidy } from './format';
import type { DataProblem, FigureCheck, FigureRecord } from './model';
import { problem } from './data-file-diagnostics';
import { inMeasure } from './measures';

export interface CheckFailure {
  check: FigureCheck;
  unit: string;
  year: number;
  /** The record the failure is about (left side, total or rate): where to point in the file or report. */
  record: FigureRecord;
  /** Language-neutral details for the figure-inconsistent messages: variant (= kind), names and formatted values. */
  params: Record<string, string | number>;
}

/** Slack for floating-point sums (0.1 + 0.2): far below any figure a report prints. */
const EPSILON = 1e-9;

export function evaluateChecks(dataset: Dataset, unit: string, year: number, checks: readonly FigureCheck[] = dataset.checks): CheckFailure[] {
  const failures: CheckFailure[] = [];
  const get = (indicator: string) => {
    const record = dataset.lookup(unit, year, indicator);
    return record && record.value !== null ? (record as FigureRecord & { value: number }) : undefined;
  };
  const shown = (r: FigureRecord & { value: number }) => formatFigure(r.value, r.measure);
  // A figure in another's measure (13000 against a total typed 1.3万); as it is when the kinds differ.
  const valueIn = (r: FigureRecord & { value: number }, other: FigureRecord) => inMeasure(r.value, r.measure, other.measure) ?? r.value;
  for (const check of checks) {
    const base = { variant: check.kind, unit, year };
    if (check.kind === 'at-most') {
      const [left, right] = [get(check.left), get(check.right)];
      if (!left || !right || left.value <= valueIn(right, left) + EPSILON) continue;
      failures.push({ check, unit, year, record: left, params: { ...base, left: left.indicator, right: right.indicator, leftValue: shown(left), rightValue: shown(right) } });
    } else if (check.kind === 'sum') {
      const total = get(check.total);
      const parts = check.parts.map(get);
      if (!total || parts.some((p) => !p)) continue;
      const sum = tidy(parts.reduce((s, p) => s + valueIn(p as FigureRecord & { value: number }, total), 0));
      if (Math.abs(total.value - sum) <= (check.tolerance ?? 0) + EPSILON * Math.max(1, Math.abs(sum))) continue;
      const names = parts.map((p) => (p as FigureRecord).indicator).join(' + ');
      failures.push({ check, unit, year, record: total, params: { ...base, total: total.indicator, totalValue: shown(total), parts: names, partsSum: formatFigure(sum, total.measure) } });
    } else {
      const [rate, numerator, denominator] = [get(check.rate), get(check.numerator), get(check.denominator)];
      if (!rate || !numerator || !denominator || denominator.value === 0) continue;
      const fraction = valueIn(numerator, denominator) / denominator.value;
      // A rate kept with no measure may be in percent (97) or a fraction (0.97): the nearer reading.
      const blank = !rate.measure.trim() && Math.abs(rate.value - fraction * 100) < Math.abs(rate.value - fraction);
      const percent = isPercentMeasure(rate.measure) || blank;
      const permille = rate.measure.normalize('NFKC').trim() === '‰';
      const expected = fraction * (percent ? 100 : permille ? 1000 : 1);
      // Rates are usually printed rounded (97%, 96.7%, 9.7‰): half a point of slack unless the check says otherwise.
      const tolerance = check.tolerance ?? (percent || permille ? 0.5 : 0.005);
      if (Math.abs(rate.value - expected) <= tolerance + EPSILON) continue;
      const expectedText = percent ? `${formatNumber(expected, 1)}%` : permille ? `${formatNumber(expected, 1)}‰` : formatNumber(expected, 3);
      failures.push({
        check, unit, year, record: rate,
        params: { ...base, rate: rate.indicator, rateValue: shown(rate), numerator: numerator.indicator, denominator: denominator.indicator, expected: expectedText },
      });
    }
  }
  return failures;
}

/** Every check for every unit and year in the data, as load-time warnings that point at the file's rows. */
export function checkDataset(dataset: Dataset, checks: readonly FigureCheck[] = dataset.checks): DataProblem[] {
  return evaluateEveryCheck(dataset, checks).map((failure) => problem('check-failed', failure.record.place, failure.params));
}

/**
 * The checks for every unit and year the data holds figures for, each once, in the file's order: at load time, and
 * for the office that keeps the file, checking it before sending it round (a check whose figures a unit lacks is
 * passed over, as for a report).
 */
export function evaluateEveryCheck(dataset: Dataset, checks: readonly FigureCheck[]): CheckFailure[] {
  if (checks.length === 0) return [];
  const failures: CheckFailure[] = [];
  const seen = new Set<string>();
  for (const record of dataset.records) {
    const key = `${nameKey(record.unit)}\u0000${record.year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    failures.push(...evaluateChecks(dataset, record.unit, record.year, checks));
  }
  return failures;
}

/** What makes two checks the same check, however they came (a file and a profile may declare one alike). */
export function checkKey(check: FigureCheck): string {
  return JSON.stringify(check);
}

/** Each check once, first come first kept. */
export function distinctChecks(checks: readonly FigureCheck[]): FigureCheck[] {
  return [...new Map(checks.map((c) => [checkKey(c), c])).values()];
}
