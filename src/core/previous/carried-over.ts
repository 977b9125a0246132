/**
 * Carried-over text: each section line of this year's report set against the nearest line of last year's, by
 * Dice's coefficient of their keys' bigrams (./text-keys). A line at or above CARRIED_SIMILARITY repeats last
 * year's verbatim or nearly (0.8: the rolled-forward fixtures score 1, a sentence with a clause changed about 0.85,
 * a rewritten paragraph on the same subject below 0.5). An index from bigram to last year's lines keeps it
 * near-linear: only lines sharing one of a line's rarer bigrams are measured.
 */
import { gramsOfLines, type BodyLine } from './paragraphs';
import { bigramsOf, dice, gramPostings, type Grams } from './text-keys';

export const CARRIED_SIMILARITY = 0.8;

/** Bigrams found in more of last year's lines than this do not pick candidates (unless a line has no rarer ones). */
const COMMON_GRAM_LINES = 40;
/** How many of the best-sharing candidates are measured exactly. */
const CANDIDATES_MEASURED = 6;

export interface LineMatch {
  /** This year's line (in the analysis's lines) and the nearest of last year's. */
  at: number;
  part: string;
  previousAt: number;
  similarity: number;
}

export interface PartShare {
  part: string;
  /** Key characters of the part's lines, and of those carried over. */
  chars: number;
  carriedChars: number;
  share: number;
  lines: number;
  carriedLines: number;
}

export function matchLines(current: readonly BodyLine[], previous: readonly BodyLine[]): LineMatch[] {
  const sameKey = new Map<string, number>();
  previous.forEach((line, n) => {
    if (!sameKey.has(line.key)) sameKey.set(line.key, n);
  });
  const found = current.map((line) => sameKey.get(line.key));
  // Grams and the index only for lines that are not last year's word for word (a report rolled forward needs none).
  const unmatched = current.filter((_, n) => found[n] === undefined);
  const nearestOf: Array<{ n: number; similarity: number } | undefined> = [];
  if (unmatched.length > 0) {
    const previousGrams = gramsOfLines(previous);
    const postings = gramPostings(previousGrams);
    const grams = bigramsOf(unmatched.map((line) => line.key));
    let u = 0;
    found.forEach((same, n) => {
      if (same === undefined) nearestOf[n] = nearest(grams[u++]!, previousGrams, postings);
    });
  }
  return current.flatMap((line, n) => {
    const same = found[n];
    const best = same !== undefined ? { n: same, similarity: 1 } : nearestOf[n];
    return best ? [{ at: line.at, part: line.part, previousAt: previous[best.n]!.at, similarity: best.similarity }] : [];
  });
}

function nearest(grams: Grams, previous: readonly Grams[], postings: ReadonlyMap<number, number[]>) {
  const lists = [...grams].map((gram) => postings.get(gram)).filter((list): list is number[] => !!list);
  if (lists.length === 0) return undefined;
  let picking = lists.filter((list) => list.length <= COMMON_GRAM_LINES);
  if (picking.length === 0) picking = lists.sort((a, b) => a.length - b.length).slice(0, 3);
  const hits = new Map<number, number>();
  for (const list of picking) for (const n of list) hits.set(n, (hits.get(n) ?? 0) + 1);
  const measured = [...hits].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES_MEASURED);
  let best: { n: number; similarity: number } | undefined;
  for (const [n] of measured) {
    const similarity = dice(grams, previous[n]!);
    if (!best || similarity > best.similarity) best = { n, similarity };
  }
  return best;
}

/** Each part's share of text carried over, weighed by key length (a long copied paragraph counts for more). */
export function partShares(current: readonly BodyLine[], matches: readonly LineMatch[]): PartShare[] {
  const carried = new Set(matches.filter((m) => m.similarity >= CARRIED_SIMILARITY).map((m) => m.at));
  const byPart = new Map<string, PartShare>();
  for (const line of current) {
    const share = byPart.get(line.part) ?? { part: line.part, chars: 0, carriedChars: 0, share: 0, lines: 0, carriedLines: 0 };
    share.chars += line.key.length;
    share.lines += 1;
    if (carried.has(line.at)) (share.carriedChars += line.key.length), (share.carriedLines += 1);
    byPart.set(line.part, share);
  }
  return [...byPart.values()].map((s) => ({ ...s, share: s.chars === 0 ? 0 : s.carriedChars / s.chars }));
}
