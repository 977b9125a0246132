/**
 * Reads a data file off the pane's thread: the pane stays free to paint progress and answer clicks while a
 * 50,000-row workbook is unzipped and parsed. The same readers as everywhere (src/data); only the result's
 * shape changes to cross threads (see messages.ts).
 */
import { readDataFile } from '../../data/read-data-file';
import { RECORDS_PER_MESSAGE, type ReadRequest, type WorkerReply } from './messages';

/** The worker's global scope, typed by what is used: the project's types are the page's (lib DOM). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ReadRequest>) => void) | null; postMessage(reply: WorkerReply): void };

scope.onmessage = async (event) => {
  const { bytes, name } = event.data;
  let shown = -1;
  const onProgress = (fraction: number) => {
    // A message per percent is plenty for a progress bar.
    if (Math.round(fraction * 100) === shown) return;
    shown = Math.round(fraction * 100);
    scope.postMessage({ kind: 'progress', fraction });
  };
  const result = await readDataFile(bytes, name, { onProgress });
  if (!result.ok) return scope.postMessage({ kind: 'failed', error: result.error });
  const { records, checks } = result.dataset;
  for (let start = 0; start < records.length; start += RECORDS_PER_MESSAGE) {
    scope.postMessage({ kind: 'records', records: records.slice(start, start + RECORDS_PER_MESSAGE) });
  }
  scope.postMessage({ kind: 'done', format: result.format, layout: result.layout, checks: [...checks], problems: result.problems });
};
