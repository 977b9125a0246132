/**
 * readDataFile: the one entry point for the pane and tools. Tells the real format from the bytes (zip, OLE,
 * text) as well as the name, reads it, and always resolves: every failure is a DataFileError with a message
 * in both languages, never a throw. The .xlsx reader is loaded on demand (see xlsx.ts).
 */
import { describeError, fatal, problem } from '../core/figures/data-file-diagnostics';
import { LIMITS } from '../core/figures/model';
import { decodeText } from '../files/decode-text';
import { hasSignature, isZip } from '../files/signatures';
import { readCsvText } from './csv';
import { finishDataset, type DataFileResult, type DataFormat } from './finish-dataset';
import { parseFiguresJson } from './json-records';
import type { ReadOptions } from './options';

export type { DataFileResult, DataFormat, ReadOptions };

const EXTENSIONS: Record<string, DataFormat> = { '.xlsx': 'xlsx', '.xlsm': 'xlsx', '.csv': 'csv', '.tsv': 'csv', '.txt': 'csv', '.json': 'json' };

export function extensionOf(fileName: string): string {
  const match = /\.[^./\\]+$/.exec(fileName.trim());
  return match ? match[0].toLowerCase() : '';
}

export async function readDataFile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<DataFileResult> {
  try {
    return await dispatch(bytes, fileName, options);
  } catch (error) {
    return { ok: false, error: fatal('internal', { detail: describeError(error) }) };
  }
}

async function dispatch(bytes: Uint8Array, fileName: string, options: ReadOptions): Promise<DataFileResult> {
  const ext = extensionOf(fileName);
  const named = EXTENSIONS[ext];
  if (options.signal?.aborted) return { ok: false, error: fatal('aborted') };
  if (bytes.length > LIMITS.maxFileBytes) return { ok: false, error: fatal('too-large', { bytes: bytes.length, limit: LIMITS.maxFileBytes }) };
  if (bytes.length === 0) return { ok: false, error: fatal('empty-file') };
  if (hasSignature(bytes, 'ole')) return { ok: false, error: fatal('encrypted-or-xls') };
  if (ext === '.xls' || ext === '.doc' || hasSignature(bytes, 'pdf')) return { ok: false, error: fatal('unsupported-format', { ext }) };

  if (isZip(bytes)) {
    const { readXlsx } = await import('./xlsx');
    const result = await readXlsx(bytes, options);
    if (result.ok && named !== 'xlsx') result.problems.push(problem('extension-mismatch', {}, { ext: ext || '(none)', actual: '.xlsx' }));
    return result;
  }
  if (named === 'xlsx') return { ok: false, error: fatal('not-xlsx', decodeText(bytes).ok ? { ext, variant: 'text' } : { ext }) };
  if (named === undefined && ext !== '') return { ok: false, error: fatal('unsupported-format', { ext }) };

  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.reason === 'binary' ? fatal('binary', { ext: ext || '(none)' }) : fatal('encoding') };
  if (!decoded.text.trim()) return { ok: false, error: fatal('empty-file') };
  // Without a known extension the first character decides: JSON starts with { or [.
  const format = named ?? (/^\s*[[{]/.test(decoded.text) ? 'json' : 'csv');
  options.onProgress?.(0);
  if (format === 'csv') return readCsvText(decoded.text, options);
  const json = parseFiguresJson(decoded.text);
  if (!json.ok) return json;
  options.onProgress?.(1);
  return finishDataset('json', 'records', json.records, json.checks, json.problems);
}
