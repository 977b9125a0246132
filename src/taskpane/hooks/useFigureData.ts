import { useCallback, useRef, useState } from 'react';
import type { Dataset } from '../../core/figures/dataset';
import type { DataFileResult } from '../../data/read-data-file';

/** Where the figures came from: a file picked on this computer, a URL the writer gave, or the bundled sample. */
export type FigureSource = { kind: 'file'; name: string } | { kind: 'url'; url: string } | { kind: 'sample'; name: string };

type LoadedResult = Extract<DataFileResult, { ok: true }>;

/** While a file loads or after it failed, `last` is the figures loaded before, still usable. */
export type FigureDataState =
  | { status: 'idle' }
  | { status: 'loading'; source: FigureSource; progress: number; last?: LoadedResult }
  | { status: 'loaded'; source: FigureSource; result: LoadedResult }
  | { status: 'failed'; source: FigureSource; message: { 'zh-CN': string; 'en-US': string }; last?: LoadedResult };

/** The figures to work with: those loaded, else those loaded before the current attempt. */
export function usableResult(state: FigureDataState): LoadedResult | undefined {
  if (state.status === 'loaded') return state.result;
  return state.status === 'idle' ? undefined : state.last;
}

export const SAMPLE_DATA_PATH = 'assets/sample-figures.csv';

export interface FigureData {
  state: FigureDataState;
  loadFile(file: File): Promise<Dataset | undefined>;
  loadUrl(url: string): Promise<Dataset | undefined>;
  loadSample(): Promise<Dataset | undefined>;
  /**
   * Reads the same source again and gives the figures read (a URL or the sample is fetched again; a picked
   * file cannot be re-read by a web page, so its figures as loaded are given); undefined if that failed.
   */
  reload(): Promise<Dataset | undefined>;
}

/**
 * The shared data file, once loaded, for both the figures panel and the check. Reading happens in the
 * pane, in chunks that yield to the browser, so a 50,000-row file shows progress and the pane stays usable;
 * the readers load on demand so the first screen does not wait for them. A URL is fetched only when the
 * writer asks (load, reload); nothing is ever sent.
 */
export function useFigureData(): FigureData {
  const [state, setState] = useState<FigureDataState>({ status: 'idle' });
  const latest = useRef(0);

  const lastGood = useRef<LoadedResult>();
  const read = useCallback(async (source: FigureSource, bytes: () => Promise<Uint8Array>, name: string): Promise<Dataset | undefined> => {
    const run = ++latest.current;
    const current = () => run === latest.current;
    const last = lastGood.current;
    setState({ status: 'loading', source, progress: 0, last });
    let data: Uint8Array;
    try {
      data = await bytes();
    } catch (error) {
      if (current()) setState({ status: 'failed', source, message: fetchMessage(error), last });
      return undefined;
    }
    const { readDataFile } = await import(/* webpackChunkName: "data-readers" */ '../../data/read-data-file');
    const result = await readDataFile(data, name, { onProgress: (progress) => current() && setState({ status: 'loading', source, progress, last }) });
    if (!current()) return undefined;
    if (result.ok) lastGood.current = result;
    setState(result.ok ? { status: 'loaded', source, result } : { status: 'failed', source, message: result.error.message, last });
    return result.ok ? result.dataset : undefined;
  }, []);

  const loadFile = useCallback((file: File) => read({ kind: 'file', name: file.name }, async () => new Uint8Array(await file.arrayBuffer()), file.name), [read]);
  const loadUrl = useCallback((url: string) => read({ kind: 'url', url }, () => fetchBytes(url), fileNameOf(url)), [read]);
  const loadSample = useCallback(() => read({ kind: 'sample', name: 'sample-figures.csv' }, () => fetchBytes(SAMPLE_DATA_PATH), 'sample-figures.csv'), [read]);

  const reload = useCallback(async () => {
    if (state.status === 'idle' || state.status === 'loading') return undefined;
    const { source } = state;
    if (source.kind === 'url') return loadUrl(source.url);
    if (source.kind === 'sample') return loadSample();
    return usableResult(state)?.dataset;
  }, [state, loadUrl, loadSample]);

  return { state, loadFile, loadUrl, loadSample, reload };
}

class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  // Credentials are never sent: a shared data file is public to the office, and cookies would leak to it.
  const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
  if (!response.ok) throw new HttpError(response.status);
  return new Uint8Array(await response.arrayBuffer());
}

function fileNameOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url, 'https://example.invalid/').pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

/** Why a fetch failed, in words that say what to do; a browser reports network and CORS failures alike. */
function fetchMessage(error: unknown): { 'zh-CN': string; 'en-US': string } {
  if (error instanceof HttpError) {
    return {
      'zh-CN': `服务器拒绝了请求（HTTP ${error.status}）：请核对地址，或请文件所在网站的管理员检查权限。`,
      'en-US': `The server refused the request (HTTP ${error.status}): check the address, or ask the site's administrator about access.`,
    };
  }
  return {
    'zh-CN': '连不上这个地址：请检查网络和地址；如果地址没错，可能是该网站不允许本加载项读取（CORS），请改为下载后用“选择文件”载入。',
    'en-US': 'Could not reach this address: check the network and the address. If it is right, the site may not allow this add-in to read it (CORS); download the file and load it with “Choose file” instead.',
  };
}
