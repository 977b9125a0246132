/**
 * Choosing the data file so that a refresh can read it again: the File System Access API's picker keeps a
 * handle to the file on disk (Chromium and Edge WebView2, which Word on Windows uses). It is looked for at run
 * time; where it is missing or refused (a cross-origin frame, a policy), the pane falls back to the file box.
 */
import type { KeptFileHandle } from './figure-request';

type OpenFilePicker = (options: { multiple: false; types: Array<{ description: string; accept: Record<string, string[]> }> }) => Promise<KeptFileHandle[]>;

export const DATA_FILE_TYPES = { 'application/octet-stream': ['.xlsx', '.csv', '.json', '.txt'] };

export type Picked = { kind: 'picked'; file: File; handle: KeptFileHandle } | { kind: 'cancelled' } | { kind: 'unavailable' };

export async function pickKeptFile(description: string, scope: object = globalThis): Promise<Picked> {
  const picker = (scope as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
  if (typeof picker !== 'function') return { kind: 'unavailable' };
  try {
    const [handle] = await picker.call(scope, { multiple: false, types: [{ description, accept: DATA_FILE_TYPES }] });
    if (!handle) return { kind: 'cancelled' };
    return { kind: 'picked', file: await handle.getFile(), handle };
  } catch (error) {
    // AbortError: the writer closed the picker. Anything else (SecurityError in a frame): use the file box.
    return (error as { name?: unknown } | null)?.name === 'AbortError' ? { kind: 'cancelled' } : { kind: 'unavailable' };
  }
}
