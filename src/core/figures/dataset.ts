/**
 * The loaded figures, indexed by unit, year and indicator. Names match after NFKC and with whitespace removed,
 * so "出庭应诉率（%）" in the file finds "出庭应诉率(%)" in a tag; records keep the file's own spelling.
 */
import type { DataProblem, FigureCheck, FigureRecord } from './model';
import { otherPlace, problem } from './data-file-diagnostics';
import { isFractionalCount } from './measures';

export interface Dataset {
  /** Every record kept, in file order (a repeated unit/year/indicator keeps its first row). */
  readonly records: readonly FigureRecord[];
  /** Checks declared in the file. */
  readonly checks: readonly FigureCheck[];
  /** Units as the file spells them, in file order. */
  readonly units: readonly string[];
  /** Years, ascending. */
  readonly years: readonly number[];
  /** Indicators in file order, all of them or one unit's. */
  indicators(unit?: string): string[];
  lookup(unit: string, year: number, indicator: string): FigureRecord | undefined;
}

/** The key names match by: full-width to half-width, no whitespace. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** The key a label matches by (a column header, a check's kind): case, width, spaces, hyphens and a trailing "*" or "：" do not count. */
export function labelKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_\-]+/g, '').replace(/[*:：]+$/, '');
}

/** nameKey, remembered: a file repeats a few units and indicators thousands of times. */
export function cachedKeys(): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let key = cache.get(name);
    if (key === undefined) cache.set(name, (key = nameKey(name)));
    return key;
  };
}

/**
 * Builds the index a batch of records at a time, so a caller that must not block (the pane, receiving a large
 * file's records from its worker) can index each batch as it comes. A second record for the same unit, year and
 * indicator is dropped with a problem naming both.
 */
export class DatasetBuilder {
  readonly problems: DataProblem[] = [];
  private readonly key = cachedKeys();
  private readonly byKey = new Map<string, FigureRecord>();
  private readonly kept: FigureRecord[] = [];
  private readonly units = new Map<string, string>();
  private readonly years = new Set<number>();
  private readonly indicatorsByUnit = new Map<string, Map<string, string>>();
  private readonly allIndicators = new Map<string, string>();

  add(records: readonly FigureRecord[]): void {
    const { key, byKey } = this;
    for (const record of records) {
      const k = `${key(record.unit)}\u0000${record.year}\u0000${key(record.indicator)}`;
      const first = byKey.get(k);
      if (first) {
        const params = { unit: record.unit, year: record.year, indicator: record.indicator, other: otherPlace(first.place) };
        this.problems.push(problem('duplicate', record.place, params));
        continue;
      }
      byKey.set(k, record);
      this.kept.push(record);
      if (isFractionalCount(record.value, record.measure)) this.problems.push(problem('fractional-count', record.place, { value: String(record.value), measure: record.measure.trim() }));
      const unitKey = key(record.unit);
      if (!this.units.has(unitKey)) this.units.set(unitKey, record.unit);
      this.years.add(record.year);
      const own = this.indicatorsByUnit.get(unitKey) ?? new Map<string, string>();
      this.indicatorsByUnit.set(unitKey, own);
      const indicatorKey = key(record.indicator);
      if (!own.has(indicatorKey)) own.set(indicatorKey, record.indicator);
      if (!this.allIndicators.has(indicatorKey)) this.allIndicators.set(indicatorKey, record.indicator);
    }
  }

  finish(checks: readonly FigureCheck[] = []): Dataset {
    const { byKey, indicatorsByUnit, allIndicators, key } = this;
    return {
      records: this.kept,
      checks: [...checks],
      units: [...this.units.values()],
      years: [...this.years].sort((a, b) => a - b),
      indicators: (unit) => [...(unit === undefined ? allIndicators : (indicatorsByUnit.get(key(unit)) ?? new Map<string, string>())).values()],
      // The names asked for are mostly the file's own, keyed once already (a table of 1,000 indicators asks 2,000 times).
      lookup: (unit, year, indicator) => byKey.get(`${key(unit)}\u0000${year}\u0000${key(indicator)}`),
    };
  }
}

/** Builds the index at once (see DatasetBuilder). */
export function buildDataset(records: readonly FigureRecord[], checks: readonly FigureCheck[] = []): { dataset: Dataset; problems: DataProblem[] } {
  const builder = new DatasetBuilder();
  builder.add(records);
  return { dataset: builder.finish(checks), problems: builder.problems };
}

/** The value of a figure, null when the record is absent or blank. */
export function valueOf(dataset: Dataset, unit: string, year: number, indicator: string): number | null {
  return dataset.lookup(unit, year, indicator)?.value ?? null;
}
