/**
 * Which unit and year a report is of: the unit among those a data file (or the linked figures) names that the
 * report's title, the unit line above the title or its signature names, else the name the writer gave before;
 * the year, the report year. The figures panel defaults to them, and the check flags a linked figure of another.
 */
import type { Analysis } from '../analysis';
import { nameKey } from './dataset';

/** What the document tells of its unit and year: where it names its unit (in that order), its report year. */
export interface ReportFacts {
  namePlaces: string[];
  year?: number;
}

export function reportFacts(analysis: Pick<Analysis, 'frame' | 'reportYear'>): ReportFacts {
  const { title, unitLine, signature } = analysis.frame;
  const namePlaces = [title?.text, unitLine?.text, signature?.text].filter((text): text is string => !!text);
  return { namePlaces, year: analysis.reportYear };
}

/** The longest of `units` named in `text` (市司法局 rather than 司法局), spaces and width not counting. */
function unitNamedIn(text: string, units: readonly string[]): string | undefined {
  const key = nameKey(text);
  return units.filter((unit) => nameKey(unit) !== '' && key.includes(nameKey(unit))).sort((a, b) => nameKey(b).length - nameKey(a).length)[0];
}

/** The first place that names one of `units` decides. */
export function unitAmong(namePlaces: readonly string[], units: readonly string[]): string | undefined {
  for (const place of namePlaces) {
    const unit = unitNamedIn(place, units);
    if (unit) return unit;
  }
  return undefined;
}
