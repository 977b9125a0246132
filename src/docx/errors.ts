/**
 * What the .docx reader has to say, as diagnostics (codes and params in the catalog's files table, rendered in
 * the reader's language where shown): the one error it throws when a file cannot be read, and the warnings
 * about what it skipped in a file it did read.
 */
import { DiagnosticError } from '../core/diagnostic-error';
import type { Diagnostic } from '../core/diagnostic';
import type { Params } from '../core/i18n/render';

export class DocxReadError extends DiagnosticError {
  override readonly name = 'DocxReadError';
}

export function errorMessageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reports something the reader skipped; never fatal. */
export type Warn = (code: string, params?: Params) => void;

/** Collects warnings, each said once however often it occurs (a missing style on every paragraph). */
export function warningCollector(): { warn: Warn; notices: Diagnostic[] } {
  const notices: Diagnostic[] = [];
  const seen = new Set<string>();
  const warn: Warn = (code, params = {}) => {
    const key = `${code} ${JSON.stringify(params)}`;
    if (seen.has(key)) return;
    seen.add(key);
    notices.push({ code, severity: 'warning', params });
  };
  return { warn, notices };
}
