import { writeFile } from 'node:fs/promises';
import { unparse } from 'papaparse';
import type { Row, Sheet } from 'write-excel-file/node';
import { text } from '../core/i18n/catalog';
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
    const notWritten = (lang: Lang) => text('cli-summary-not-written', { file: path, detail: writeFailure(error, lang) }, lang);
    return `${notWritten('zh-CN')} / ${notWritten('en-US')}`;
  }
}

/** Why the file could not be written, in words a reviewer can act on; the system's own words when it is none of these. */
function writeFailure(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return text('cli-summary-write-failure', { variant: 'no-folder' }, lang);
  if (code === 'EISDIR') return text('cli-summary-write-failure', { variant: 'folder' }, lang);
  // Windows refuses a file Excel holds open with EBUSY or EPERM.
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') return text('cli-summary-write-failure', { variant: 'in-use' }, lang);
  return (error as Error).message;
}
