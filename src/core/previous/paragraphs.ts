/**
 * The running text of a report's sections, as the comparison with last year's report reads it: each body line
 * under a part's heading (sub-headings, prompts and table cells left out), its sentences that every report uses
 * left out too (./standard-phrases.json), keyed as ./text-keys says.
 */
import type { Analysis } from '../analysis';
import STANDARD from './standard-phrases.json';
import { bigramsOf, sentencesOf, textKey, type Grams } from './text-keys';

/** A line shorter than this (in key characters) is too short to call copied: a 做好以下工作： says nothing. */
export const MIN_KEY_CHARS = 12;

export interface BodyLine {
  /** The line's index in the analysis (its lines), and the part whose section holds it. */
  at: number;
  part: string;
  text: string;
  /** The comparison key, standard sentences left out; its length weighs the line in its part's share. */
  key: string;
}

// One alternation, so each sentence is scanned once rather than once per phrase.
const STANDARD_SENTENCE = new RegExp(STANDARD.sentences.map((s) => `(?:${s.pattern})`).join('|'), 'u');

export function isStandardSentence(sentence: string): boolean {
  return STANDARD_SENTENCE.test(sentence.trim());
}

/** Each section part's lines after its heading, up to the next part's heading (a part inside another ends it). */
export function sectionRanges(analysis: Analysis): Array<{ part: string; start: number; end: number }> {
  const sections = analysis.parts.filter((p) => p.heading).sort((x, y) => (x.heading?.index ?? 0) - (y.heading?.index ?? 0));
  return sections.map((part, n) => {
    const heading = part.heading!;
    const next = sections[n + 1]?.heading;
    return { part: part.id, start: heading.index + 1, end: next && next.index < heading.end ? next.index : heading.end };
  });
}

/** A line that is the report's own running text (not a prompt, a table cell or a contents line). */
export function isRunningText(analysis: Analysis, at: number): boolean {
  const block = analysis.blocks[at];
  return !!block && !analysis.prompts[at] && block.kind !== 'table-cell' && block.kind !== 'contents-entry' && block.text.trim() !== '';
}

const KEYS = new WeakMap<Analysis, Map<number, string>>();

/** A line's whole text as a key, worked out once per analysis: the carried-over text and the plans both read it. */
export function lineKey(analysis: Analysis, at: number): string {
  const keys = KEYS.get(analysis) ?? KEYS.set(analysis, new Map()).get(analysis)!;
  let key = keys.get(at);
  if (key === undefined) keys.set(at, (key = textKey(analysis.blocks[at]!.text)));
  return key;
}

const LINES = new WeakMap<Analysis, readonly BodyLine[]>();

/** The section lines of each part (sub-headings left out), in document order; read once per analysis. */
export function bodyLines(analysis: Analysis): readonly BodyLine[] {
  const known = LINES.get(analysis);
  if (known) return known;
  // A sub-heading is a label, not text; one with its text run on after it (（一）建成…。依托…) is text.
  const headingAt = new Set(analysis.headings.filter((h) => !h.shape.runsOn).map((h) => h.index));
  const lines: BodyLine[] = [];
  for (const { part, start, end } of sectionRanges(analysis)) {
    for (let at = start; at < end; at++) {
      const block = analysis.blocks[at]!;
      if (headingAt.has(at) || !isRunningText(analysis, at)) continue;
      const sentences = sentencesOf(block.text);
      const kept = sentences.filter((s) => !isStandardSentence(s));
      const key = kept.length === sentences.length ? lineKey(analysis, at) : textKey(kept.join(''));
      if (key.length < MIN_KEY_CHARS) continue;
      lines.push({ at, part, text: block.text, key });
    }
  }
  LINES.set(analysis, lines);
  return lines;
}

const GRAMS = new WeakMap<readonly BodyLine[], readonly Grams[]>();

/**
 * The lines' grams, worked out when first asked for: a report rolled forward matches line for line by key and
 * needs none.
 */
export function gramsOfLines(lines: readonly BodyLine[]): readonly Grams[] {
  const known = GRAMS.get(lines);
  if (known) return known;
  const grams = bigramsOf(lines.map((line) => line.key));
  GRAMS.set(lines, grams);
  return grams;
}
