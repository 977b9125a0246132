import type { Block } from './document';
import { formatChineseCount, parseChineseCount, toHalfWidth } from './numerals';

/**
 * Heading numbering styles in the GB/T 9704 order (一、 （一） 1. （1）), plus 第一部分/第一章.
 * `naturalLevel` is the level a style has in a document that follows the standard.
 */
export type MarkerStyle = 'chapter' | 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren';

export const NATURAL_LEVEL: Record<MarkerStyle, number> = {
  chapter: 1,
  cn: 1,
  'cn-paren': 2,
  arabic: 3,
  'arabic-paren': 4,
};

export interface HeadingMarker {
  style: MarkerStyle;
  ordinal: number;
  /** The marker as written, e.g. "一、", "（二）", "2、". */
  raw: string;
  /** Written with a usual slip (一， 一. １、 ① Ⅰ、 壹、): read as its style, and the numbering check gives the right form. */
  slip?: true;
}

export interface LineShape {
  marker?: HeadingMarker;
  /** The text after the marker, with Markdown `#` and bold markers removed. */
  title: string;
  /** The heading proper: the title up to the first sentence end, for headings that run on into body text. */
  head: string;
  /** True when the line carries body text: text after the heading proper, or a whole sentence (ends in 。). */
  runsOn: boolean;
  /** Level the host declared: Word heading style or outline level, or Markdown `#`. */
  hostLevel?: number;
  /** A table's cell or row copied out as text with its borders (“第二十条第（一）项 |”): content, never a heading. */
  tableText?: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';
/** After a numbering dot: a year (2023年), or anything but a digit or dot, so 5.12 and 1.5亿 stay text. */
const DOT_NOT_DECIMAL = '(?=\\d{4}\\s*年|[^\\d.０-９．]|$)';
const DOT = `(?:[．.]${DOT_NOT_DECIMAL})`;
/** What writers type for 、: a comma, a colon, a full stop, 丶 (a look-alike). */
const SLIPPED_COMMA = `(?:[，,：:丶]|${DOT})`;
interface MarkerPattern {
  style: MarkerStyle;
  pattern: RegExp;
  /** The number's characters as plain digits or Chinese counting numerals (１ → 1, ① → 1, 壹 → 一, Ⅱ → 2). */
  token?: (written: string) => string;
  slip?: true;
}
const MARKERS: MarkerPattern[] = [
  { style: 'chapter', pattern: new RegExp(`^第\\s*(${CN}|\\d{1,2})\\s*(?:部分|章)[\\s、：:．.]*`) },
  // 一、 — but never 一是 (a run-in item) or 一般 (a word).
  { style: 'cn', pattern: new RegExp(`^(${CN})\\s*、\\s*`) },
  { style: 'cn-paren', pattern: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、．.]?\\s*`) },
  { style: 'arabic-paren', pattern: /^[（(]\s*(\d{1,2})\s*[）)]\s*[、．.]?\s*/ },
  // 1. 1、 1． — but not 5.12 or 1.1 (dates, decimals, section numbers); 3.2023年 is a heading.
  { style: 'arabic', pattern: new RegExp(`^(\\d{1,2})\\s*(?:、|${DOT})\\s*`) },
  // The usual slips: 一， 一： 一. 一丶; Ⅰ、; １、; ①.
  { style: 'cn', pattern: new RegExp(`^(${CN})\\s*${SLIPPED_COMMA}\\s*`), slip: true },
  { style: 'cn', pattern: new RegExp(`^([\\u2160-\\u216b])\\s*(?:、|${SLIPPED_COMMA})\\s*`), token: (r) => String(r.charCodeAt(0) - 0x215f), slip: true },
  { style: 'arabic', pattern: new RegExp(`^([０-９]{1,2})\\s*(?:、|${DOT})\\s*`), slip: true },
  { style: 'arabic', pattern: /^([\u2460-\u2473])\s*[、．.]?\s*/, token: (r) => String(r.charCodeAt(0) - 0x245f), slip: true },
];
/** What only Word's numbering writes (壹、 from chineseLegalSimplified, 甲、 from ideographTraditional); typed, 甲、乙双方 is prose. */
const LIST_MARKERS: MarkerPattern[] = [
  { style: 'cn', pattern: new RegExp(`^([壹贰叁肆伍陆柒捌玖拾]{1,3})\\s*(?:、|${SLIPPED_COMMA})\\s*`), token: (r) => [...r].map((c) => '一二三四五六七八九十'['壹贰叁肆伍陆柒捌玖拾'.indexOf(c)]).join(''), slip: true },
  { style: 'cn', pattern: new RegExp(`^([甲乙丙丁戊己庚辛壬癸])\\s*(?:、|${SLIPPED_COMMA})\\s*`), token: (r) => String('甲乙丙丁戊己庚辛壬癸'.indexOf(r) + 1), slip: true },
];

/** How a marker of a style is written, in the GB/T 9704 forms the scaffold also uses. */
export function formatMarker(style: MarkerStyle, ordinal: number): string {
  switch (style) {
    case 'chapter':
      return `第${formatChineseCount(ordinal)}部分`;
    case 'cn':
      return `${formatChineseCount(ordinal)}、`;
    case 'cn-paren':
      return `（${formatChineseCount(ordinal)}）`;
    case 'arabic':
      return `${ordinal}.`;
    case 'arabic-paren':
      return `（${ordinal}）`;
  }
}

/** Leading white space a pasted report carries, including the ideographic space (U+3000). */
const LEADING_SPACE = /^[\s\u3000\u00a0\ufeff]+/;

/**
 * The characters a marker can start with (every pattern above starts with one): most lines are sentences, and one
 * test of their first character spares trying each pattern on them.
 */
const MARKER_START = /^[第一二三四五六七八九十（(0-9\u2160-\u216b０-９\u2460-\u2473]/;
const LIST_MARKER_START = /^[壹贰叁肆伍陆柒捌玖拾甲乙丙丁戊己庚辛壬癸]/;

/** A line's heading number; `fromList` also takes the forms only Word's numbering writes. */
export function parseMarker(text: string, fromList = false): { marker: HeadingMarker; rest: string } | undefined {
  const line = text.replace(LEADING_SPACE, '');
  if (!MARKER_START.test(line) && !(fromList && LIST_MARKER_START.test(line))) return undefined;
  for (const { style, pattern, token: plain, slip } of fromList ? [...MARKERS, ...LIST_MARKERS] : MARKERS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const written = match[1] ?? '';
    const token = toHalfWidth(plain ? plain(written) : written);
    const ordinal = /^\d+$/.test(token) ? Number(token) : parseChineseCount(token);
    if (ordinal === undefined || ordinal < 1) continue;
    return { marker: { style, ordinal, raw: match[0].trim(), ...(slip ? { slip } : {}) }, rest: line.slice(match[0].length) };
  }
  return undefined;
}

/** Removes Markdown heading hashes and bold/italic wrappers: "## **二、总体情况**" → "二、总体情况". */
function stripMarkdown(text: string): { text: string; markdownLevel?: number } {
  let line = text.replace(LEADING_SPACE, '');
  // Most lines have no Markdown at all.
  if (!line.startsWith('#') && !line.includes('*') && !line.includes('_')) return { text: line.trim() };
  let markdownLevel: number | undefined;
  const hashes = /^(#{1,6})\s+/.exec(line);
  if (hashes) {
    markdownLevel = hashes[1]?.length;
    line = line.slice(hashes[0].length);
  }
  line = line.replace(/^(\*{1,3}|_{2,3})(.*?)\1\s*$/, '$2').replace(/\*\*/g, '');
  return { text: line.trim(), markdownLevel };
}

const SENTENCE_END = /[。！？；!?;]|[：:](?=.)/;
/** Cell borders of a table pasted as text: a pipe at either end of the line. */
const TABLE_BORDERS = /^\s*[|｜]|[|｜]\s*$/;

/** A cell border, ASCII or full-width: looked for on every line, so by two scans rather than a pattern. */
function hasPipe(text: string): boolean {
  return text.includes('|') || text.includes('｜');
}

export function shapeOf(block: Block): LineShape {
  const { text: markdownFree, markdownLevel } = stripMarkdown(block.text);
  const piped = hasPipe(markdownFree);
  const bordered = piped && TABLE_BORDERS.test(markdownFree);
  const text = bordered ? markdownFree.replace(/^[\s|｜]+|[\s|｜]+$/g, '') : markdownFree;
  const hostLevel = block.level ?? markdownLevel;
  const fromList = block.listString ? parseMarker(block.listString, true) : undefined;
  const fromText = fromList ? undefined : parseMarker(text);
  const marker = fromList?.marker ?? fromText?.marker;
  const title = (fromText ? fromText.rest : text).replace(LEADING_SPACE, '').trim();
  const { head, runsOn } = headOf(title);
  // A bordered cell alone on its line, or cells as the line's first words; a heading with a table run on after it is not.
  const tableText = piped && (hasPipe(head) || (bordered && !hasPipe(title)));
  return { marker, title, head, runsOn, hostLevel, ...(tableText ? { tableText } : {}) };
}

/**
 * The heading proper of a line: up to the first sentence end; or, when that is too long for a heading, up to a
 * gap of spaces where web pages run a heading into its text (“一、总体情况 根据《条例》…”).
 */
/** A sentence's last mark, as a title's last character: the line is a sentence. */
const SENTENCE_LAST = '。！？!?';
const NON_SPACE = /\S/g;

/** Whether anything but white space follows `from` (without copying the rest of a long line). */
function wordsFrom(text: string, from: number): boolean {
  NON_SPACE.lastIndex = from;
  return NON_SPACE.test(text);
}

export function headOf(title: string): { head: string; runsOn: boolean } {
  const end = SENTENCE_END.exec(title);
  const head = (end ? title.slice(0, end.index) : title).trim();
  const runsOn = (!!end && wordsFrom(title, end.index + 1)) || (title.length > 0 && SENTENCE_LAST.includes(title.charAt(title.length - 1)));
  // A heading proper never holds a table's cell borders: they are what ran into it.
  if (head.length <= MAX_HEADING_CHARS && !hasPipe(head)) return { head, runsOn };
  const gap = /[\s\u3000]+/.exec(title);
  // A gap after a number is inside the heading (2025 年推进…), not its end.
  if (gap && gap.index >= 2 && gap.index <= MAX_HEADING_CHARS && !/[\d，,、]$/.test(title.slice(0, gap.index))) {
    return { head: title.slice(0, gap.index), runsOn: true };
  }
  return { head, runsOn };
}

/** Longest heading we believe: longer numbered lines are numbered paragraphs, not headings. */
export const MAX_HEADING_CHARS = 60;

/**
 * Whether a line can be a heading at all: a numbered line with a short head, or one the host styled
 * as a heading. Unnumbered, unstyled short lines are decided later, by whether they name a part.
 */
export function isHeadingShape(shape: LineShape): boolean {
  if (!shape.head) return false;
  if (shape.marker) return shape.head.length <= MAX_HEADING_CHARS;
  return shape.hostLevel !== undefined && shape.title.length <= 2 * MAX_HEADING_CHARS;
}

/** A short unnumbered line with no sentence punctuation, e.g. "存在的问题和不足". */
export function isBareHeadingShape(shape: LineShape): boolean {
  return !shape.marker && !shape.runsOn && shape.title.length > 0 && shape.title.length <= 40 && !/[。，；！？,;]/.test(shape.title);
}
