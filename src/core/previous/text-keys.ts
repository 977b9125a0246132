/**
 * How two years' words are put side by side: years and figures stand for "a year" and "a figure", so a sentence
 * rolled forward from 2023年 to 2024年 (its figures updated or not) reads the same; spaces, width and punctuation
 * do not count. Character bigrams of that key are what paragraphs and plans are compared by (Chinese has no
 * spaces to split words on, and a bigram is the shortest unit that still carries meaning).
 */
import { stringFromUnits } from '../code-units';
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
  return figuresAndWords(key);
}

/**
 * FIGURE → N, then NOT_WORDS dropped, in one pass over the code units. Two replaces built a new string each, and
 * the second cut a line into a piece per punctuation mark: together most of the key's time. A line holding a
 * surrogate (a character outside the BMP, a symbol or not) is left to the expressions themselves.
 */
function figuresAndWords(text: string): string {
  const length = text.length;
  if (keyUnits.length < length) keyUnits = new Uint16Array(Math.max(length, 2 * keyUnits.length));
  const out = keyUnits;
  let kept = 0;
  for (let at = 0; at < length; ) {
    const code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdfff) return text.replace(FIGURE, 'N').replace(NOT_WORDS, '');
    if (isDigit(code)) {
      at = figureEnd(text, at);
      out[kept++] = 0x4e; // N
    } else {
      if (!isDropped(code)) out[kept++] = code;
      at += 1;
    }
  }
  return stringFromUnits(out, kept);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Where FIGURE's match starting at `from` (a digit) ends: digits, then any number of [.,] each followed by digits. */
function figureEnd(text: string, from: number): number {
  let at = from;
  while (isDigit(text.charCodeAt(at))) at += 1;
  for (;;) {
    const mark = text.charCodeAt(at);
    if ((mark !== 0x2e && mark !== 0x2c) || !isDigit(text.charCodeAt(at + 1))) return at;
    at += 2;
    while (isDigit(text.charCodeAt(at))) at += 1;
  }
}

/** The key being made, reused from line to line. */
let keyUnits = new Uint16Array(256);
/**
 * What NOT_WORDS does with each BMP code unit met so far: 0 not met yet, 1 kept, 2 dropped (white space,
 * punctuation, symbols). Learnt from the pattern itself, a unit at a time, so it can never disagree with it.
 */
const UNIT_KINDS = new Uint8Array(0x10000);
const ONE_NOT_WORD = new RegExp(NOT_WORDS.source, 'u');

function isDropped(code: number): boolean {
  let kind = UNIT_KINDS[code] as number;
  if (kind === 0) UNIT_KINDS[code] = kind = ONE_NOT_WORD.test(String.fromCharCode(code)) ? 2 : 1;
  return kind === 2;
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
