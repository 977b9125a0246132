/**
 * How two years' words are put side by side: years and figures stand for "a year" and "a figure", so a sentence
 * rolled forward from 2023年 to 2024年 (its figures updated or not) reads the same; spaces, width and punctuation
 * do not count. Character bigrams of that key are what paragraphs and plans are compared by (Chinese has no
 * spaces to split words on, and a bigram is the shortest unit that still carries meaning).
 */
import { toHalfWidth } from '../numerals';

const CHINESE_YEAR = /[〇○零一二三四五六七八九]{4}(?=年)/g;
const YEAR = /(?:19|20)\d{2}(?=\s*年)/g;
const FIGURE = /\d+(?:[.,]\d+)*/g;
const NOT_WORDS = /[\s\p{P}\p{S}]+/gu;

/**
 * Where making the text half-width changes its key: a full-width digit or letter, or a full-width ，/． inside a
 * figure (1，200). Every other full-width character is punctuation, dropped either way; most lines have only those,
 * and converting each of their commas was a third of the key's time.
 */
const WIDTH_MATTERS = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]|\d[\uff0c\uff0e]\d/;

/** The comparison key: years → Y, other figures → N, no spaces or punctuation. */
export function textKey(text: string): string {
  let key = WIDTH_MATTERS.test(text) ? toHalfWidth(text) : text;
  if (key.includes('年')) key = key.replace(CHINESE_YEAR, 'Y').replace(YEAR, 'Y');
  return key.replace(FIGURE, 'N').replace(NOT_WORDS, '');
}

/**
 * A key's distinct character bigrams, each as one number (its two UTF-16 units), sorted: comparing two lines is a
 * merge of two small arrays, with nothing to allocate (sets of strings made the comparison mostly garbage collection).
 */
export type Grams = Uint32Array;

/**
 * Each key's grams, as views of one buffer: one allocation for all of a report's lines, where an array per line
 * made the comparison's time mostly allocating and collecting them.
 */
export function bigramsOf(keys: readonly string[]): Grams[] {
  let total = 0;
  for (const key of keys) total += Math.max(0, key.length - 1);
  const pool = new Uint32Array(total);
  let start = 0;
  return keys.map((key) => {
    const count = Math.max(0, key.length - 1);
    const codes = pool.subarray(start, (start += count));
    for (let i = 0; i < count; i++) codes[i] = ((key.charCodeAt(i) << 16) | key.charCodeAt(i + 1)) >>> 0;
    codes.sort();
    let kept = 0;
    for (let i = 0; i < count; i++) if (i === 0 || codes[i] !== codes[kept - 1]) codes[kept++] = codes[i] as number;
    return codes.subarray(0, kept);
  });
}

export function bigrams(key: string): Grams {
  return bigramsOf([key])[0] as Grams;
}

/** How many bigrams two sorted gram arrays share. */
export function sharedCount(a: Grams, b: Grams): number {
  let [i, j, shared] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    const [x, y] = [a[i] as number, b[j] as number];
    if (x === y) shared++, i++, j++;
    else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** From each bigram to the lines (by their place in `lines`) holding it: lines sharing a gram are found without measuring every pair. */
export function gramPostings(lines: readonly Grams[]): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  lines.forEach((grams, n) => {
    for (const gram of grams) {
      const list = postings.get(gram);
      if (list) list.push(n);
      else postings.set(gram, [n]);
    }
  });
  return postings;
}

/** Both arrays' bigrams, sorted and distinct. */
export function unionOf(a: Grams, b: Grams): Grams {
  if (a.length === 0) return b;
  const joined = new Uint32Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  joined.sort();
  let kept = 0;
  for (let i = 0; i < joined.length; i++) if (i === 0 || joined[i] !== joined[kept - 1]) joined[kept++] = joined[i] as number;
  return joined.subarray(0, kept);
}

/**
 * Dice's coefficient of two bigram sets: 2·|A∩B| / (|A|+|B|), 1 for the same words, near 0 for unrelated ones.
 * It is the near-duplicate measure of carried-over text.
 */
export function dice(a: Grams, b: Grams): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * sharedCount(a, b)) / (a.length + b.length);
}

/** Sentences of a paragraph, each with its end mark (。！？；), for dropping standard sentences and framing figures. */
export function sentencesOf(text: string): string[] {
  return text.match(/[^。！？；!?;]+[。！？；!?;]?/g)?.filter((s) => s.trim() !== '') ?? [];
}
