import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DiagnosticError } from '../core/diagnostic-error';
import type { Diagnostic } from '../core/diagnostic';
import type { ReportDocument } from '../core/document';
import { bilingual, localize } from '../core/i18n/catalog';
import { readDocx } from '../docx/read-docx';
import { decodeText as decodeBytes, type DecodedText } from '../files/decode-text';
import { isZip } from '../files/signatures';
import { readText } from '../text/read-text';

/** A report file that could not be read at all; its diagnostic says why and what to do. */
export class ReportReadError extends DiagnosticError {
  override readonly name = 'ReportReadError';
}

/** Word documents, macro-enabled documents and templates: the same package, read alike (macros never run). */
const WORD_PACKAGES = new Set(['.docx', '.docm', '.dotx', '.dotm']);
const TEXT_FILES = new Set(['.txt', '.md', '.markdown']);
/** Lines named in a damaged-text warning; more are counted, not listed. */
const LISTED_LINES = 5;

/** Reads a report file by its extension; throws ReportReadError (or the .docx reader's DocxReadError). */
export function readReport(path: string): ReportDocument {
  const ext = extname(path).toLowerCase();
  const bytes = readFileBytes(path, (code, params) => new ReportReadError(code, params));
  if (ext === '.doc' || ext === '.wps') throw new ReportReadError('file-legacy-format');
  if (!WORD_PACKAGES.has(ext) && !TEXT_FILES.has(ext)) {
    throw new ReportReadError('file-unsupported-type', { ext: ext || localize({ code: 'file-no-extension', params: {} }) });
  }
  if (bytes.length === 0) throw new ReportReadError('file-empty');
  const doc = WORD_PACKAGES.has(ext) ? readDocx(bytes) : readTextReport(bytes);
  // A body the reader could not read (altChunk) is not an empty file: its notice says what to do.
  if (!doc.textUnread && doc.blocks.every((block) => block.text.trim() === '')) throw new ReportReadError('file-empty');
  return doc;
}

/**
 * A file's bytes, or the error `fail` makes from why it cannot be read (missing, a folder, no permission, locked
 * by another program), in words that say what to do rather than the system's English.
 */
export function readFileBytes<E extends Error>(path: string, fail: (code: string, params: Record<string, string>) => E): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = fileErrorCode(error);
    throw fail(code, code === 'file-unreadable' ? { detail: (error as Error).message } : {});
  }
}

/** The message code for why the system would not read a file. */
export function fileErrorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file-not-found';
  if (code === 'EISDIR') return 'file-is-folder';
  if (code === 'EACCES' || code === 'EPERM') return 'file-no-permission';
  if (code === 'EBUSY') return 'file-busy';
  return 'file-unreadable';
}

function readTextReport(bytes: Uint8Array): ReportDocument {
  const decoded = decodedText(bytes);
  const doc = readText(decoded.text);
  const damaged = decoded.damagedLines ?? [];
  if (!damaged.length) return doc;
  const shown = damaged.slice(0, LISTED_LINES).join('、') + (damaged.length > LISTED_LINES ? '…' : '');
  return withNotice(doc, { code: 'text-damaged-lines', severity: 'warning', params: { lines: shown, count: damaged.length } });
}

/** A notice on a report read: on stderr in both languages (its warnings), and in --json (its notices). */
export function withNotice(doc: ReportDocument, notice: Diagnostic): ReportDocument {
  return { ...doc, warnings: [...doc.warnings, bilingual(notice)], notices: [...(doc.notices ?? []), notice] };
}

/** A text report's bytes as text (UTF-8, UTF-16, GB18030); throws ReportReadError when it is not text. */
export function decodeText(bytes: Uint8Array): string {
  return decodedText(bytes).text;
}

function decodedText(bytes: Uint8Array): Extract<DecodedText, { ok: true }> {
  const decoded = decodeBytes(bytes);
  // A .docx given a text name is said to be one, so the writer knows the name to give it back.
  if (!decoded.ok) throw new ReportReadError(decoded.reason === 'binary' ? 'text-binary' : 'text-encoding', looksLikeDocx(bytes) ? { variant: 'docx' } : {});
  return decoded;
}

/** A zip whose directory names a Word body part (a workbook or any other zip is not one). */
function looksLikeDocx(bytes: Uint8Array): boolean {
  return isZip(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml', 0, 'latin1');
}
