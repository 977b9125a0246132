/**
 * CSV (and tab-separated text) into figures, in chunks: papaparse parses a chunk, the table reader takes its
 * rows, and the reader yields to the event loop so the pane stays responsive and can show progress.
 * CSV cannot carry checks; use .xlsx (a 校验 sheet) or .json for those.
 */
import Papa from 'papaparse';
import { describeError, fatal, problem } from '../core/figures/data-file-diagnostics';
import { LIMITS, type DataFileError, type DataProblem } from '../core/figures/model';
import { finishDataset, type DataFileResult } from './finish-dataset';
import { FigureTableReader } from './table-reader';
import type { ReadOptions } from './options';

/** Small enough that a chunk takes a few milliseconds, large enough that yielding costs little. */
const CHUNK_CHARS = 256 * 1024;

/** Which separator a character code is: 0 comma, 1 tab, 2 semicolon, -1 none. */
const separatorKind = (c: number) => (c === 44 ? 0 : c === 9 ? 1 : c === 59 ? 2 : -1);

/**
 * Checks the limits before papaparse runs: papaparse re-reads a line longer than a chunk at every chunk (a 60 MB
 * line would take minutes), and a file over the row limit is refused without parsing 200,000 rows first.
 * Separators count outside quotes; trailing ones (Excel's empty formatted columns) do not. Stops at the first
 * line over the column limit.
 */
export function csvLimitError(text: string): DataFileError | undefined {
  const counts = [0, 0, 0];
  const pending = [0, 0, 0];
  let quoted = false;
  let row = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    if (quoted) continue;
    const kind = separatorKind(c);
    if (kind >= 0) pending[kind] = (pending[kind] as number) + 1;
    else if (c === 10) {
      if (row >= LIMITS.maxRows && i < text.length - 1) return fatal('too-many-rows', { limit: LIMITS.maxRows });
      counts.fill(0);
      pending.fill(0);
      row += 1;
    } else if (c !== 13 && c !== 32) {
      for (let k = 0; k < 3; k++) {
        counts[k] = (counts[k] as number) + (pending[k] as number);
        // Separators followed by content are columns for sure: no need to read the rest of a huge line.
        if ((counts[k] as number) + 1 > LIMITS.maxColumns) {
          return fatal('too-many-columns', { row, count: wholeLine(text, i, k, counts[k] as number), limit: LIMITS.maxColumns });
        }
      }
      pending.fill(0);
    }
  }
  return undefined;
}

/** The line's column count for the message: separators to the line's end (quotes ignored, nothing allocated). */
function wholeLine(text: string, from: number, kind: number, counted: number): number {
  const separator = [',', '\t', ';'][kind] as string;
  const newline = text.indexOf('\n', from);
  const end = newline < 0 ? text.length : newline;
  let last = end;
  while (last > from && [9, 13, 32, 44, 59].includes(text.charCodeAt(last - 1))) last -= 1;
  let count = counted + 1;
  for (let j = text.indexOf(separator, from); j >= 0 && j < last; j = text.indexOf(separator, j + 1)) count += 1;
  return count;
}

export function readCsvText(text: string, options: ReadOptions = {}): Promise<DataFileResult> {
  const limitError = csvLimitError(text);
  if (limitError) return Promise.resolve({ ok: false, error: limitError });
  const table = new FigureTableReader({ fromText: true });
  const quoteProblems: DataProblem[] = [];
  return new Promise<DataFileResult>((resolve) => {
    let settled = false;
    const settle = (result: DataFileResult) => {
      if (!settled) resolve(result);
      settled = true;
    };
    Papa.parse<string[]>(text, {
      chunkSize: CHUNK_CHARS,
      skipEmptyLines: false,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        if (options.signal?.aborted) {
          settle({ ok: false, error: fatal('aborted') });
          return parser.abort(); // calls complete(), which finds the promise settled
        }
        const before = table.rowsRead;
        for (const e of results.errors) {
          // An unclosed quote swallows the lines after it: say where it starts. Other errors (a short row) are harmless.
          if (e.type === 'Quotes' && quoteProblems.length < 20) quoteProblems.push(problem('csv-quote', { row: before + (e.row ?? 0) + 1 }));
        }
        if (!table.push(results.data)) {
          settle({ ok: false, error: table.error ?? fatal('internal', { detail: 'table reader stopped' }) });
          return parser.abort();
        }
        options.onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
        parser.pause();
        // The next chunks run from this timer, outside the promise: a throw there must still settle it.
        setTimeout(() => {
          try {
            parser.resume();
          } catch (error) {
            settle({ ok: false, error: fatal('internal', { detail: describeError(error) }) });
          }
        }, 0);
      },
      complete() {
        if (settled) return;
        const outcome = table.finish();
        if (!outcome.ok) return settle({ ok: false, error: outcome.error });
        options.onProgress?.(1);
        settle(finishDataset('csv', outcome.layout, outcome.records, [], [...quoteProblems, ...outcome.problems]));
      },
      error(error: Error) {
        settle({ ok: false, error: fatal('internal', { detail: error.message }) });
      },
    });
  });
}
