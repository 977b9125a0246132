/**
 * Heading numbers as writers type them and as Word's numbering writes them, on a published sample's headings
 * (see word-made.ts): the typed slips (一， 一： 一. 一丶 Ⅰ、 １、 ①) and Word's w:numFmt formats other than the
 * standard ones, in the .docx and as the Word imitation's paragraphs (whose list label Word's API gives apart).
 */
import { parseMarker } from '../../src/core/headings';
import type { FakeParagraphInit } from '../../src/preview/fake-word';
import type { BodySpec, NumberingSpec } from './ooxml';
import type { SampleLine } from './word-made';

/** Typed slips for a top-level number (一、) and a third-level one (1.), by ordinal. */
const TOP_SLIPS: ReadonlyArray<(n: number) => string> = [
  (n) => `${cn(n)}，`, (n) => `${cn(n)}：`, (n) => `${cn(n)}.`, (n) => `${cn(n)}丶`, (n) => `${String.fromCharCode(0x215f + n)}、`,
];
const ITEM_SLIPS: ReadonlyArray<(n: number) => string> = [(n) => `${fullWidth(n)}、`, (n) => String.fromCharCode(0x245f + n)];

function fullWidth(n: number): string {
  return [...String(n)].map((digit) => String.fromCharCode(0xff10 + Number(digit))).join('');
}

function cn(n: number): string {
  return '一二三四五六七八九十'[n - 1] as string;
}

export interface SlippedLine extends SampleLine {
  /** The standard form the number should have had, for a line written with a slip. */
  rightForm?: string;
}

/** The sample with its 一、 and 1. numbers typed with the slips in turn; other lines as they are. */
export function withTypedSlips(lines: readonly SampleLine[]): SlippedLine[] {
  let slips = 0;
  return lines.map((line) => {
    const parsed = line.level !== undefined ? parseMarker(line.text) : undefined;
    if (!parsed || parsed.marker.ordinal > 9 || (parsed.marker.style !== 'cn' && parsed.marker.style !== 'arabic')) return line;
    const forms = parsed.marker.style === 'cn' ? TOP_SLIPS : ITEM_SLIPS;
    const slip = forms[slips++ % forms.length] as (n: number) => string;
    return { ...line, text: slip(parsed.marker.ordinal) + parsed.rest, rightForm: parsed.marker.style === 'cn' ? `${cn(parsed.marker.ordinal)}、` : `${parsed.marker.ordinal}.` };
  });
}

/** Word's formats writers pick, at the level whose standard form they stand for, with the label Word gives. */
export interface WordFormat {
  format: string;
  level: 1 | 3;
  label: (n: number) => string;
}
export const WORD_FORMATS: readonly WordFormat[] = [
  { format: 'chineseLegalSimplified', level: 1, label: (n) => `${'壹贰叁肆伍陆柒捌玖'[n - 1]}、` },
  { format: 'ideographTraditional', level: 1, label: (n) => `${'甲乙丙丁戊己庚辛壬'[n - 1]}、` },
  { format: 'decimalFullWidth', level: 3, label: (n) => `${fullWidth(n)}、` },
  { format: 'decimalEnclosedCircle', level: 3, label: (n) => String.fromCharCode(0x245f + n) },
];
const STANDARD_LEVELS = [
  { format: 'chineseCounting', text: '%1、', label: (n: number) => `${cn(n)}、` },
  { format: 'chineseCounting', text: '（%2）', label: (n: number) => `（${cn(n)}）` },
  { format: 'decimal', text: '%3.', label: (n: number) => `${n}.` },
];

/** The report's outline 一、 （一） 1. as a Word list, with one level in the format (lvlText "%1、", or "%1" for circled numbers). */
export function numberingWith({ format, level }: WordFormat): NumberingSpec {
  const levels = STANDARD_LEVELS.map((standard, i) => {
    if (i + 1 !== level) return { format: standard.format, text: standard.text };
    return { format, text: format === 'decimalEnclosedCircle' ? `%${level}` : `%${level}、` };
  });
  return { abstractNums: [{ id: 0, levels }], nums: [{ id: 1, abstractNumId: 0 }] };
}

/** The sample's numbered headings (levels 1-3) as list paragraphs with Word's numbers, their typed numbers removed. */
export function numberedBody(lines: readonly SampleLine[]): BodySpec[] {
  return listed(lines).map((item, i) => (item ? { kind: 'p', numbering: { numId: 1, ilvl: item.level - 1 }, content: item.rest } : (lines[i] as SampleLine).text));
}

/** The same as Word's API shows them: the text without its number, the number as the list item's label. */
export function numberedParagraphs(lines: readonly SampleLine[], word: WordFormat): FakeParagraphInit[] {
  return listed(lines).map((item, i) => {
    if (!item) return (lines[i] as SampleLine).text;
    const label = item.level === word.level ? word.label : standardLabel(item.level);
    return { text: item.rest, listString: label(item.count) };
  });
}

/** The lines a format numbers, with the standard form of Word's number there. */
export function formatted(lines: readonly SampleLine[], word: WordFormat): Array<{ at: number; rightForm: string }> {
  return listed(lines).flatMap((item, at) => (item?.level === word.level ? [{ at, rightForm: standardLabel(word.level)(item.count) }] : []));
}

function standardLabel(level: number): (n: number) => string {
  return (STANDARD_LEVELS[level - 1] as { label: (n: number) => string }).label;
}

const STYLE_AT_LEVEL = ['cn', 'cn-paren', 'arabic'];

/** Each typed 一、 （一） 1. heading as a list item: its level, Word's count (a level restarts under a higher one), its text. */
function listed(lines: readonly SampleLine[]): Array<{ level: number; count: number; rest: string } | undefined> {
  const counts = [0, 0, 0];
  return lines.map((line) => {
    const parsed = line.level !== undefined && line.level <= 3 ? parseMarker(line.text) : undefined;
    if (!parsed || parsed.marker.style !== STYLE_AT_LEVEL[(line.level as number) - 1]) return undefined;
    const level = line.level as number;
    counts[level - 1] = (counts[level - 1] ?? 0) + 1;
    counts.fill(0, level);
    return { level, count: counts[level - 1] as number, rest: parsed.rest };
  });
}
