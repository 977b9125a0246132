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

/** The comparison key: years → Y, other figures → N, no spaces or punctuation. */
export function textKey(text: string): string {
  return toHalfWidth(text).replace(CHINESE_YEAR, 'Y').replace(YEAR, 'Y').replace(FIGURE, 'N').replace(NOT_WORDS, '');
}

/** The distinct character bigrams of a key. */
export function bigrams(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) out.add(key.slice(i, i + 2));
  return out;
}

/**
 * Dice's coefficient of two bigram sets: 2·|A∩B| / (|A|+|B|), 1 for the same words, near 0 for unrelated ones.
 * It is the near-duplicate measure of carried-over text.
 */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Sentences of a paragraph, each with its end mark (。！？；), for dropping standard sentences and framing figures. */
export function sentencesOf(text: string): string[] {
  return text.match(/[^。！？；!?;]+[。！？；!?;]?/g)?.filter((s) => s.trim() !== '') ?? [];
}
