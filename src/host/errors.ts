import { HOST_ERROR_KINDS, HostError, type HostErrorKind } from './contract';

/**
 * Code the pane loads on demand that did not come: webpack's ChunkLoadError (“Loading chunk 12 failed.”), or a
 * module import the browser could not fetch.
 */
const CODE_NOT_LOADED = /^(?:Loading (?:CSS )?chunk \S+ failed|Failed to fetch dynamically imported module|error loading dynamically imported module)/;

/** Whether `error` says code the pane loads on demand did not come (so not the document's, the file's or Word's fault). */
export function isCodeNotLoaded(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, message } = error as Record<string, unknown>;
  return name === 'ChunkLoadError' || (typeof message === 'string' && CODE_NOT_LOADED.test(message));
}

/** Anything a host call threw, as a HostError the pane can put in plain words (unknown errors: 'failed'). */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  if (error && typeof error === 'object') {
    const { name, kind, detail, message } = error as Record<string, unknown>;
    // A HostError from another bundle or realm (the preview's iframe) fails instanceof but keeps its shape.
    if (name === 'HostError' && HOST_ERROR_KINDS.includes(kind as HostErrorKind)) {
      return new HostError(kind as HostErrorKind, typeof detail === 'string' ? detail : undefined);
    }
    // Not Word's doing: the step's own code is missing, and the words say so.
    if (isCodeNotLoaded(error)) return new HostError('code-unavailable', typeof message === 'string' ? message : undefined);
    if (typeof message === 'string' && message) return new HostError('failed', message);
  }
  return new HostError('failed', typeof error === 'string' && error ? error : undefined);
}
