/**
 * Bytes to text for CSV and JSON files. The encoding is detected, never asked: a BOM says it outright;
 * otherwise strict UTF-8, and failing that GB18030 (which covers GBK), as Excel and Notepad on Chinese
 * Windows save. Binary content (a renamed .docx, an image) is refused with a message, not shown as mojibake.
 */
import { fatal } from '../core/figures/errors';
import type { DataFileError } from '../core/figures/model';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: DataFileError };

const SAMPLE = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** NUL never occurs in UTF-8 or GB18030 text; control characters other than tab and line breaks rarely do. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls += 1;
  }
  return controls > Math.max(2, sample.length / 100);
}

function decodeWith(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
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

/** `ext` (".csv") only words the message for binary content. */
export function decodeText(bytes: Uint8Array, ext: string): Decoded {
  const binary = (): Decoded => ({ ok: false, error: fatal('binary', { ext: ext || '(none)' }) });
  let text: string | undefined;
  let encoding: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    text = decodeWith('utf-8', bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    // Excel's "Unicode text" is UTF-16 with a BOM.
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = decodeWith(encoding, bytes.subarray(2));
  } else if (bytes.subarray(0, SAMPLE).includes(0)) {
    return binary();
  } else {
    encoding = 'utf-8';
    text = decodeWith('utf-8', bytes);
    if (text === undefined) {
      if (!gb18030Supported()) return { ok: false, error: fatal('encoding') };
      encoding = 'gb18030';
      text = decodeWith('gb18030', bytes);
    }
  }
  if (text === undefined || looksBinary(text)) return binary();
  return { ok: true, text: text.replace(/^\ufeff/, ''), encoding };
}
