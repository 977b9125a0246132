/**
 * A figure moved into another year's measure before the two are compared: 1.2 (万件) is 12000 (件), 12000 (no
 * measure) is 1.2 (万). Measures of different kinds (件 and 元, % and ‰) are not compared at all.
 */
import { MULTIPLIER_POWERS, shiftDecimal } from '../numbers';
import { isPercentMeasure } from './format';
import type { FigureRecord } from './model';

function scaleOf(measure: string): { power: number; base: string } {
  const text = measure.normalize('NFKC').trim();
  const power = MULTIPLIER_POWERS[text.charAt(0)];
  return power === undefined ? { power: 0, base: text } : { power, base: text.slice(1) };
}

/** `value` written in `from`, in `to`; null when the two measures are of different kinds. A blank measure is either's. */
export function inMeasure(value: number, from: string, to: string): number | null {
  const a = scaleOf(from);
  const b = scaleOf(to);
  const sameKind = a.base === b.base || !a.base || !b.base || (isPercentMeasure(a.base) && isPercentMeasure(b.base));
  if (!sameKind) return null;
  return a.power === b.power ? value : shiftDecimal(value, a.power - b.power);
}

/** Last year's figure in this year's measure, to take a change or 同比 from; null when absent, blank or not comparable. */
export function priorInMeasure(prior: FigureRecord | undefined, measure: string): number | null {
  return prior?.value === null || prior?.value === undefined ? null : inMeasure(prior.value, prior.measure, measure);
}
