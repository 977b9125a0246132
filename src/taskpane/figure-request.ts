/**
 * What the writer asked figures to be read from, and how the pane names it: kept apart from the readers
 * (./figure-source, loaded on demand), so the pane can name the source even when their code does not load.
 */
export const SAMPLE_DATA_PATH = 'assets/sample-figures.csv';
export const SAMPLE_NAME = 'sample-figures.csv';

/** Where the figures came from, as the pane names it. */
export type FigureSource = { kind: 'file'; name: string } | { kind: 'url'; url: string } | { kind: 'sample'; name: string };

/**
 * A file kept by the File System Access API (Chromium, Edge WebView2): `getFile()` reads it as it is on disk
 * now, so a refresh sees the office's changes.
 */
export interface KeptFileHandle {
  getFile(): Promise<File>;
}

/**
 * What to read: the picked file (with its handle where the browser keeps one), an address, or the sample.
 * A file from `<input type=file>` is the file as it was when chosen: after it changes on disk, Chromium
 * refuses to read it again, so the writer is asked to choose it again.
 */
export type SourceRequest = { kind: 'file'; file: File; handle?: KeptFileHandle } | { kind: 'url'; url: string } | { kind: 'sample' };

/** How the pane names the source of a request. */
export function sourceOf(request: SourceRequest): FigureSource {
  if (request.kind === 'file') return { kind: 'file', name: request.file.name };
  return request.kind === 'url' ? request : { kind: 'sample', name: SAMPLE_NAME };
}
