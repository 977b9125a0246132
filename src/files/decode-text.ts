/**
 * Bytes to text, for every text file the product reads (a .txt report, a CSV or JSON data file, a profile).
 * The encoding is told from the bytes, never asked: a byte-order mark says it outright (UTF-8, UTF-16); else
 * strict UTF-8; else UTF-8 with a few damaged bytes (named by line: GB18030 would garble the whole file); else
 * UTF-16 without a BOM (its NULs fall in every other byte); else GB18030 (which covers GBK), as Notepad and Excel
 * on Chinese Windows save text. Binary content (an image, a renamed .doc) is refused rather than shown as
 * mojibake. Each caller turns a refusal into its own message.
 */
import { hasSignature } from './signatures';

export type DecodedText =
  | {
      ok: true;
      text: string;
      encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
      /** UTF-8 with bytes that are not UTF-8: the lines (from 1) where they stand, shown there as U+FFFD. */
      damagedLines?: number[];
    }
  /** binary: not text in any of those encodings; encoding: not UTF-8, and this runtime cannot decode GB18030. */
  | { ok: false; reason: 'binary' | 'encoding' };

/** How much of a GB18030 reading is scanned for control characters. */
const SAMPLE = 64 * 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasSignature(bytes, 'utf8Bom')) return decoded('utf-8', bytes.subarray(3));
  // Excel's "Unicode text" is UTF-16 with a BOM; so is Notepad's "Unicode".
  if (hasSignature(bytes, 'utf16leBom')) return decoded('utf-16le', bytes.subarray(2));
  if (hasSignature(bytes, 'utf16beBom')) return decoded('utf-16be', bytes.subarray(2));
  // NUL never occurs in UTF-8 or GB18030 text; in UTF-16 it is the other half of every ASCII character.
  if (bytes.includes(0)) return utf16WithoutBom(bytes) ?? { ok: false, reason: 'binary' };
  const utf8 = decodeWith('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const damaged = damagedUtf8(bytes);
  if (damaged) return damaged;
  if (!gb18030Supported()) return { ok: false, reason: 'encoding' };
  // GB18030 reads most byte pairs, so a binary file can pass it: refuse text full of control characters.
  const gb = decodeWith('gb18030', bytes);
  return gb === undefined || controlHeavy(gb) ? { ok: false, reason: 'binary' } : { ok: true, text: gb, encoding: 'gb18030' };
}

function decoded(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodedText {
  const text = decodeWith(encoding, bytes);
  return text === undefined ? { ok: false, reason: 'binary' } : { ok: true, text, encoding };
}

/** Many characters UTF-8 reads, a few bytes it cannot: UTF-8 with damage (GB18030 read as UTF-8 fails nearly everywhere). */
const DAMAGE_RATIO = 20;

function damagedUtf8(bytes: Uint8Array): DecodedText | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let bad = 0;
  let good = 0;
  for (const ch of text) {
    if (ch === '\ufffd') bad += 1;
    else if (ch.charCodeAt(0) > 0x7f) good += 1;
  }
  if (bad === 0 || good < DAMAGE_RATIO * bad) return undefined;
  const damagedLines = text.split(/\r\n|\r|\n/).flatMap((line, i) => (line.includes('\ufffd') ? [i + 1] : []));
  return { ok: true, text, encoding: 'utf-8', damagedLines };
}

/** UTF-16 saved without a BOM: NULs nearly all in the odd bytes (little-endian) or in the even ones (big-endian). */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  bytes.forEach((byte, i) => {
    if (byte === 0) i % 2 ? (odd += 1) : (even += 1);
  });
  // Mostly, not only: a CJK character such as 一 (U+4E00) has a NUL half of its own.
  const encoding = odd >= 10 * even ? 'utf-16le' : even >= 10 * odd ? 'utf-16be' : undefined;
  const text = encoding && decodeWith(encoding, bytes);
  // A guess, so stricter than with a BOM: not a single control character (text has none; binary has many).
  return encoding && text !== undefined && controlCount(text) === 0 ? { ok: true, text, encoding } : undefined;
}

/** Strict decoding (a bad sequence is a failure, never U+FFFD); a BOM already cut off stays cut off. */
function decodeWith(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function gb18030Supported(): boolean {
  try {
    new TextDecoder('gb18030');
    return true;
  } catch {
    return false; // a runtime without full ICU
  }
}

/** Control characters other than tab, line and page breaks are rare in text, and common in binary read as text. */
function controlHeavy(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  return controlCount(sample) > Math.max(2, sample.length / 100);
}

function controlCount(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls += 1;
  }
  return controls;
}
