/**
 * Reading the data file in the pane: a file picked on this computer, an https address, or the bundled sample,
 * read in a Web Worker (without one, in chunks that yield) so a 50,000-row file shows progress. The readers
 * load on demand so the first screen does not wait for them. A URL is fetched only when the writer asks; nothing is sent.
 */
import { localize } from '../core/i18n/catalog';
import type { Localized } from '../core/i18n/lang';
import type { ReadOptions } from '../data/options';
import { DATA_READ_MARK } from './data-worker/messages';
import { DataUrlError, fetchDataUrl, type FetchFailure } from './fetch-data-url';
import type { DataFileResult } from '../data/read-data-file';
import { SAMPLE_DATA_PATH, SAMPLE_NAME, type KeptFileHandle, type SourceRequest } from './figure-request';

export type LoadedResult = Extract<DataFileResult, { ok: true }>;

/** The figures and the problems found on the way, or why nothing could be read (both languages, from the catalog). */
export type SourceRead = { ok: true; result: LoadedResult } | { ok: false; message: Localized };

export async function readFigureSource(request: SourceRequest, onProgress?: (progress: number) => void, signal?: AbortSignal): Promise<SourceRead> {
  let bytes: Uint8Array;
  let name = request.kind === 'file' ? request.file.name : SAMPLE_NAME;
  try {
    if (request.kind === 'file') bytes = await fileBytes(request);
    else ({ bytes, name } = await fetchNamed(request.kind === 'url' ? request.url : SAMPLE_DATA_PATH, request.kind === 'url' ? undefined : SAMPLE_NAME, signal));
  } catch (error) {
    if (request.kind === 'file') return { ok: false, message: localize({ code: 'pane-figures-file-unreadable', params: { name: request.file.name } }) };
    return { ok: false, message: fetchMessage(error) };
  }
  const result = await readData(bytes, name, { onProgress, signal });
  return result.ok ? { ok: true, result } : { ok: false, message: result.error.message };
}

/** An address's bytes and the name the readers go by (its extension tells the format): the server's, or `known`. */
async function fetchNamed(url: string, known: string | undefined, signal?: AbortSignal): Promise<{ bytes: Uint8Array; name: string }> {
  const fetched = await fetchDataUrl(url, signal);
  return known ? { ...fetched, name: known } : fetched;
}

/** In a Web Worker where the browser has one; else on this thread, in chunks that yield. */
async function readData(bytes: Uint8Array, name: string, options: ReadOptions & { signal?: AbortSignal }): Promise<DataFileResult> {
  const result = await readOnOrOffThread(bytes, name, options);
  // A User Timing mark where reading ends and showing the figures begins (bench/pane-longtask.ts splits there).
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(DATA_READ_MARK);
  return result;
}

async function readOnOrOffThread(bytes: Uint8Array, name: string, options: ReadOptions & { signal?: AbortSignal }): Promise<DataFileResult> {
  if (typeof Worker !== 'undefined') {
    const { readInWorker } = await import(/* webpackChunkName: "data-worker" */ './data-worker/read-in-worker');
    const inWorker = await readInWorker(bytes, name, options);
    if (inWorker) return inWorker;
  }
  const { readDataFile } = await import(/* webpackChunkName: "data-readers" */ '../data/read-data-file');
  return readDataFile(bytes, name, options);
}

/** The file as it is on disk now where a handle is kept; else the chosen file (which may have changed since). */
async function fileBytes(request: { file: File; handle?: KeptFileHandle }): Promise<Uint8Array> {
  const file = request.handle ? await request.handle.getFile() : request.file;
  return new Uint8Array(await file.arrayBuffer());
}

/** Why an address could not be read, in words that say what to do. */
function fetchMessage(error: unknown): Localized {
  const failure: FetchFailure = error instanceof DataUrlError ? error.failure : { kind: 'unreachable' };
  const { kind, ...params } = failure;
  return localize({ code: `pane-figures-fetch-${kind}`, params });
}
