import { makeBlock, type Block } from './document';
import { MAX_HEADING_CHARS, parseMarker, type MarkerStyle } from './headings';

/**
 * Reports some sites (and mirrors) serve with their paragraphs run together on one line: “…如下。一、总体情况
 * 2024年，…。（一）主动公开情况 …”. Such a line is read as the lines it was, split before each heading number
 * that continues the report's numbering, so its headings are found. The lines are still the host's paragraphs:
 * `hostIndex` gives the paragraph each read line came from.
 */
export interface ReadLines {
  blocks: readonly Block[];
  /** For each read line, the index of the host's block it is part of; undefined when nothing was split. */
  hostIndex?: number[];
}

/** Heading numbers inside a line: 一、 （一） 第一部分 — not 十一、's tail, 一、二级's list, or 第（一）项's item. */
const INLINE_MARKER = /第[一二三四五六七八九十]{1,3}部分|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]{1,3}[、级类])|(?<!第\s*)[（(][一二三四五六七八九十]{1,3}[）)](?![项款条目])/g;
/** Tested on a line's last two characters only (the text before a number may be the whole rest of a long line). */
const ENDS_SENTENCE = /[。！？；!?;：:|｜][”’」』）)]?$/;
const SENTENCE_INSIDE = /[。！？；!?;]/;
/** A numbered label straight against a cell border is a table's row (四、结转下年度继续办理 | 0 |), not a heading. */
const TABLE_ROW = /^\S{1,40}?\s*[|｜]/;
const TOP_STYLES: readonly MarkerStyle[] = ['chapter', 'cn'];
/** A line read whole (most lines): one empty list for them all. */
const NO_CUTS: readonly number[] = [];

export function splitRunTogether(blocks: readonly Block[]): ReadLines {
  const numbering = new NumberingSoFar();
  const cuts = blocks.map((block) => {
    const start = block.kind === 'table-cell' ? undefined : parseMarker(block.listString ?? block.text)?.marker;
    if (start) numbering.note(start.style, start.ordinal);
    if (block.kind === 'table-cell' || block.text.length < 2 * MAX_HEADING_CHARS) return NO_CUTS;
    return cutsIn(block.text, !!start, numbering);
  });
  if (cuts.every((c) => c.length === 0)) return { blocks };
  const read: Block[] = [];
  const hostIndex: number[] = [];
  blocks.forEach(({ index: _index, text, ...block }, host) => {
    const at = [0, ...(cuts[host] as number[])];
    at.forEach((from, k) => {
      // The paragraph's own level, list label and inline links belong to its first line.
      const own = k === 0 ? {} : { level: undefined, listString: undefined, links: undefined };
      read.push(makeBlock(read.length, text.slice(from, at[k + 1] ?? text.length), { ...block, ...own }));
      hostIndex.push(host);
    });
  });
  return { blocks: read, hostIndex };
}

/**
 * Where a line's paragraphs were run together: before each heading number that follows a sentence end, or that
 * follows a heading run straight into it (一、主要举措和成效（一）加强组织领导…), and continues the numbering.
 */
function cutsIn(text: string, startsWithHeading: boolean, numbering: NumberingSoFar): number[] {
  const cuts: number[] = [];
  let lastCut = 0;
  let lastIsHeading = startsWithHeading;
  for (const match of text.matchAll(INLINE_MARKER)) {
    const at = match.index ?? 0;
    if (at === 0) continue;
    const before = text.slice(lastCut, at);
    const afterHeading = lastIsHeading && before.trim().length <= MAX_HEADING_CHARS && !SENTENCE_INSIDE.test(before);
    if (!endsSentence(before) && !afterHeading) continue;
    const parsed = parseMarker(text.slice(at));
    if (!parsed || TABLE_ROW.test(parsed.rest) || !numbering.isNext(parsed.marker.style, parsed.marker.ordinal)) continue;
    numbering.note(parsed.marker.style, parsed.marker.ordinal);
    cuts.push(at);
    lastCut = at;
    lastIsHeading = true;
  }
  return cuts;
}

/** A sentence end, a cell border or white space just before a heading number. */
function endsSentence(before: string): boolean {
  return /\s$/.test(before) || ENDS_SENTENCE.test(before.slice(-2));
}

/** The last ordinal seen at the top level (一、, 第一部分) and under it (（一）), in document order. */
class NumberingSoFar {
  private top = new Map<MarkerStyle, number>();
  private sub = 0;

  note(style: MarkerStyle, ordinal: number): void {
    if (TOP_STYLES.includes(style)) {
      this.top.set(style, ordinal);
      this.sub = 0;
    } else if (style === 'cn-paren') this.sub = ordinal;
  }

  isNext(style: MarkerStyle, ordinal: number): boolean {
    return ordinal === (TOP_STYLES.includes(style) ? (this.top.get(style) ?? 0) : this.sub) + 1;
  }
}
