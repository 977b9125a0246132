import type { Block } from './document';
import { looksBackFrom, openingYear, yearsAt, yearsNamed } from './dates';
import type { LineShape } from './headings';
import { toHalfWidth } from './numerals';
import type { Heading } from './parts';
import type { Profile } from './profile';
import type { Frame } from './structure';
import { reportNamedIn } from './title';

export type YearSource = 'title' | 'opening' | 'heading' | 'date';

/** Opening paragraphs read for the year: the preamble is short. */
const OPENING_PARAGRAPHS = 6;
/** How far after its year a sentence names the report (现将我局2023年度法治政府建设工作报告如下), and how long that is. */
const NAME_AFTER_YEAR = 12;
const NAME_CHARS = 50;
/** The statistics period of the year: 自2023年1月1日起至…12月31日止, 截至2023年12月31日. */
const STATISTICS_PERIOD = /(\d{4})\s*年\s*1\s*月\s*1\s*日\s*(?:起\s*)?(?:至|到|—|－|-)|截[至止]\s*(\d{4})\s*年\s*12\s*月\s*31\s*日|(\d{4})\s*年\s*12\s*月\s*31\s*日\s*止/;

/**
 * The year the report is about: from the title; else from the opening — where a sentence names the report
 * (现将我局2023年度…报告如下), the statistics period, a paragraph that opens with its year (2024年，…), else the
 * first year the opening names (none looked back from: 2019年以来); else a part heading's year (less its part-year
 * offset); else the date's year minus one. The opening is the text between the title and
 * the first heading, or the first paragraph under it when a page starts at 一、总体情况.
 */
export function reportYear(
  frame: Frame,
  headings: readonly Heading[],
  shapes: readonly LineShape[],
  blocks: readonly Block[],
  profile: Profile,
): { year: number; source: YearSource } | undefined {
  const fromTitle = frame.title ? yearsNamed(frame.title.text)[0] : undefined;
  if (fromTitle) return { year: fromTitle, source: 'title' };
  const opening = openingParagraphs(frame, headings, shapes, blocks).map(toHalfWidth);
  const readers: Array<(text: string) => number | undefined> = [
    (text) => yearNamingReport(text, profile),
    (text) => {
      const period = STATISTICS_PERIOD.exec(text);
      return period ? Number(period[1] ?? period[2] ?? period[3]) : undefined;
    },
    openingYear,
  ];
  for (const read of readers) {
    const year = opening.map(read).find((y) => y !== undefined);
    if (year) return { year, source: 'opening' };
  }
  const lead = opening[0];
  const first = lead === undefined ? undefined : yearsAt(lead).find(({ at }) => !looksBackFrom(lead, at))?.year;
  if (first) return { year: first, source: 'opening' };
  // A part heading naming its year, alone of its part's (a title in a text box the host cannot read, no opening).
  const named = yearOfPartHeadings(headings, profile);
  if (named) return { year: named, source: 'heading' };
  const dated = frame.date?.value?.year;
  return dated ? { year: dated - 1, source: 'date' } : undefined;
}

function openingParagraphs(frame: Frame, headings: readonly Heading[], shapes: readonly LineShape[], blocks: readonly Block[]): string[] {
  const headingAt = new Set(headings.map((h) => h.index));
  const firstHeading = headings[0]?.index ?? frame.closingStart;
  // Under a heading, its text counts too when it runs on in the heading's line (一、总体情况 2021年，…).
  const texts = (from: number, to: number, runOn: boolean) => {
    const found: string[] = [];
    for (let i = from; i < to && found.length < OPENING_PARAGRAPHS; i++) {
      const shape = shapes[i];
      if (!shape?.title || blocks[i]?.kind === 'table-cell') continue;
      if (!headingAt.has(i)) found.push(blocks[i]?.text ?? '');
      else if (runOn && shape.runsOn) found.push(shape.title.slice(shape.head.length));
    }
    return found;
  };
  const preamble = texts(frame.bodyStart, firstHeading, false);
  return preamble.length ? preamble : texts(firstHeading, frame.closingStart, true).slice(0, 1);
}

/** The first year a naming of the report follows closely (…2023年度法治政府建设工作报告…). */
function yearNamingReport(text: string, profile: Profile): number | undefined {
  return yearsAt(text).find(({ at }) => reportNamedIn(text.slice(at, at + NAME_CHARS), profile).some((name) => name.start <= NAME_AFTER_YEAR))?.year;
}

/** The year the first part heading naming one is about, less the years after the report's its part-year rule sets. */
function yearOfPartHeadings(headings: readonly Heading[], profile: Profile): number | undefined {
  const offsets = new Map<string, number>();
  for (const rule of profile.rules) if (rule.rule === 'part-year') offsets.set(rule.part, rule.offset);
  for (const heading of headings) {
    // A heading of two parts (存在的不足和2025年工作打算) does not say whose year it names.
    const part = heading.parts.length === 1 ? heading.parts[0] : undefined;
    const first = part === undefined ? undefined : yearsAt(heading.shape.head)[0];
    // Not one it looks back from (2022年以来推进…): openingYear read from where the year stands.
    const year = first && openingYear(heading.shape.head.slice(first.at));
    if (part !== undefined && year) return year - (offsets.get(part) ?? 0);
  }
  return undefined;
}
