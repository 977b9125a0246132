/**
 * What the wording checks read and how they place what they find: the report's own text (from the title to the
 * signature, prompts and a table of contents left out — not the web page around a pasted report), the year each block speaks of, and
 * findings that carry the exact words (start and length in the block's text) and the right form.
 */
import type { Analysis } from '../analysis';
import type { Words } from '../diagnostic';
import type { Params } from '../i18n/render';
import type { RuleFinding } from '../rules/rule';

/** The checked blocks' text joined by newlines, so each pattern runs once over the report, not once a paragraph. */
export interface Joined {
  text: string;
  /** Block indexes, and where each block's text starts in `text`. */
  blocks: number[];
  starts: number[];
}

const JOINED = new WeakMap<Analysis, Joined>();

export function joined(a: Analysis): Joined {
  let cached = JOINED.get(a);
  if (!cached) {
    const blocks: number[] = [];
    const starts: number[] = [];
    const from = a.frame.title?.start ?? 0;
    let text = '';
    for (let i = from; i < a.frame.closingStart; i++) {
      const block = a.blocks[i];
      // A table of contents repeats the headings' words: checked once, where the headings are.
      if (a.prompts[i] || !block?.text.trim() || block.kind === 'contents-entry') continue;
      if (text) text += '\n';
      blocks.push(i);
      starts.push(text.length);
      text += block.text;
    }
    JOINED.set(a, (cached = { text, blocks, starts }));
  }
  return cached;
}

/** Indexes of the blocks whose words are checked: the report's own text, from the title to the signature, prompts left out. */
export function checkedBlocks(a: Analysis): number[] {
  return joined(a).blocks;
}

export interface BlockMatch {
  /** The block's index, its text, and where the match starts in it. */
  index: number;
  text: string;
  start: number;
  match: RegExpMatchArray;
}

/** Every match of a global pattern in the checked blocks (a pattern never spans two: they are joined by "\n"). */
export function matchesIn(a: Analysis, pattern: RegExp): BlockMatch[] {
  const { text, blocks, starts } = joined(a);
  const found: BlockMatch[] = [];
  let k = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    while (k + 1 < starts.length && (starts[k + 1] as number) <= at) k++;
    const index = blocks[k] as number;
    found.push({ index, text: a.blocks[index]?.text ?? '', start: at - (starts[k] as number), match });
  }
  return found;
}

/**
 * The year a block speaks of: the report year, plus the offset of a part-year rule for the part holding it (the
 * plans are about next year). Undefined when the report year is unknown.
 */
export function yearOfBlock(a: Analysis, index: number): number | undefined {
  if (a.reportYear === undefined) return undefined;
  return a.reportYear + partOffset(a, index);
}

/** True inside a part about a later year than the report's: the plans. */
export function inPlans(a: Analysis, index: number): boolean {
  return partOffset(a, index) > 0;
}

function partOffset(a: Analysis, index: number): number {
  for (const rule of a.profile.rules) {
    if (rule.rule !== 'part-year') continue;
    const heading = a.parts.find((p) => p.id === rule.part)?.heading;
    if (heading && heading.index <= index && index < heading.end) return rule.offset;
  }
  return 0;
}

/**
 * The latest day the report can have been written: its date, else 30 June of the year after the report year
 * (reports are due in the first quarter; a late one is still written by then).
 */
export function writtenBy(a: Analysis): string | undefined {
  const date = a.frame.date?.value;
  if (date) return isoDate(date.year, date.month, date.day);
  return a.reportYear === undefined ? undefined : `${a.reportYear + 1}-06-30`;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year of an ISO date or a bare year ("2022-10-22", "2016"). */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

const SENTENCE_END = /[。！？；!?;]/;

/** The sentence of `text` around [start, end): from after the previous sentence end to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to] as string)) to++;
  return text.slice(from, to);
}

/**
 * A finding on words of a block: `found` is the words (for the message); `words` places them and, when
 * `params.expected` can stand in their place (`replaces`), gives it as the right form.
 */
export function wordsFinding(code: string, at: number, start: number, found: string, params: Params = {}, replaces = true): RuleFinding {
  const expected = replaces && typeof params.expected === 'string' ? { expected: params.expected } : {};
  return { code, part: null, at, params: { ...params, found }, words: { start, length: found.length, text: found, ...expected } };
}

/** Drops findings whose words overlap an earlier one's in the same block (one fault, one finding). */
export function withoutOverlaps(findings: RuleFinding[]): RuleFinding[] {
  const kept: RuleFinding[] = [];
  const overlap = (x: Words, y: Words) => x.start < y.start + y.length && y.start < x.start + x.length;
  for (const f of findings) {
    if (!kept.some((k) => k.at === f.at && k.words && f.words && overlap(k.words, f.words))) kept.push(f);
  }
  return kept;
}
