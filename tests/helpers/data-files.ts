/** Data files for reader tests: workbooks written by write-excel-file, and a result that must have loaded. */
import writeExcelFile, { type Sheet } from 'write-excel-file/node';
import type { DataFileResult } from '../../src/data/read-data-file';

export type SheetData = Sheet<unknown>['data'];

export async function xlsx(sheets: Array<{ sheet: string; data: SheetData }>): Promise<Uint8Array> {
  return new Uint8Array(await writeExcelFile(sheets as Sheet<Buffer>[]).toBuffer());
}

export function loaded(result: DataFileResult): Extract<DataFileResult, { ok: true }> {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message['en-US']}`);
  return result;
}
