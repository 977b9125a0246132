/**
 * The one error type the .docx reader throws. Messages carry Chinese and English in one string,
 * because they are shown as-is to users of either language.
 */
export class DocxReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'DocxReadError';
    // ES2020 lib has no ErrorOptions; keep the cause for debugging anyway.
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

export function errorMessageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
