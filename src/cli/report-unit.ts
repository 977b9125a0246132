import type { Analysis } from '../core/analysis';
import type { ReportDocument } from '../core/document';
import { nameKey, type Dataset } from '../core/figures/dataset';
import { linkedFiguresOf } from '../core/figures/linking';
import { parseFigureTag } from '../core/figures/tags';
import { unitOf } from '../core/report-overview';

/**
 * The unit of the data file a report's figures are checked against: the unit its linked figures carry (the most
 * common, when they differ), else the unit its signature or title names, else --unit, else the file's only unit.
 * Undefined when none of these tells it, so one unit's cross-checks are never charged to another's report.
 */
export function reportUnit(doc: ReportDocument, analysis: Analysis, dataset: Dataset, fallback: string | undefined): string | undefined {
  const inData = (name: string) => dataset.units.find((u) => nameKey(u) === nameKey(name));
  const counts = new Map<string, number>();
  for (const link of linkedFiguresOf(doc.blocks)) {
    const unit = inData(parseFigureTag(link.tag)?.unit ?? '');
    if (unit !== undefined) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  const linked = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (linked !== undefined) return linked;
  const named = unitOf(analysis);
  const fromText = named === null ? undefined : inData(named) ?? unitNamedWithin(named, dataset.units);
  if (fromText !== undefined) return fromText;
  if (fallback !== undefined) return inData(fallback) ?? fallback;
  return dataset.units.length === 1 ? dataset.units[0] : undefined;
}

/** The longest data-file unit a longer name holds (中共青禾县委青禾县人民政府 → 青禾县人民政府). */
function unitNamedWithin(named: string, units: readonly string[]): string | undefined {
  const key = nameKey(named);
  return units.filter((u) => key.includes(nameKey(u))).sort((a, b) => b.length - a.length)[0];
}
