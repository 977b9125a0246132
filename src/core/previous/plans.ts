/**
 * Last year's plans, and whether this year's measures take them up. A plan item is a numbered line of last year's
 * 下一年度主要安排 (（一）, 1., 一、 or a sub-heading, with the text under it) or a run-in (一是…，二是…). Its key
 * terms are its bigrams less the words every plan uses (./generic-terms.json); it is taken up when one line of
 * this year's measures (with the sub-heading over it) holds at least PLAN_TAKEN_UP of them, or of
 * the terms of its first sentence (the plan's name).
 */
import type { Analysis } from '../analysis';
import GENERIC from './generic-terms.json';
import { isRunningText, lineKey, sectionRanges } from './paragraphs';
import { bigrams, bigramsOf, gramPostings, sentencesOf, textKey, unionOf, type Grams } from './text-keys';

/** Share of a plan's key terms one measures line must hold: the half-taken-up fixture's items score 0.7–1, the others below 0.3. */
export const PLAN_TAKEN_UP = 0.5;
/** A plan with fewer key terms than this says too little to match (做好其他工作). */
const MIN_TERMS = 3;

export interface PlanItem {
  /** Last year's line the item starts on (in that analysis's lines), and its words. */
  previousAt: number;
  text: string;
}

export interface PlanCheck extends PlanItem {
  takenUp: boolean;
  /** This year's measures line that takes it up best, and the share of the plan's key terms it holds. */
  at: number | null;
  coverage: number;
}

const NUMBERED = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.、．]|[一二三四五六七八九十]+[、．.])/u;
const RUN_IN = /(?:^|(?<=[。；;，,：:]))\s*(?=[一二三四五六七八九十]+是)/u;
const GENERIC_GRAMS = new Set(GENERIC.bigrams.map((word) => bigrams(word)[0]));

/** The plan items of a part, in order. */
export function planItems(analysis: Analysis, part: string): PlanItem[] {
  const range = sectionRanges(analysis).find((r) => r.part === part);
  if (!range) return [];
  const headingAt = new Set(analysis.headings.map((h) => h.index));
  const items: PlanItem[] = [];
  let open: PlanItem | undefined; // a numbered line whose text under it is still being read
  for (let at = range.start; at < range.end; at++) {
    if (!isRunningText(analysis, at)) continue;
    const text = analysis.blocks[at]!.text.trim();
    const runIns = text.split(RUN_IN).filter((s) => /^\s*[一二三四五六七八九十]+是/u.test(s));
    if (runIns.length > 1) {
      items.push(...runIns.map((s) => ({ previousAt: at, text: s.trim().replace(/[；;，,]+$/u, '') })));
      open = undefined;
    } else if (headingAt.has(at) || NUMBERED.test(text)) items.push((open = { previousAt: at, text }));
    else if (open) open.text += text;
    else items.push({ previousAt: at, text });
  }
  return items;
}

function keyTerms(text: string): Grams {
  return bigrams(textKey(text)).filter((gram) => !GENERIC_GRAMS.has(gram));
}

/** Each of last year's plan items, with the line of this year's measures that takes it up (if any). */
export function checkPlans(current: Analysis, previous: Analysis, parts: { plans: string; measures: string }): PlanCheck[] {
  const range = sectionRanges(current).find((r) => r.part === parts.measures);
  const headingAt = new Set(current.headings.filter((h) => !h.shape.runsOn).map((h) => h.index));
  const read: number[] = [];
  for (let at = range?.start ?? 0; range && at < range.end; at++) if (isRunningText(current, at)) read.push(at);
  const grams = bigramsOf(read.map((at) => lineKey(current, at)));
  const lines: Array<{ at: number; grams: Grams }> = [];
  let over: Grams = new Uint32Array(0); // the sub-heading a line is under counts with it
  read.forEach((at, n) => {
    // A sub-heading's text counts with each line under it, which is where a plan's taking up is told.
    if (headingAt.has(at)) over = grams[n]!;
    else lines.push({ at, grams: unionOf(over, grams[n]!) });
  });
  const postings = gramPostings(lines.map((line) => line.grams));
  return planItems(previous, parts.plans).flatMap((item) => {
    const terms = keyTerms(item.text);
    if (terms.length < MIN_TERMS) return [];
    // A plan's first sentence names it (建成行政复议网上申请平台。); the rest says how, and may be done otherwise.
    const named = keyTerms(sentencesOf(item.text)[0] ?? '');
    const termSets = named.length >= MIN_TERMS && named.length < terms.length ? [terms, named] : [terms];
    const shared = termSets.map((set) => sharedPerLine(set, postings, lines.length));
    // The first line with the highest coverage by either set of terms.
    let best = { at: null as number | null, coverage: 0 };
    lines.forEach((line, n) => {
      termSets.forEach((set, s) => {
        const coverage = (shared[s] as Int32Array)[n]! / set.length;
        if (coverage > best.coverage) best = { at: line.at, coverage };
      });
    });
    return [{ ...item, ...best, takenUp: best.coverage >= PLAN_TAKEN_UP }];
  });
}

/** How many of `terms` each line holds (the same count as sharedCount of the two gram sets). */
function sharedPerLine(terms: Grams, postings: ReadonlyMap<number, number[]>, lineCount: number): Int32Array {
  const counts = new Int32Array(lineCount);
  for (const gram of terms) for (const n of postings.get(gram) ?? []) counts[n] = (counts[n] ?? 0) + 1;
  return counts;
}
