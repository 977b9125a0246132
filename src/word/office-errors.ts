import { HostError } from '../host/contract';

/** Office error codes that mean the document refuses changes (Word.ErrorCodes.accessDenied). */
const READ_ONLY_CODES = new Set(['AccessDenied']);
/** Word reports some protection cases as a general error; its message says why. */
const READ_ONLY_MESSAGE = /read-?only|protect|只读|保护/i;

/** Maps what Word.run rejects with (OfficeExtension.Error, or anything else) to a HostError for the pane. */
export function fromOfficeError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if ((code && READ_ONLY_CODES.has(code)) || READ_ONLY_MESSAGE.test(message)) return new HostError('read-only', message);
  return new HostError('failed', code ? `${code}: ${message}` : message);
}
