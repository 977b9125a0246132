/** Options every data-file reader takes. */
export interface ReadOptions {
  /** Called with the fraction read so far (0–1), at least at the end; for a progress bar on large files. */
  onProgress?: (fraction: number) => void;
  /** Stops reading at the next chunk; the result is then an 'aborted' error. */
  signal?: { readonly aborted: boolean };
}

/** Lets the pane repaint between chunks (a macrotask, so rendering and input get their turn). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
