/**
 * What linked figures should say: the comparison table the pane inserts, the text each link shows now,
 * and the updates behind "refresh all" and "roll forward". Pure: the host applies the updates.
 */
import type { Block } from '../document';
import { text as catalogText } from '../i18n/catalog';
import type { Lang } from '../profile';
import { TAG_PREFIX } from '../tags';
import type { ComparisonRow } from './compare';
import type { Dataset } from './dataset';
import type { LinkedFigure } from './findings';
import { figureText, holdsTypedWords } from './findings';
import { formatChange, isPercentMeasure, NO_FIGURE } from './format';
import { COMPARISON_HEADINGS } from './messages';
import { figureCaptionTag, figureTableTag, figureTag, parseFigureCaptionTag, parseFigureTableTag, parseFigureTag, rollForward, rollForwardTag, type FigureKind, type FigureRef } from './tags';

/** A comparison table's year headings are links too, so rolling the table forward renames its columns. */
const YEAR_TAG = /^report-assistant:figyear:(\d{1,6})$/;

export function yearLabelTag(year: number): string {
  return `${TAG_PREFIX}:figyear:${year}`;
}

/** Links whose control holds just their text (a figure, a year heading, a caption), so a host may replace it; a table's may not. */
export function isTextLink(tag: string): boolean {
  return parseFigureTag(tag) !== undefined || YEAR_TAG.test(tag) || parseFigureCaptionTag(tag) !== undefined;
}

/** Every content control the figures feature owns: figures, comparison tables, their captions and year headings. */
export function isFigureLink(tag: string): boolean {
  return isTextLink(tag) || parseFigureTableTag(tag) !== undefined;
}

export interface TableCell {
  text: string;
  tag?: string;
}

/** 指标 | Y−1 | Y | 增减 | 同比, a row per indicator under the pane's caption; every number cell linked to what it shows. */
export function comparisonTable(rows: readonly ComparisonRow[], unit: string, year: number, lang: Lang): { tag: string; caption: Required<TableCell>; cells: TableCell[][] } {
  const headings = COMPARISON_HEADINGS[lang];
  const yearCell = (y: number): TableCell => ({ text: yearLabel(y, lang), tag: yearLabelTag(y) });
  const link = (row: ComparisonRow, kind: FigureKind, y: number, text: string): TableCell => ({ text, tag: figureTag({ unit, year: y, indicator: row.indicator, kind }) });
  const header: TableCell[] = [{ text: headings.indicator }, yearCell(year - 1), yearCell(year), { text: headings.change }, { text: headings.yoy }];
  const body = rows.map((row) => [
    { text: row.measure ? `${row.indicator}（${row.measure}）` : row.indicator },
    link(row, 'value', year - 1, row.formatted.prior),
    link(row, 'value', year, row.formatted.current),
    link(row, 'change', year, formatChange(row.change, row.measure)),
    // A rate has no relative 同比 (its change is in points): the cell says so, unlinked.
    row.changeInPoints ? { text: NO_FIGURE } : link(row, 'yoy', year, row.formatted.yoy),
  ]);
  const caption = { text: captionText(unit, year, lang), tag: figureCaptionTag({ unit, year }) };
  return { tag: figureTableTag({ unit, year }), caption, cells: [header, ...body] };
}

/** The caption the pane shows over the comparison, word for word. */
function captionText(unit: string, year: number, lang: Lang): string {
  return catalogText('pane-figures-table-caption', { unit, prior: year - 1, year }, lang);
}

function yearLabel(year: number, lang: Lang): string {
  return COMPARISON_HEADINGS[lang].current.replace('{year}', String(year));
}

/** The text a link shows from the data now; undefined when the data has nothing for it (left as it is). */
export function linkText(tag: string, dataset: Dataset, lang: Lang = 'zh-CN'): string | undefined {
  const ref = parseFigureTag(tag);
  if (ref) return figureText(dataset, ref);
  const caption = parseFigureCaptionTag(tag);
  if (caption) return captionText(caption.unit, caption.year, lang);
  const year = YEAR_TAG.exec(tag)?.[1];
  return year === undefined ? undefined : yearLabel(Number(year), lang);
}

