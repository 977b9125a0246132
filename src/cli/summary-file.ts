import { writeFile } from 'node:fs/promises';
import { unparse } from 'papaparse';
import type { Row, Sheet } from 'write-excel-file/node';
import { bilingual, text } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { findingRows, sortWorstFirst, summaryColumns, summaryRow, type SummaryEntry } from './summary';

const FINDING_COLUMNS = ['file', 'unit', 'severity', 'place', 'heading', 'message', 'code'] as const;
/** Excel's column widths in characters, so a reviewer reads the sheet without resizing it. */
const SUMMARY_WIDTHS = [36, 24, 6, 24, 11, 7, 24, 6, 6, 30, 10];
const FINDING_WIDTHS = [36, 24, 6, 10, 30, 80, 20];

/**
 * Writes the batch's summary: a .xlsx with the summary table (one row per report, worst first) and every finding
 * on a second sheet, or the summary table alone as a .csv in UTF-8 with a BOM, which Excel opens as Chinese text.
 * Returns what went wrong, in both languages, or undefined when written.
 */
export async function writeSummaryFile(path: string, entries: readonly SummaryEntry[], lang: Lang): Promise<string | undefined> {
  const heading = (key: string) => text('cli-summary-column', { variant: key }, lang);
  const rows = sortWorstFirst(entries).map((e) => summaryRow(e, lang));
  const columns = summaryColumns(entries);
  const values = rows.map((row) => columns.map((key) => (key === 'year' && row.year ? Number(row.year) : row[key])));
  try {
    if (/\.csv$/i.test(path)) {
      await writeFile(path, '\uFEFF' + unparse([columns.map(heading), ...values], { newline: '\r\n' }) + '\r\n');
      return undefined;
    }
    const bold = (keys: readonly string[]): Row => keys.map((key) => ({ value: heading(key), fontWeight: 'bold' as const }));
    const sheets: Sheet<Buffer>[] = [
      { sheet: text('cli-summary-sheet', { variant: 'reports' }, lang), data: [bold(columns), ...values], columns: SUMMARY_WIDTHS.slice(0, columns.length).map((width) => ({ width })), stickyRowsCount: 1 },
      {
        sheet: text('cli-summary-sheet', { variant: 'findings' }, lang),
        data: [bold(FINDING_COLUMNS), ...findingRows(sortWorstFirst(entries), lang)],
        columns: FINDING_WIDTHS.map((width) => ({ width })),
        stickyRowsCount: 1,
      },
    ];
    // Loaded only when a summary is written as .xlsx: a batch without one starts without it.
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    await writeXlsxFile(sheets).toFile(path);
    return undefined;
  } catch (error) {
    return bilingual({ code: 'cli-summary-not-written', params: { file: path, detail: (error as Error).message } });
  }
}
