/**
 * Bytes to text, for every text file the product reads (a .txt report, a CSV or JSON data file, a profile).
 * The encoding is told from the bytes, never asked: a byte-order mark says it outright (UTF-8, UTF-16); else
 * strict UTF-8; else GB18030 (which covers GBK), as Notepad and Excel on Chinese Windows save text. Binary
 * content (an image, a renamed .doc) is refused rather than shown as mojibake. Each caller turns a refusal
 * into its own message.
 */
import { hasSignature } from './signatures';

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  /** binary: not text in any of those encodings; encoding: not UTF-8, and this runtime cannot decode GB18030. */
  | { ok: false; reason: 'binary' | 'encoding' };

/** How much of a GB18030 reading is scanned for control characters. */
const SAMPLE = 64 * 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasSignature(bytes, 'utf8Bom')) return decoded('utf-8', bytes.subarray(3));
  // Excel's "Unicode text" is UTF-16 with a BOM; so is Notepad's "Unicode".
  if (hasSignature(bytes, 'utf16leBom')) return decoded('utf-16le', bytes.subarray(2));
  if (hasSignature(bytes, 'utf16beBom')) return decoded('utf-16be', bytes.subarray(2));
  // NUL never occurs in UTF-8 or GB18030 text.
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  const utf8 = decodeWith('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  if (!gb18030Supported()) return { ok: false, reason: 'encoding' };
  // GB18030 reads most byte pairs, so a binary file can pass it: refuse text full of control characters.
  const gb = decodeWith('gb18030', bytes);
  return gb === undefined || controlHeavy(gb) ? { ok: false, reason: 'binary' } : { ok: true, text: gb, encoding: 'gb18030' };
}

function decoded(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodedText {
  const text = decodeWith(encoding, bytes);
  return text === undefined ? { ok: false, reason: 'binary' } : { ok: true, text, encoding };
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
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls += 1;
  }
  return controls > Math.max(2, sample.length / 100);
}
