/**
 * This year's report beside last year's: the text carried over (line by line, and each part's share), last year's
 * plans and whether this year's measures take them up, and the figures left unchanged. Pure and read once per pair
 * of analyses: the three checks, report-check's summary and the pane's summary all read the same comparison.
 */
import type { Analysis } from '../analysis';
import type { ReportDocument } from '../document';
import { CARRIED_SIMILARITY, matchLines, partShares, type LineMatch, type PartShare } from './carried-over';
import { bodyLines } from './paragraphs';
import { checkPlans, type PlanCheck } from './plans';
import { unchangedFigures, type UnchangedFigure } from './figures-unchanged';

export { CARRIED_SIMILARITY } from './carried-over';
export type { LineMatch, PartShare } from './carried-over';
export { checkPlans, type PlanCheck } from './plans';
export { unchangedFigures, type UnchangedFigure } from './figures-unchanged';

/** Last year's report, read and analysed with the same profile as this year's. */
export interface PreviousReport {
  doc: ReportDocument;
  analysis: Analysis;
}

/** Which parts hold the plans (last year's) and the measures (this year's) under a profile. */
export interface PlanParts {
  plans: string;
  measures: string;
}

export const RULE_OF_LAW_PLAN_PARTS: PlanParts = { plans: 'next-year-plans', measures: 'measures' };

export interface Comparison {
  /** Lines carried over (at or above CARRIED_SIMILARITY), in this year's order. */
  carried: LineMatch[];
  shares: PartShare[];
  /** Share of all section text carried over, 0–1. */
  overallShare: number;
  plans: PlanCheck[];
  figures: UnchangedFigure[];
}

const CARRIED = new WeakMap<Analysis, WeakMap<Analysis, { carried: LineMatch[]; shares: PartShare[] }>>();

/** The carried-over lines and each part's share (read once per pair of analyses). */
export function carriedOver(current: Analysis, previous: Analysis): { carried: LineMatch[]; shares: PartShare[] } {
  const known = CARRIED.get(current)?.get(previous);
  if (known) return known;
  const lines = bodyLines(current);
  const matches = matchLines(lines, bodyLines(previous));
  const result = { carried: matches.filter((m) => m.similarity >= CARRIED_SIMILARITY), shares: partShares(lines, matches) };
  const byPrevious = CARRIED.get(current) ?? new WeakMap();
  byPrevious.set(previous, result);
  CARRIED.set(current, byPrevious);
  return result;
}

export function comparePrevious(current: Analysis, previous: Analysis, parts: PlanParts = RULE_OF_LAW_PLAN_PARTS): Comparison {
  const { carried, shares } = carriedOver(current, previous);
  const chars = shares.reduce((sum, s) => sum + s.chars, 0);
  const overallShare = chars === 0 ? 0 : shares.reduce((sum, s) => sum + s.carriedChars, 0) / chars;
  return { carried, shares, overallShare, plans: checkPlans(current, previous, parts), figures: unchangedFigures(current, previous) };
}
