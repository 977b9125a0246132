import { HostError, type HostErrorKind } from './contract';

const KINDS: readonly HostErrorKind[] = ['outside-office', 'office-unavailable', 'unsupported', 'read-only', 'document-changed', 'not-found', 'failed'];

/** Anything a host call threw, as a HostError the pane can put in plain words (unknown errors: 'failed'). */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  // A HostError from another bundle or realm (the preview's iframe) fails instanceof but keeps its shape.
  if (error && typeof error === 'object') {
    const { name, kind, detail, message } = error as Record<string, unknown>;
    if (name === 'HostError' && KINDS.includes(kind as HostErrorKind)) {
      return new HostError(kind as HostErrorKind, typeof detail === 'string' ? detail : undefined);
    }
    if (typeof message === 'string' && message) return new HostError('failed', message);
  }
  return new HostError('failed', typeof error === 'string' && error ? error : undefined);
}
