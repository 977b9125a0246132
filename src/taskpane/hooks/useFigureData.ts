import { useCallback, useRef, useState } from 'react';
import type { Dataset } from '../../core/figures/dataset';
import { localize } from '../../core/i18n/messages';
import type { Localized } from '../../core/i18n/lang';
import { isCodeNotLoaded } from '../../host/errors';
import { sourceOf, type FigureSource, type KeptFileHandle, type SourceRequest } from '../figure-request';
import type { LoadedResult, SourceRead } from '../figure-source';

export type { FigureSource };

/** Where figures were read from, and when: the pane always says which file the figures shown come from. */
export interface ReadFrom {
  source: FigureSource;
  readAt: Date;
}

/** While a file loads or after it failed, `last` is the figures loaded before, still usable, and `lastFrom` their file. */
export type FigureDataState =
  | { status: 'idle' }
  | { status: 'loading'; source: FigureSource; progress: number; last?: LoadedResult; lastFrom?: ReadFrom }
  | { status: 'loaded'; source: FigureSource; result: LoadedResult; readAt: Date }
  | { status: 'failed'; source: FigureSource; message: Localized; last?: LoadedResult; lastFrom?: ReadFrom };

/** The figures to work with: those loaded, else those loaded before the current attempt. */
export function usableResult(state: FigureDataState): LoadedResult | undefined {
  if (state.status === 'loaded') return state.result;
  return state.status === 'idle' ? undefined : state.last;
}

export interface FigureData {
  state: FigureDataState;
  /** A chosen file; with its handle (File System Access API) a refresh reads it as it is on disk then. */
  loadFile(file: File, handle?: KeptFileHandle): Promise<Dataset | undefined>;
  loadUrl(url: string): Promise<Dataset | undefined>;
  loadSample(): Promise<Dataset | undefined>;
  /**
   * Reads the same source again and gives the figures read: a URL or the sample is fetched again, a chosen
   * file read again from disk (where the browser cannot, the state says to choose it again); undefined if
   * that failed.
   */
  reload(): Promise<Dataset | undefined>;
  /** Stops the load under way (the fetch, or the reading in the worker); the figures loaded before stay. */
  cancel(): void;
}

/** The shared data file, once loaded, for both the figures panel and the check; only the latest load counts. */
export function useFigureData(): FigureData {
  const [state, setState] = useState<FigureDataState>({ status: 'idle' });
  const latest = useRef(0);
  const lastGood = useRef<LoadedResult>();
  const reading = useRef<AbortController>();
  const lastFrom = useRef<ReadFrom>();
  const lastRequest = useRef<SourceRequest>();

  const load = useCallback(async (request: SourceRequest): Promise<Dataset | undefined> => {
    const run = ++latest.current;
    const current = () => run === latest.current;
    const source = sourceOf(request);
    lastRequest.current = request;
    const [last, from] = [lastGood.current, lastFrom.current];
    setState({ status: 'loading', source, progress: 0, last, lastFrom: from });
    // A newer load stops the one before it (its worker is ended).
    reading.current?.abort();
    reading.current = new AbortController();
    const read = await readWithReaders(request, (progress) => current() && setState({ status: 'loading', source, progress, last, lastFrom: from }), reading.current.signal);
    if (!current()) return undefined;
    if (!read.ok) {
      setState({ status: 'failed', source, message: read.message, last, lastFrom: from });
      return undefined;
    }
    const readAt = new Date();
    lastGood.current = read.result;
    lastFrom.current = { source, readAt };
    setState({ status: 'loaded', source, result: read.result, readAt });
    return read.result.dataset;
  }, []);

  const loadFile = useCallback((file: File, handle?: KeptFileHandle) => load({ kind: 'file', file, handle }), [load]);
  const loadUrl = useCallback((url: string) => load({ kind: 'url', url }), [load]);
  const loadSample = useCallback(() => load({ kind: 'sample' }), [load]);

  const reload = useCallback(async () => {
    if (!lastRequest.current || state.status === 'loading') return undefined;
    return load(lastRequest.current);
  }, [state, load]);

  const cancel = useCallback(() => {
    if (state.status !== 'loading') return;
    latest.current++;
    reading.current?.abort();
    setState({ status: 'failed', source: state.source, message: localize({ code: 'pane-figures-cancelled', params: {} }), last: state.last, lastFrom: state.lastFrom });
  }, [state]);

  return { state, loadFile, loadUrl, loadSample, reload, cancel };
}

/**
 * The source read by the readers, which load on demand with the panels that load figures (never with the first
 * panel). Their code not coming (offline, or after an update) is said as that, not as a fault of the file; any other
 * failure in its own words, so a load always ends. A load cancelled or replaced while the code came starts no read.
 */
async function readWithReaders(request: SourceRequest, onProgress: (progress: number) => void, signal: AbortSignal): Promise<SourceRead> {
  try {
    const { readFigureSource } = await import(/* webpackChunkName: "figure-source" */ '../figure-source');
    if (signal.aborted) return { ok: false, message: localize({ code: 'pane-figures-cancelled', params: {} }) };
    return await readFigureSource(request, onProgress, signal);
  } catch (error) {
    if (isCodeNotLoaded(error)) return { ok: false, message: localize({ code: 'pane-figures-code-unavailable', params: {} }) };
    return { ok: false, message: localize({ code: 'pane-figures-read-failed', params: { detail: error instanceof Error ? error.message : String(error) } }) };
  }
}
