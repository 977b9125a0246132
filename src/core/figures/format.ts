/**
 * Figures written the way Chinese reports write them: 1,102 (thousands separators), 97%, changes with a sign
 * (+12, -3) and 同比 to one decimal (+5.2%, as statistical bulletins do). Measure words stay separate:
 * the report's sentence carries 件 or 人次, so only % and ‰ (part of the number itself) are attached here.
 */

/** Shown where a figure is absent (a blank in the data, or no record). */
export const NO_FIGURE = '—';

export type Direction = 'up' | 'down' | 'flat';

export function isPercentMeasure(measure: string): boolean {
  return /^[%％]$|^百分比$|^percent$/i.test(measure.trim());
}

/** Removes floating-point noise from arithmetic (97.5 - 95.2 = 2.2999999999999972 → 2.3). */
export function tidy(value: number): number {
  return Number(value.toPrecision(15));
}

/** 1102 → "1,102"; 1234.5 → "1,234.5"; at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, maxDecimals = 4): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const decimals = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = decimals ? `${grouped}.${decimals}` : grouped;
  return value < 0 && body !== '0' ? `-${body}` : body;
}

/** A figure as it goes into the report: "1,102"; with measure % or ‰, "97%". */
export function formatFigure(value: number | null, measure: string): string {
  if (value === null) return NO_FIGURE;
  const text = formatNumber(value);
  if (isPercentMeasure(measure)) return `${text}%`;
  return measure.trim() === '‰' ? `${text}‰` : text;
}

/** A rate's change is in percentage points: 97% → 100% is 提高3个百分点, never +3.1%. */
export const POINTS = '个百分点';

/**
 * current − prior with a sign: "+12", "-3", "0"; for a rate (measure %), in percentage points: "+3个百分点"
 * (the report is Chinese, whatever the pane's language, and the check reads the number back from it).
 */
export function formatChange(change: number | null, measure = ''): string {
  if (change === null) return NO_FIGURE;
  const text = formatNumber(change);
  const signed = change > 0 && text !== '0' ? `+${text}` : text;
  return isPercentMeasure(measure) ? `${signed}${POINTS}` : signed;
}

/** 同比 as a percentage with a sign and one decimal: "+5.2%", "-3.0%", "0.0%". */
export function formatYoy(yoy: number | null): string {
  if (yoy === null) return NO_FIGURE;
  const rounded = Math.round(yoy * 10) / 10;
  if (rounded === 0) return '0.0%';
  return `${rounded > 0 ? '+' : '-'}${formatNumber(Math.abs(rounded), 1).replace(/^([\d,]+)$/, '$1.0')}%`;
}

export function directionOf(change: number | null): Direction | null {
  if (change === null) return null;
  return change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
}

/** 同比 in percent; null when there is no prior figure or it is 0 (no meaningful base). */
export function yoyOf(prior: number | null, current: number | null): number | null {
  if (prior === null || current === null || prior === 0) return null;
  return tidy(((current - prior) / Math.abs(prior)) * 100);
}
