/**
 * Fetching a data file from its address, so that nothing hangs and nothing huge is held: the wait is bounded
 * (30 s with nothing from the server, the writer's 取消 at any time), the size limit is enforced as the body
 * streams in (reading stops at the limit; the whole body is never buffered first), and a sign-in page is told
 * apart from a data file (a server behind SSO answers the pane, which sends no cookies, with its login form).
 */
import { LIMITS } from '../core/figures/model';
import { fileNameFromResponse } from './data-url';

/** Longest wait with nothing from the server (no answer, or no more of the body) before reading stops. */
export const DATA_URL_IDLE_SECONDS = 30;

export type FetchFailure =
  | { kind: 'refused'; status: number }
  | { kind: 'sign-in' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'too-large'; limitMiB: number }
  | { kind: 'cancelled' }
  | { kind: 'unreachable' };

export class DataUrlError extends Error {
  constructor(readonly failure: FetchFailure) {
    super(failure.kind);
  }
}

export interface FetchLimits {
  idleMs?: number;
  maxBytes?: number;
}

/** The body's bytes and the file's name (from Content-Disposition where the server gives one); throws DataUrlError. */
export async function fetchDataUrl(url: string, signal?: AbortSignal, limits: FetchLimits = {}): Promise<{ bytes: Uint8Array; name: string }> {
  const idleMs = limits.idleMs ?? DATA_URL_IDLE_SECONDS * 1000;
  const maxBytes = limits.maxBytes ?? LIMITS.maxFileBytes;
  const stop = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waitAgain = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      stop.abort();
    }, idleMs);
  };
  const onCancel = () => stop.abort();
  signal?.addEventListener('abort', onCancel);
  if (signal?.aborted) stop.abort();
  waitAgain();
  try {
    // Credentials are never sent: a shared data file is public to the office, and cookies would leak to it.
    const response = await fetch(url, { credentials: 'omit', cache: 'no-store', signal: stop.signal });
    if (response.status === 401 || response.status === 407 || looksLikeSignIn(response)) throw new DataUrlError({ kind: 'sign-in' });
    if (!response.ok) throw new DataUrlError({ kind: 'refused', status: response.status });
    const declared = Number(headerOf(response, 'content-length'));
    if (declared > maxBytes) throw tooLarge(maxBytes);
    const bytes = await readUpTo(response, maxBytes, waitAgain);
    if (isHtml(bytes)) throw new DataUrlError({ kind: 'sign-in' });
    return { bytes, name: fileNameFromResponse(response.url || url, headerOf(response, 'content-disposition'), headerOf(response, 'content-type')) };
  } catch (error) {
    if (error instanceof DataUrlError) throw error;
    if (timedOut) throw new DataUrlError({ kind: 'timeout', seconds: Math.round(idleMs / 1000) });
    if (signal?.aborted) throw new DataUrlError({ kind: 'cancelled' });
    // A browser reports network and CORS failures alike.
    throw new DataUrlError({ kind: 'unreachable' });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCancel);
  }
}

function tooLarge(maxBytes: number): DataUrlError {
  return new DataUrlError({ kind: 'too-large', limitMiB: Math.round(maxBytes / 1024 / 1024) });
}

/** Reads the body chunk by chunk, each chunk restarting the wait; past the limit the stream is cancelled. */
async function readUpTo(response: Response, maxBytes: number, onChunk: () => void): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk();
    length += value.length;
    if (length > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** An HTML answer, or a redirect that landed on a sign-in address (login, SSO, CAS, OAuth). */
function looksLikeSignIn(response: Response): boolean {
  const type = (headerOf(response, 'content-type') ?? '').toLowerCase();
  if (/text\/html|application\/xhtml/.test(type)) return true;
  return response.redirected && /login|log-in|signin|sign-in|sso|\/cas\/|oauth|authori[sz]e|passport/i.test(response.url);
}

/** A header, or null where the fetch in use gives a response without headers (some embedded browsers' shims). */
function headerOf(response: Response, name: string): string | null {
  return (response.headers as Headers | undefined)?.get(name) ?? null;
}

/** A page served without a type (or as octet-stream) still starts with <!DOCTYPE html> or <html. */
function isHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF?\s*/, '').toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}
