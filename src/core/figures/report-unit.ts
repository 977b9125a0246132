/**
 * Which unit and year a report is of — decided here only. Its unit among those a data file names: the unit its
 * linked figures carry (the most common), else the longest unit the first of its title, the unit line above the
 * title or its signature names, else the name the writer gave (--unit, or before in the pane), else the file's only
 * unit. Its unit by name alone (a summary's column, pairing last year's report with this year's): the signature,
 * else the unit line, else the title's words before 关于. The year is the report year.
 */
import type { Analysis } from '../analysis';
import type { ReportDocument } from '../document';
import { nameKey } from './dataset';
import { linkedFiguresOf } from './linking';
import { parseFigureTag } from './tags';

/** What the document tells of its unit and year: where it names its unit (in that order), its report year. */
export interface ReportFacts {
  namePlaces: string[];
  year?: number;
}

const YEAR_PREFIX = /^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年度?/;
/** 松川县司法局2023年度法治政府建设情况报告: the unit is the words before the year. */
const TITLE_UNIT_BEFORE_YEAR = /^(\S.*?)\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年/;

export function reportFacts(analysis: Pick<Analysis, 'frame' | 'reportYear' | 'prompts'>): ReportFacts {
  const { title, unitLine, signature } = analysis.frame;
  const written = signature && !analysis.prompts[signature.index] ? signature.text : undefined;
  const namePlaces = [title?.text, unitLine?.text, written].filter((text): text is string => !!text);
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

/** The unit as the report names itself: its signature, else the line above the title, else the title's words before 关于 or the year. */
export function unitOf(analysis: Pick<Analysis, 'frame' | 'prompts'>): string | null {
  const { head, signature } = unitsNamed(analysis);
  return signature ?? head;
}

/**
 * The unit the report names at its head (the line above the title, else the title's words before 关于 or the year)
 * and the one its signature names, each null when not named there.
 */
export function unitsNamed(analysis: Pick<Analysis, 'frame' | 'prompts'>): { head: string | null; signature: string | null } {
  const { frame, prompts } = analysis;
  const signature = frame.signature && !prompts[frame.signature.index] ? frame.signature.text.trim() : '';
  const unitLine = frame.unitLine?.text.trim();
  const title = (frame.title?.text ?? '').trim().replace(/^关于/, '');
  const beforeAbout = title.match(/^(.+?)关于/)?.[1]?.replace(YEAR_PREFIX, '').trim();
  const head = unitLine || beforeAbout || title.match(TITLE_UNIT_BEFORE_YEAR)?.[1]?.trim() || '';
  return { head: head || null, signature: signature || null };
}

/**
 * The report's unit among a data file's `units`; undefined when nothing tells it, so one unit's cross-checks are
 * never charged to another's report.
 */
export function reportUnit(doc: ReportDocument, analysis: Analysis, units: readonly string[], given?: string): string | undefined {
  const inData = (name: string) => units.find((u) => nameKey(u) === nameKey(name));
  const counts = new Map<string, number>();
  for (const link of linkedFiguresOf(doc.blocks)) {
    const unit = inData(parseFigureTag(link.tag)?.unit ?? '');
    if (unit !== undefined) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  const linked = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (linked !== undefined) return linked;
  const named = unitAmong(reportFacts(analysis).namePlaces, units);
  if (named !== undefined) return named;
  if (given !== undefined) return inData(given) ?? given;
  return units.length === 1 ? units[0] : undefined;
}
