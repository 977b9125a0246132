/**
 * Pairing a reviewer's reports of two years: each report with the same unit's report of the year before. The unit
 * is the name the report gives itself (src/core/figures/report-unit.ts unitOf); two names are the same unit when
 * one holds the other, spaces and width not counting (松川县司法局 and 中共松川县司法局党组 松川县司法局).
 */
import { nameKey } from '../figures/dataset';

export interface UnitYear {
  unit: string | null;
  year: number | null;
}

/** A name shorter than this (司法局) could be any county's. */
const MIN_UNIT_CHARS = 4;

export function sameUnit(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const [x, y] = [nameKey(a), nameKey(b)];
  return Math.min(x.length, y.length) >= MIN_UNIT_CHARS && (x.includes(y) || y.includes(x));
}

/** The index of the same unit's report of the year before among `candidates`, or -1 when there is none. */
export function previousYearPartner(report: UnitYear, candidates: readonly UnitYear[]): number {
  if (report.year === null) return -1;
  return candidates.findIndex((c) => c.year === (report.year as number) - 1 && sameUnit(c.unit, report.unit));
}
