/**
 * A data file's address as the writer pastes it, and the file's name as the server gives it. Pasted addresses
 * come with spaces, quotes, angle brackets or full-width punctuation; a path on this computer or a shared folder
 * is not an address at all; http:// is refused by the browser itself (the pane runs on https, and a page on
 * https may not read http: mixed content), so each gets its own words rather than one “enter https://”.
 */
import { localize } from '../core/i18n/catalog';
import type { Localized } from '../core/i18n/lang';

/** `why`, where there is more to say than `message`: http:// is refused by the browser, not by the pane. */
export type DataUrl = { ok: true; url: string } | { ok: false; message: Localized; why?: Localized };

/** Marks a copy from a chat or a mail puts round an address: quotes, angle and CJK brackets. */
const WRAPPERS = /^[\s"'“”‘’<>《》〈〉「」『』（）()]+|[\s"'“”‘’<>《》〈〉「」『』（）()。，,;；]+$/g;

/**
 * The address as the writer meant it (cleaned of what the copy put round it), or why it cannot be one. It is kept
 * as written (法治数据.csv, not %E6%B3%95…); fetch encodes a space or Chinese in it as the URL standard says.
 */
export function parseDataUrl(input: string): DataUrl {
  const pasted = input.replace(WRAPPERS, '').replace(/^(https?)[：:]\s*[/／]{2}/i, '$1://');
  if (/^[a-z]:[\\/]|^\\\\|^file:/i.test(pasted)) return refused('pane-figures-url-local-path');
  if (/^http:\/\//i.test(pasted)) return { ...refused('pane-figures-url-not-https'), why: localize({ code: 'pane-figures-url-http', params: {} }) };
  if (!/^https:\/\//i.test(pasted)) return refused(/^[a-z][a-z0-9+.-]*:/i.test(pasted) ? 'pane-figures-url-not-https' : 'pane-figures-url-incomplete');
  const address = pasted.replace(/\s*\n\s*/g, '');
  try {
    return new URL(address).hostname ? { ok: true, url: address } : refused('pane-figures-url-incomplete');
  } catch {
    return refused('pane-figures-url-incomplete');
  }
}

function refused(code: string): { ok: false; message: Localized } {
  return { ok: false, message: localize({ code, params: {} }) };
}

/** A file type by its MIME type, for an address such as download.do whose own name says nothing. */
const EXTENSION_OF_TYPE: Record<string, string> = {
  'text/csv': '.csv',
  'application/csv': '.csv',
  'text/tab-separated-values': '.tsv',
  'text/plain': '.txt',
  'application/json': '.json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.ms-excel': '.xls',
};

const KNOWN_EXTENSION = /\.(xlsx|xlsm|xls|csv|tsv|txt|json)$/i;

/**
 * The file's name: Content-Disposition's (filename* first, as RFC 6266 says), else the address's last
 * segment; with no known extension, one from Content-Type. (Cross-origin, a browser shows Content-Disposition
 * only when the server exposes it; Content-Type it always shows.)
 */
export function fileNameFromResponse(url: string, contentDisposition: string | null, contentType: string | null): string {
  const name = dispositionName(contentDisposition ?? '') ?? lastSegment(url);
  if (KNOWN_EXTENSION.test(name)) return name;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return `${name || 'data'}${EXTENSION_OF_TYPE[type] ?? ''}`;
}

/**
 * filename*=UTF-8''%E6%95%B0.csv, or filename="数.csv" (quoted, or a bare token). Written here rather than with
 * the `content-disposition` package, which is built on Node's Buffer and has no place in the pane.
 */
function dispositionName(header: string): string | undefined {
  const extended = /filename\*\s*=\s*([\w!#$%&+^`{}~-]+)'[\w-]*'([^;\s]+)/i.exec(header);
  if (extended?.[1] && extended[2]) {
    const decoded = decodeExtended(extended[1], extended[2]);
    if (decoded) return baseName(decoded);
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header);
  if (!plain) return undefined;
  return baseName(plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : (plain[2] ?? ''));
}

function decodeExtended(charset: string, encoded: string): string | undefined {
  try {
    const bytes = Uint8Array.from(encoded.replace(/%([0-9a-f]{2})|./gi, (m, hex: string | undefined) => String.fromCharCode(hex ? parseInt(hex, 16) : m.charCodeAt(0))), (c) => c.charCodeAt(0));
    return new TextDecoder(charset.toLowerCase() === 'iso-8859-1' ? 'latin1' : 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Never a folder from the server: only the last part of what it names. */
function baseName(name: string): string | undefined {
  const last = name.split(/[\\/]/).pop()?.trim();
  return last ? last : undefined;
}

function lastSegment(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}
