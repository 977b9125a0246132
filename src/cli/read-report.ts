import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DiagnosticError } from '../core/diagnostic-error';
import type { ReportDocument } from '../core/document';
import { localize } from '../core/i18n/catalog';
import { readDocx } from '../docx/read-docx';
import { decodeText as decodeBytes } from '../files/decode-text';
import { readText } from '../text/read-text';

/** A report file that could not be read at all; its diagnostic says why and what to do. */
export class ReportReadError extends DiagnosticError {
  override readonly name = 'ReportReadError';
}

/** Reads a report file by its extension; throws ReportReadError (or the .docx reader's DocxReadError). */
export function readReport(path: string): ReportDocument {
  const ext = extname(path).toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReportReadError('file-not-found');
    if (code === 'EISDIR') throw new ReportReadError('file-is-folder');
    throw new ReportReadError('file-unreadable', { detail: (error as Error).message }, { cause: error });
  }
  if (ext === '.docx') return readDocx(bytes);
  if (ext === '.txt' || ext === '.md' || ext === '.markdown') return readText(decodeText(bytes));
  if (ext === '.doc' || ext === '.wps') throw new ReportReadError('file-legacy-format');
  throw new ReportReadError('file-unsupported-type', { ext: ext || localize({ code: 'file-no-extension', params: {} }) });
}

/** A text report's bytes as text (UTF-8, UTF-16 with BOM, GB18030); throws ReportReadError when it is not text. */
export function decodeText(bytes: Uint8Array): string {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new ReportReadError(decoded.reason === 'binary' ? 'text-binary' : 'text-encoding');
  return decoded.text;
}
