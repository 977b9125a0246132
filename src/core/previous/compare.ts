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
export type { PlanCheck } from './plans';
export type { UnchangedFigure } from './figures-unchanged';

/** Last year's report, read and analysed with the same profile as this year's. */
export interface PreviousReport {
  doc: ReportDocument;
  analysis: Analysis;
}

/**
 * Last year's report as the comparison checks take it: none when it names a year not earlier than this report's
 * (the two files swapped, or this year's picked twice), which would set next year's plans against this year's
 * measures. The previous-year check says so; a year not told in either is no reason to refuse.
 */
export function earlierPrevious(current: Analysis, previous: PreviousReport | undefined): PreviousReport | undefined {
  if (!previous) return undefined;
  const [year, previousYear] = [current.reportYear, previous.analysis.reportYear];
  return year !== undefined && previousYear !== undefined && previousYear >= year ? undefined : previous;
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

/**
 * A comparison kept per pair of analyses (and per key, such as the plan parts): the three checks, report-check's
 * line and the pane's summary each ask for it, and it is worked out once.
 */
function perPair<T>(compute: (current: Analysis, previous: Analysis, key: string) => T): (current: Analysis, previous: Analysis, key?: string) => T {
  const known = new WeakMap<Analysis, WeakMap<Analysis, Map<string, T>>>();
  return (current, previous, key = '') => {
    const byPrevious = known.get(current) ?? new WeakMap<Analysis, Map<string, T>>();
    known.set(current, byPrevious);
    const byKey = byPrevious.get(previous) ?? new Map<string, T>();
    byPrevious.set(previous, byKey);
    if (!byKey.has(key)) byKey.set(key, compute(current, previous, key));
    return byKey.get(key) as T;
  };
}

/** The carried-over lines and each part's share. */
export const carriedOver = perPair((current, previous) => {
  const lines = bodyLines(current);
  const matches = matchLines(lines, bodyLines(previous));
  return { carried: matches.filter((m) => m.similarity >= CARRIED_SIMILARITY), shares: partShares(lines, matches) };
});

/** Last year's plan items, each with whether this year's measures take it up. */
export function planChecks(current: Analysis, previous: Analysis, parts: PlanParts = RULE_OF_LAW_PLAN_PARTS): PlanCheck[] {
  return plansPerPair(current, previous, `${parts.plans}\n${parts.measures}`);
}
const plansPerPair = perPair((current, previous, key) => {
  const [plans, measures] = key.split('\n') as [string, string];
  return checkPlans(current, previous, { plans, measures });
});

/** The figures left as last year's. */
export const figuresLeftUnchanged = perPair((current, previous) => unchangedFigures(current, previous));

export function comparePrevious(current: Analysis, previous: Analysis, parts: PlanParts = RULE_OF_LAW_PLAN_PARTS): Comparison {
  const { carried, shares } = carriedOver(current, previous);
  const chars = shares.reduce((sum, s) => sum + s.chars, 0);
  const overallShare = chars === 0 ? 0 : shares.reduce((sum, s) => sum + s.carriedChars, 0) / chars;
  return { carried, shares, overallShare, plans: planChecks(current, previous, parts), figures: figuresLeftUnchanged(current, previous) };
}
