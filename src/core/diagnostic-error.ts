/**
 * An Error that carries a Diagnostic: thrown where a reader gives up on a whole file (a .docx it cannot open, a
 * report file that is not there). The pane and the CLI render `diagnostic` in their reader's language; `message`
 * holds both languages, for logs and for callers that only know Error.
 */
import type { Diagnostic } from './diagnostic';
import { bilingual } from './i18n/catalog';
import type { Params } from './i18n/render';

export class DiagnosticError extends Error {
  readonly diagnostic: Diagnostic;

  constructor(code: string, params: Params = {}, options?: { cause?: unknown }) {
    const diagnostic: Diagnostic = { code, severity: 'error', params };
    super(bilingual(diagnostic));
    this.diagnostic = diagnostic;
    // ES2020 lib has no ErrorOptions; keep the cause for debugging anyway.
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }
}
