/**
 * Punctuation by GB/T 15834—2011, only where a rule is sure: half-width marks between Chinese characters,
 * straight quotes in Chinese text, and brackets, title marks and quotes left unpaired. A paragraph's marks are
 * read once; only a paragraph with a fault is read again with numbers, addresses and English masked (./mask),
 * so a bracket in a web address or English is never judged.
 */
import { HAN, HAN_OR_CLOSING, HAN_OR_OPENING, masked } from './mask';

export interface PunctuationFault {
  variant: 'half-width' | 'straight-quote' | 'unpaired';
  start: number;
  found: string;
  expected: string;
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/** A half-width mark that may stand where ， ； ： ？ ！ should (halfWidthFault decides). */
export const HALF_WIDTH_MARK = /[,;:?!]/g;

/** ， ； ： ？ ！ typed half-width between Chinese (a space on either side allowed); undefined for any other. */
export function halfWidthFault(text: string, start: number): PunctuationFault | undefined {
  const before = text.charAt(start - 1) === ' ' ? text.charAt(start - 2) : text.charAt(start - 1);
  const after = text.charAt(start + 1) === ' ' ? text.charAt(start + 2) : text.charAt(start + 1);
  if (!HAN_OR_CLOSING.test(before) || !HAN_OR_OPENING.test(after)) return undefined;
  const mark = text.charAt(start);
  return { variant: 'half-width', start, found: mark, expected: FULL_WIDTH[mark] as string };
}

/** The marks that pair: brackets of both widths, title marks, curly and straight quotes. */
const PAIRED_MARKS = /[()（）《》“”"']/g;

/** Faults among a paragraph's paired marks; `nextBlockText` tells whether a quotation runs on. */
export function pairedMarkFaults(text: string, nextBlockText: string): PunctuationFault[] {
  if (plainlyPaired(text)) return [];
  const faults = faultsAmong(text, text, nextBlockText);
  return faults.length ? faultsAmong(text, masked(text), nextBlockText) : faults;
}

/** The common case, in one pass: no half-width bracket or straight quote, and every pair opens before it closes and closes. */
function plainlyPaired(text: string): boolean {
  let [brackets, titles, quotes] = [0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x28: case 0x29: case 0x22: case 0x27: return false; // ( ) " '
      case 0xff08: brackets++; break; // （
      case 0xff09: if (--brackets < 0) return false; break; // ）
      case 0x300a: titles++; break; // 《
      case 0x300b: if (--titles < 0) return false; break; // 》
      case 0x201c: quotes++; break; // “
      case 0x201d: if (--quotes < 0) return false; break; // ”
    }
  }
  return brackets === 0 && titles === 0 && quotes === 0;
}

function faultsAmong(text: string, plain: string, nextBlockText: string): PunctuationFault[] {
  const marks = [...plain.matchAll(PAIRED_MARKS)].map((m) => m.index ?? 0);
  const of = (chars: string) => marks.filter((i) => chars.includes(plain[i] as string));
  const complete = /[。！？.!?…”’）)》]\s*$/.test(plain);
  return [
    ...bracketFaults(text, plain, of('()（）'), complete),
    ...straightQuotes(text, plain, of('"'), '"', '“', '”'),
    ...straightQuotes(text, plain, of("'"), "'", '‘', '’'),
    ...firstUnpaired(plain, of('《》'), '《', '》', !complete),
    ...firstUnpaired(plain, of('“”'), '“', '”', !complete || nextBlockText.trimStart().startsWith('“')),
  ];
}

/** Round brackets: a half-width pair around or beside Chinese, and a bracket with no partner. */
function bracketFaults(text: string, plain: string, at: number[], complete: boolean): PunctuationFault[] {
  const faults: PunctuationFault[] = [];
  const open: number[] = [];
  for (const i of at) {
    const ch = plain[i] as string;
    if (ch === '(' || ch === '（') {
      open.push(i);
      continue;
    }
    const from = open.pop();
    if (from === undefined) {
      if (!/^\s*[\d一二三四五六七八九十]{1,3}$/.test(plain.slice(0, i))) faults.push({ variant: 'unpaired', start: i, found: ch, expected: '（' }); // 1） 一） are list markers
      continue;
    }
    const marker = /^\s*$/.test(plain.slice(0, from)) && /^[\d一二三四五六七八九十]{1,3}$/.test(plain.slice(from + 1, i)); // (一) heading numbers: numbering's concern
    const halfWidth = (plain[from] === '(' || ch === ')') && !marker;
    const chinese = HAN.test(plain.slice(from + 1, i)) || HAN_OR_CLOSING.test(plain.charAt(from - 1)) || HAN_OR_OPENING.test(plain.charAt(i + 1));
    if (halfWidth && chinese) faults.push({ variant: 'half-width', start: from, found: text.slice(from, i + 1), expected: `（${text.slice(from + 1, i)}）` });
  }
  const unclosed = open[open.length - 1];
  if (unclosed !== undefined && complete) faults.push({ variant: 'unpaired', start: unclosed, found: plain[unclosed] as string, expected: '）' });
  return faults;
}

/** "…" and '…' in Chinese text: “…” and ‘…’. Taken in pairs, in order. */
function straightQuotes(text: string, plain: string, at: number[], mark: string, left: string, right: string): PunctuationFault[] {
  const faults: PunctuationFault[] = [];
  const chineseBeside = (i: number) => HAN_OR_CLOSING.test(plain.charAt(i - 1)) || HAN_OR_OPENING.test(plain.charAt(i + 1));
  for (let k = 0; k < at.length; k += 2) {
    const [from, to] = [at[k] as number, at[k + 1]];
    if (to === undefined) {
      if (chineseBeside(from)) faults.push({ variant: 'straight-quote', start: from, found: mark, expected: HAN.test(plain.charAt(from + 1)) ? left : right });
    } else if (chineseBeside(from) || chineseBeside(to) || HAN.test(plain.slice(from, to))) {
      faults.push({ variant: 'straight-quote', start: from, found: text.slice(from, to + 1), expected: `${left}${text.slice(from + 1, to)}${right}` });
    }
  }
  return faults;
}

/**
 * The first closing mark with no opening, else the last opening left open — unless the text may close it later
 * (a paragraph cut short; a quotation running over several paragraphs opens each and closes only the last).
 */
function firstUnpaired(plain: string, at: number[], left: string, right: string, mayCloseLater: boolean): PunctuationFault[] {
  const open: number[] = [];
  for (const i of at) {
    if (plain[i] === left) open.push(i);
    else if (open.pop() === undefined) return [{ variant: 'unpaired', start: i, found: right, expected: left }];
  }
  const last = open[open.length - 1];
  return last === undefined || mayCloseLater ? [] : [{ variant: 'unpaired', start: last, found: left, expected: right }];
}
