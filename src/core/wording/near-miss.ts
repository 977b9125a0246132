/**
 * A cited title one character off a known one (two off for long titles): the likely slip, named only when one
 * known title is that close. Short titles are left alone: 《保密法》 is a common short name, not a slip for 保险法;
 * one of four or five characters is judged only after 中华人民共和国, which makes it a law's formal title, and one
 * of four only as a character dropped or added from a formal title (《中华人民共和国行政处法》: 行政处罚法; but
 * 禁毒条例 or 航道条例 are not told to be 戒毒条例 or 航标条例, another subject).
 */
import { knownTitles, STATE_PREFIX, type KnownTitle } from './titles';

const SHORTEST = 6;
const SHORTEST_WITH_PREFIX = 4;
/** Shorter keys are judged only for a character dropped or added. */
const SHORTEST_CHANGED = 5;
const LONG = 12;

/** The one known title within reach of `key`, if exactly one is. */
export function nearMiss(key: string, hasPrefix: boolean): KnownTitle | undefined {
  if (key.length < (hasPrefix ? SHORTEST_WITH_PREFIX : SHORTEST)) return undefined;
  const reach = key.length >= LONG ? 2 : 1;
  let best: { known: KnownTitle; distance: number } | undefined;
  let tie = false;
  for (const [candidate, known] of knownTitles()) {
    if (Math.abs(candidate.length - key.length) > reach || candidate.length < SHORTEST_WITH_PREFIX) continue;
    if (key.length < SHORTEST_CHANGED && (candidate.length === key.length || !known.title.startsWith(STATE_PREFIX))) continue;
    const distance = editDistance(key, candidate, reach);
    if (distance > reach) continue;
    if (best && distance === best.distance && best.known.title !== known.title) tie = true;
    if (!best || distance < best.distance) {
      best = { known, distance };
      tie = false;
    }
  }
  return best && !tie ? best.known : undefined;
}

/** Levenshtein distance, giving up (returning limit + 1) once every path is past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}
