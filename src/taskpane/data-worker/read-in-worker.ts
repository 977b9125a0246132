/**
 * The pane's way to read a data file: in a Web Worker (the pane's Content-Security-Policy allows
 * worker-src 'self'), so no long task blocks painting while a large workbook loads. Where a worker cannot be
 * started, undefined: the caller then reads on this thread, in chunks that yield (src/data's readers).
 */
import { DatasetBuilder } from '../../core/figures/dataset';
import { fatal } from '../../core/figures/data-file-diagnostics';
import type { DataFileResult } from '../../data/read-data-file';
import type { ReadOptions } from '../../data/options';
import type { ReadRequest, WorkerReply } from './messages';

function startWorker(): Worker | undefined {
  try {
    // @ts-expect-error -- import.meta is how webpack 5 finds and bundles a worker; tsc checks this project as CommonJS.
    return new Worker(new URL('./data-file.worker.ts', import.meta.url), { name: 'data-file' });
  } catch {
    return undefined;
  }
}

/** Undefined when no worker could run the read (none in this browser, or it failed to start). */
export function readInWorker(bytes: Uint8Array, name: string, options: ReadOptions & { signal?: AbortSignal } = {}): Promise<DataFileResult | undefined> {
  const worker = startWorker();
  if (!worker) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    // Each batch is indexed as it arrives, a task of its own: no single task indexes all 50,000 records.
    const builder = new DatasetBuilder();
    let answered = false;
    const finish = (result: DataFileResult | undefined) => {
      worker.terminate();
      options.signal?.removeEventListener('abort', abort);
      resolve(result);
    };
    const abort = () => finish({ ok: false, error: fatal('aborted') });
    options.signal?.addEventListener('abort', abort);
    worker.onmessage = ({ data: reply }: MessageEvent<WorkerReply>) => {
      answered = true;
      if (reply.kind === 'progress') options.onProgress?.(reply.fraction);
      else if (reply.kind === 'records') builder.add(reply.records);
      else if (reply.kind === 'failed') finish({ ok: false, error: reply.error });
      else finish({ ok: true, format: reply.format, layout: reply.layout, dataset: builder.finish(reply.checks), problems: reply.problems });
    };
    // A worker that could not load its script answers nothing: read on this thread instead.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(answered ? { ok: false, error: fatal('internal', { detail: event.message || 'worker error' }) } : undefined);
    };
    // Copied, not transferred: the bytes stay here for the fallback.
    worker.postMessage({ bytes, name } satisfies ReadRequest);
  });
}