/** Refresh: each link whose text differs from the data gets the data's text (figureText); links it gives none for stay. */
export function refreshUpdate(dataset: Dataset, lang: Lang = 'zh-CN') {
  return (link: { tag: string; text: string }): { text: string } | undefined => {
    const text = linkText(link.tag, dataset, lang);
    return text !== undefined && text !== link.text ? { text } : undefined;
  };
}

/**
 * Roll forward: last year's report reused as this year's draft. Every link moves one year on and shows the
 * new year's figure, or NO_FIGURE where the data has none yet, so no old number stays under a new label.
 */
export function rollForwardUpdate(dataset: Dataset, lang: Lang = 'zh-CN') {
  return (link: { tag: string; text: string }): { tag: string; text?: string } | undefined => {
    const year = YEAR_TAG.exec(link.tag)?.[1];
    const tag = year !== undefined ? yearLabelTag(Number(year) + 1) : rollForwardTag(link.tag);
    if (tag === undefined) return undefined;
    if (parseFigureTableTag(tag)) return { tag };
    return { tag, text: linkText(tag, dataset, lang) ?? NO_FIGURE };
  };
}

/** Why an update left a link as it was: words the writer typed into it, or a control locked for editing. */
export interface LinksLeft {
  typed: Array<{ tag: string; text: string }>;
  locked: Array<{ tag: string; text: string }>;
}

/**
 * An update (refresh, roll forward) that leaves alone, and lists in `left`, every control holding words the writer
 * typed and every control locked for editing (a locked one is never retagged either: its old figure would stand
 * under a new label).
 */
export function sparingWritersWords<U>(update: (link: { tag: string; text: string }) => U | undefined, left: LinksLeft) {
  return (link: { tag: string; text: string; locked?: boolean }): U | undefined => {
    if (link.locked) left.locked.push(link);
    else if (holdsTypedWords(link)) left.typed.push(link);
    else return update(link);
    return undefined;
  };
}

/** The linked figures the checker compares with the data: inline controls the host read with each block. */
export function linkedFiguresOf(blocks: readonly Block[]): LinkedFigure[] {
  const linked: LinkedFigure[] = [];
  for (const block of blocks) for (const link of block.links ?? []) if (parseFigureTag(link.tag)) linked.push({ ...link, at: block.index });
  return linked;
}

/** A block's linked figures: those around it (a table cell's control) and those inside it (a figure in a sentence), once each. */
export function figureRefsIn(block: Block): FigureRef[] {
  if (block.tags.length === 0 && !block.links?.length) return []; // most paragraphs: no content control
  const tags = new Set([...block.tags, ...(block.links ?? []).map((link) => link.tag)]);
  return [...tags].map(parseFigureTag).filter((ref): ref is FigureRef => ref !== undefined);
}

/** Before rolling forward: how many linked figures there are, and how many the file has no figure for a year on. */
export function rollForwardGaps(blocks: readonly Block[], dataset: Dataset): { links: number; missing: number; year?: number } {
  const refs = blocks.flatMap(figureRefsIn);
  const missing = refs.filter((ref) => figureText(dataset, rollForward(ref)) === undefined).length;
  const year = refs.length ? Math.max(...refs.map((ref) => ref.year)) + 1 : undefined;
  return { links: refs.length, missing, year };
}

/** A single figure to put in a sentence: the report year's value of an indicator. */
export function figureLink(ref: FigureRef, dataset: Dataset): { tag: string; text: string } {
  return { tag: figureTag(ref), text: figureText(dataset, ref) ?? NO_FIGURE };
}

/**
 * The measure a figure is read in (42 → 件), to follow it in the sentence; none for a rate (97% carries its own),
 * a figure the data lacks (—), or data without one.
 */
export function figureMeasure(ref: FigureRef, dataset: Dataset): string | undefined {
  const record = dataset.lookup(ref.unit, ref.year, ref.indicator);
  const measure = record?.measure.trim() ?? '';
  if (ref.kind !== 'value' || record?.value === null || record?.value === undefined || !measure) return undefined;
  return isPercentMeasure(measure) || measure === '‰' ? undefined : measure;
}
