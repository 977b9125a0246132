/**
 * Two years' figures set against each other only in one measure: 1.2 (万件) and 13000 (件) are not compared as they
 * are. A measure left blank one year is taken as the other's, unless the other holds 万 or 亿 (then which scale the
 * blank one is in cannot be told). A change or 同比 is never worked out across two measures: it is left out (—).
 */
import { MULTIPLIER_POWERS, shiftDecimal } from '../numbers';
import { isPercentMeasure } from './format';
import type { FigureRecord } from './model';

function scaleOf(measure: string): { power: number; base: string } {
  const text = measure.normalize('NFKC').trim();
  const power = MULTIPLIER_POWERS[text.charAt(0)];
  return power === undefined ? { power: 0, base: text } : { power, base: text.slice(1) };
}

const isBlank = (measure: string) => measure.normalize('NFKC').trim() === '';

/** Two ways of writing one measure (件 and 件, % and 百分比). */
export function sameMeasure(a: string, b: string): boolean {
  return a.normalize('NFKC') === b.normalize('NFKC') || (isPercentMeasure(a) && isPercentMeasure(b));
}

/** Whether figures in these two measures can be set against each other as they are. */
export function comparableMeasures(a: string, b: string): boolean {
  if (isBlank(a) || isBlank(b)) return scaleOf(isBlank(a) ? b : a).power === 0;
  const [x, y] = [scaleOf(a), scaleOf(b)];
  return x.power === y.power && sameMeasure(x.base, y.base);
}

/** `value` written in `from`, in `to` (1.2 万件 is 12000 件); null when that cannot be told (件 and 元, a blank beside 万). */
export function inMeasure(value: number, from: string, to: string): number | null {
  if (isBlank(from) || isBlank(to)) return comparableMeasures(from, to) ? value : null;
  const [a, b] = [scaleOf(from), scaleOf(to)];
  if (!sameMeasure(a.base, b.base)) return null;
  return a.power === b.power ? value : shiftDecimal(value, a.power - b.power);
}

/** Last year's figure to take this year's change or 同比 from: null when absent, blank, or in another measure. */
export function comparablePrior(prior: FigureRecord | undefined, current: FigureRecord | undefined): number | null {
  if (prior?.value === null || prior?.value === undefined) return null;
  return current && !comparableMeasures(prior.measure, current.measure) ? null : prior.value;
}

/** Measures that count whole things (件, 人次, 场): a figure in one of them has no fraction. */
const COUNT_MEASURES = new Set(['件', '次', '人', '人次', '个', '项', '场', '场次', '家', '份', '起', '条', '篇', '期', '户', '所', '名', '批', '卷', '部', '张', '宗', '例', '座']);

/**
 * A figure with three decimals in a measure of whole things: 1,102 typed as 1.102 (a thousands separator as a
 * decimal point). An average (人均 2.5 件) has fewer; 1.100 read as 1.1 is not caught.
 */
export function isFractionalCount(value: number | null, measure: string): boolean {
  return value !== null && /\.\d{3}$/.test(String(value)) && COUNT_MEASURES.has(measure.normalize('NFKC').trim());
}
