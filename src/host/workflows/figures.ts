/**
 * Linked figures from the office's data file: insert one at the cursor, insert the comparison table, refresh
 * every link from the file read again, roll the links forward a year, or freeze them as plain text. Each
 * takes the host (and the figures) and says what became of it; the figures panel keeps only the outcome.
 */
import { analyze } from '../../core/analysis';
import { compare, type ComparisonRow } from '../../core/figures/compare';
import type { Dataset } from '../../core/figures/dataset';
import { comparisonTable, figureLink, figureMeasure, isFigureLink, refreshUpdate, rollForwardGaps, rollForwardUpdate, sparingWritersWords, type LinksLeft } from '../../core/figures/linking';
import { reportFacts, unitAmong, type ReportFacts } from '../../core/figures/report-unit';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import type { LinkChange, ReportHost } from '../contract';
import { defaultReportYear } from './scaffold';

export { DATA_URL_SETTING, keepDataUrl, savedDataUrl } from './data-url';

export type FigureOutcome =
  | { kind: 'inserted' }
  /**
   * Figures left as they were, by why: `typed`, the writer typed words into them (the check says where); `locked`,
   * their control is locked for editing; `tracked`, they hold tracked changes this Word cannot read past.
   */
  | ({ kind: 'refreshed'; changes: LinkChange[] } & LeftCounts)
  /** The data file could not be read again: the document was left alone. */
  | { kind: 'reload-failed' }
  /** `missing`: how many of them have no figure for `year` yet (said when the writer was asked first). */
  | ({ kind: 'rolled'; count: number; year: number; missing?: number } & LeftCounts)
  /** Not rolled yet: `missing` of the `links` have no figure for `year` in the file; the writer chooses. */
  | { kind: 'roll-confirm'; links: number; missing: number; year: number }
  | { kind: 'frozen'; count: number };

/** The figures to insert from: a loaded file, a unit in it and the report year. */
export interface FigureTarget {
  dataset: Dataset;
  unit: string;
  year: number;
}

/** The unit's indicators, last year against the report year; none until a file, a unit and a year are chosen. */
export function comparisonRows(dataset: Dataset | undefined, unit: string | undefined, year: number | undefined): ComparisonRow[] {
  return dataset && unit && year ? compare(dataset, unit, year) : [];
}

/**
 * A unit and year for a newly loaded file, unless the writer's still fit it: the report's own (its title,
 * signature or the name given before; its report year), else the first unit and the latest year.
 */
export function choiceFor(dataset: Dataset, chosen: { unit?: string; year?: number; report?: ReportFacts }, now = new Date()): { unit: string; year: number } {
  const fits = chosen.unit !== undefined && dataset.units.includes(chosen.unit);
  const unit = (fits ? chosen.unit : undefined) ?? unitAmong(chosen.report?.namePlaces ?? [], dataset.units) ?? dataset.units[0] ?? '';
  return { unit, year: chosen.year ?? chosen.report?.year ?? dataset.years[dataset.years.length - 1] ?? defaultReportYear(now) };
}

/** Where the document names its unit (title, unit line, signature) and its report year, read as it is now. */
export async function readReportFacts(host: ReportHost, profile: Profile): Promise<ReportFacts> {
  return reportFacts(analyze(await host.readDocument(), profile));
}

/** The years to choose from: the file's, and the one chosen (rolled forward past the file's last year, say). */
export function yearsOffered(dataset: Dataset | undefined, chosen: number | undefined): number[] {
  return [...new Set([...(dataset?.years ?? []), ...(chosen !== undefined ? [chosen] : [])])].sort((a, b) => a - b);
}

/** This year's figure of one indicator, at the cursor, linked to the file, with its measure where the sentence lacks it (42件). */
export async function insertFigure(host: ReportHost, target: FigureTarget, indicator: string): Promise<FigureOutcome> {
  const ref = { unit: target.unit, year: target.year, indicator, kind: 'value' as const };
  await host.insertLinkedText(figureLink(ref, target.dataset), figureMeasure(ref, target.dataset));
  return { kind: 'inserted' };
}

/** The comparison table after the cursor, its figures linked cell by cell. */
export async function insertComparison(host: ReportHost, target: FigureTarget, lang: Lang): Promise<FigureOutcome> {
  await host.insertLinkedTable(comparisonTable(comparisonRows(target.dataset, target.unit, target.year), target.unit, target.year, lang));
  return { kind: 'inserted' };
}

/**
 * Reads the data file again, then updates every link from what was read. If it could not be read, the
 * document is left alone: old figures are never written as if they were fresh.
 */
export async function refreshFigures(host: ReportHost, reload: () => Promise<Dataset | undefined>, lang: Lang): Promise<FigureOutcome> {
  const dataset = await reload();
  if (!dataset) return { kind: 'reload-failed' };
  const left: LinksLeft = { typed: [], locked: [] };
  const { changes, tracked } = written(await host.updateLinks(isFigureLink, sparingWritersWords(refreshUpdate(dataset, lang), left)));
  return { kind: 'refreshed', changes, ...leftCounts(left, tracked) };
}

/**
 * Before rolling forward: with links that have no figure for the next year in the file, nothing moves and the
 * writer is asked (roll-confirm), since each would show NO_FIGURE (—), in sentences too, until the file has it.
 */
export async function rollForwardAsking(host: ReportHost, dataset: Dataset, year: number, lang: Lang): Promise<FigureOutcome> {
  const gaps = rollForwardGaps((await host.readDocument()).blocks, dataset);
  if (gaps.missing > 0) return { kind: 'roll-confirm', links: gaps.links, missing: gaps.missing, year: year + 1 };
  return rollForward(host, dataset, year, lang);
}

/** Every link moves on to the next report year, its figure taken from the file; `year` is then the next one. */
export async function rollForward(host: ReportHost, dataset: Dataset, year: number, lang: Lang): Promise<FigureOutcome> {
  const left: LinksLeft = { typed: [], locked: [] };
  const { changes, tracked } = written(await host.updateLinks(isFigureLink, sparingWritersWords(rollForwardUpdate(dataset, lang), left)));
  return { kind: 'rolled', count: changes.length, year: year + 1, ...leftCounts(left, tracked) };
}

interface LeftCounts {
  typed?: number;
  locked?: number;
  tracked?: number;
}

/** The links the host wrote, apart from those it left (tracked changes it could not read past). */
function written(all: LinkChange[]): { changes: LinkChange[]; tracked: number } {
  return { changes: all.filter((change) => change.left === undefined), tracked: all.filter((change) => change.left === 'tracked').length };
}

/** How many links were left and why; a reason with none is not mentioned. */
function leftCounts({ typed, locked }: LinksLeft, tracked: number): LeftCounts {
  const counts: LeftCounts = { typed: typed.length, locked: locked.length, tracked };
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

/** The links go, their figures stay as plain text (for the published version). */
export async function freezeFigures(host: ReportHost): Promise<FigureOutcome> {
  return { kind: 'frozen', count: await host.unlinkLinks(isFigureLink) };
}

