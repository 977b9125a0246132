/**
 * Content-control tags that link an inserted figure or table to the data file, so a later check can tell
 * whether the figure is stale and "roll forward" can move a report's links one year on.
 *
 *   report-assistant:fig:v:2024:市司法局:行政复议案件收案数     the 2024 value
 *   report-assistant:fig:c:2024:市司法局:行政复议案件收案数     change from 2023 to 2024
 *   report-assistant:fig:y:2024:市司法局:行政复议案件收案数     同比 from 2023 to 2024
 *   report-assistant:figtable:2024:市司法局                    a comparison table of 2023 and 2024
 *   report-assistant:figcaption:2024:市司法局                  that table's caption
 *
 * Short (about 45 characters for typical names) so Word's tag field shows it whole. Names keep their Chinese;
 * only "%" and ":" are escaped (%25, %3A), so parsing is exact for any name.
 */
import { TAG_PREFIX } from '../tags';

export type FigureKind = 'value' | 'change' | 'yoy';

export interface FigureRef {
  unit: string;
  /** The figure's year; for change and yoy, the later of the two years compared. */
  year: number;
  indicator: string;
  kind: FigureKind;
}

export interface FigureTableRef {
  unit: string;
  /** The report year: the table compares year − 1 with year. */
  year: number;
}

const KIND_CODES: Record<FigureKind, string> = { value: 'v', change: 'c', yoy: 'y' };
const KINDS_BY_CODE: Record<string, FigureKind> = { v: 'value', c: 'change', y: 'yoy' };

const escapeName = (name: string) => name.replace(/%/g, '%25').replace(/:/g, '%3A');

function unescapeName(text: string): string | undefined {
  // Only our two escapes are valid; anything else is not a tag we wrote.
  if (/%(?!25|3A)/.test(text)) return undefined;
  return text.replace(/%(25|3A)/g, (escape) => (escape === '%25' ? '%' : ':'));
}

function checkYear(year: number): string {
  if (!Number.isInteger(year) || year < 0) throw new RangeError(`not a year: ${year}`);
  return String(year);
}

export function figureTag(ref: FigureRef): string {
  return `${TAG_PREFIX}:fig:${KIND_CODES[ref.kind]}:${checkYear(ref.year)}:${escapeName(ref.unit)}:${escapeName(ref.indicator)}`;
}

export function parseFigureTag(tag: string): FigureRef | undefined {
  const match = /^report-assistant:fig:([vcy]):(\d{1,6}):([^:]*):([^:]*)$/.exec(tag);
  if (!match) return undefined;
  const unit = unescapeName(match[3] as string);
  const indicator = unescapeName(match[4] as string);
  if (unit === undefined || indicator === undefined || String(Number(match[2])) !== match[2]) return undefined;
  return { unit, year: Number(match[2]), indicator, kind: KINDS_BY_CODE[match[1] as string] as FigureKind };
}

/** A comparison table (figtable) and the caption above it (figcaption): the same unit and report year. */
type TableKind = 'figtable' | 'figcaption';

function tableKindTag(kind: TableKind, ref: FigureTableRef): string {
  return `${TAG_PREFIX}:${kind}:${checkYear(ref.year)}:${escapeName(ref.unit)}`;
}

function parseTableKindTag(kind: TableKind, tag: string): FigureTableRef | undefined {
  const match = /^report-assistant:([a-z]+):(\d{1,6}):([^:]*)$/.exec(tag);
  if (!match || match[1] !== kind || String(Number(match[2])) !== match[2]) return undefined;
  const unit = unescapeName(match[3] as string);
  return unit === undefined ? undefined : { unit, year: Number(match[2]) };
}

export const figureTableTag = (ref: FigureTableRef): string => tableKindTag('figtable', ref);
export const parseFigureTableTag = (tag: string): FigureTableRef | undefined => parseTableKindTag('figtable', tag);
/** The caption above a comparison table is a link too, so rolling forward renames its years with the table's. */
export const figureCaptionTag = (ref: FigureTableRef): string => tableKindTag('figcaption', ref);
export const parseFigureCaptionTag = (tag: string): FigureTableRef | undefined => parseTableKindTag('figcaption', tag);

/** The same link one year on: last year's report, reused as this year's draft, points at this year's figures. */
export function rollForward<T extends FigureRef | FigureTableRef>(ref: T): T {
  return { ...ref, year: ref.year + 1 };
}

/** Rolls a tag of ours forward; undefined for any other tag (the adapter leaves those alone). */
export function rollForwardTag(tag: string): string | undefined {
  const figure = parseFigureTag(tag);
  if (figure) return figureTag(rollForward(figure));
  const table = parseFigureTableTag(tag);
  if (table) return figureTableTag(rollForward(table));
  const caption = parseFigureCaptionTag(tag);
  return caption ? figureCaptionTag(rollForward(caption)) : undefined;
}

/** The figure links among a block's tags (outermost first). */
export function figureRefsOf(tags: readonly string[]): FigureRef[] {
  return tags.map(parseFigureTag).filter((ref): ref is FigureRef => ref !== undefined);
}
