/**
 * readDataFile: the one entry point for the pane and tools. Tells the real format from the bytes (zip, OLE,
 * text) as well as the name, reads it, and always resolves: every failure is a DataFileError with a message
 * in both languages, never a throw. The .xlsx reader is loaded on demand (see xlsx.ts).
 */
import { describeError, fatal } from '../core/figures/errors';
import { LIMITS } from '../core/figures/model';
import { parseFiguresJson } from '../core/figures/json';
import { problem } from '../core/figures/problems';
import { finishDataset, type DataFileResult, type DataFormat } from '../core/figures/result';
import { readCsvText } from './csv';
import { decodeText } from './decode';
import type { ReadOptions } from './options';

export type { DataFileResult, ReadOptions };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

const EXTENSIONS: Record<string, DataFormat> = { '.xlsx': 'xlsx', '.xlsm': 'xlsx', '.csv': 'csv', '.tsv': 'csv', '.txt': 'csv', '.json': 'json' };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

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
  if (startsWith(bytes, OLE)) return { ok: false, error: fatal('encrypted-or-xls') };
  if (ext === '.xls' || ext === '.doc' || startsWith(bytes, PDF)) return { ok: false, error: fatal('unsupported-format', { ext }) };

  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    const { readXlsx } = await import('./xlsx');
    const result = await readXlsx(bytes, options);
    if (result.ok && named !== 'xlsx') result.problems.push(problem('extension-mismatch', {}, { ext: ext || '(none)', actual: '.xlsx' }));
    return result;
  }
  if (named === 'xlsx') {
    const looksLike = decodeText(bytes, ext).ok ? 'text' : 'other';
    return { ok: false, error: fatal('not-xlsx', { ext, looksLike }) };
  }
  if (named === undefined && ext !== '') return { ok: false, error: fatal('unsupported-format', { ext }) };

  const decoded = decodeText(bytes, ext);
  if (!decoded.ok) return decoded;
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
