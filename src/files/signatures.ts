/**
 * What a file is, from its first bytes rather than its name: the one list of signatures the readers test
 * (a .docx, an .xlsx, a renamed .doc or an encrypted Office file, a PDF, text with a byte-order mark).
 */

export const SIGNATURES = {
  /** A zip's first local file header: .docx, .xlsx and every other OOXML file. */
  zip: [0x50, 0x4b, 0x03, 0x04],
  /** A zip with no entries: only the end of its central directory. */
  emptyZip: [0x50, 0x4b, 0x05, 0x06],
  /** OLE compound file (CFB): Word 97-2003 .doc, .xls, .wps, and any password-protected Office file. */
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
  utf8Bom: [0xef, 0xbb, 0xbf],
  utf16leBom: [0xff, 0xfe],
  utf16beBom: [0xfe, 0xff],
} as const;

export type Signature = keyof typeof SIGNATURES;

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

export function hasSignature(bytes: Uint8Array, signature: Signature): boolean {
  return startsWith(bytes, SIGNATURES[signature]);
}

/** A zip archive, empty or not: what an OOXML reader may open. */
export function isZip(bytes: Uint8Array): boolean {
  return hasSignature(bytes, 'zip') || hasSignature(bytes, 'emptyZip');
}
