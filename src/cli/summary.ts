import { basename } from 'node:path';
import type { Finding } from '../core/diagnostic';
import type { LocationUnit } from '../core/document';
import { text } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { placeText } from '../core/i18n/report-text';
import type { Profile } from '../core/profile';
import type { ReportOverview } from '../core/report-overview';
import { displayWidth, fit, LINE_WIDTH, pad } from './format';

/** One report in the batch, as the summary needs it: its overview when checked, else why it was not. */
export type SummaryEntry =
  | { file: string; overview: ReportOverview; profile: Profile; findings: Finding[]; locationUnit: LocationUnit; carried?: number }
  | { file: string; problem: string; needsDocx: boolean };

/** A summary row in words, for the terminal, the .xlsx and the .csv alike. */
export interface SummaryRow {
  file: string;
  unit: string;
  year: string;
  type: string;
  date: string;
  late: string;
  missing: string;
  errors: number | '';
  warnings: number | '';
  problem: string;
  /** The share of the text carried over from last year's report (46%), when one was compared. */
  carried: string;
}

export const SUMMARY_COLUMNS = ['file', 'unit', 'year', 'type', 'date', 'late', 'missing', 'errors', 'warnings', 'problem'] as const;

/** The columns of a batch's summary: with a column of the share carried over when last year's reports were compared. */
export function summaryColumns(entries: readonly SummaryEntry[]): ReadonlyArray<keyof SummaryRow> {
  return compared(entries) ? [...SUMMARY_COLUMNS, 'carried'] : SUMMARY_COLUMNS;
}

function compared(entries: readonly SummaryEntry[]): boolean {
  return entries.some((e) => 'carried' in e && e.carried !== undefined);
}
/** An empty cell: ASCII, for the same reason as fit's "..". */
const DASH = '-';


/** Worst first: files not checked, then by errors, parts missing, lateness and warnings. */
export function sortWorstFirst(entries: readonly SummaryEntry[]): SummaryEntry[] {
  const weight = (e: SummaryEntry): number[] =>
    'problem' in e ? [1, 0, 0, 0, 0] : [0, e.overview.errors, e.overview.missingParts.length, e.overview.late ? 1 : 0, e.overview.warnings];
  return [...entries].sort((a, b) => {
    const [x, y] = [weight(a), weight(b)];
    const i = x.findIndex((v, k) => v !== y[k]);
    return i < 0 ? 0 : (y[i] as number) - (x[i] as number);
  });
}

export function summaryRow(entry: SummaryEntry, lang: Lang): SummaryRow {
  if ('problem' in entry) {
    const problem = entry.needsDocx ? text('cli-save-as-docx', {}, lang) : entry.problem;
    return { file: entry.file, unit: '', year: '', type: '', date: '', late: '', missing: '', errors: '', warnings: '', problem, carried: '' };
  }
  const { overview: o, profile } = entry;
  const partName = (id: string) => profile.parts.find((p) => p.id === id)?.name[lang] ?? id;
  return {
    file: entry.file,
    unit: o.unit ?? '',
    year: o.reportYear === null ? '' : String(o.reportYear),
    type: profile.name[lang],
    date: o.date ?? '',
    late: o.late === null ? '' : text('cli-summary-late', { variant: o.late ? 'yes' : 'no' }, lang),
    missing: o.missingParts.map(partName).join(lang === 'zh-CN' ? '、' : '; '),
    errors: o.errors,
    warnings: o.warnings,
    problem: '',
    carried: entry.carried === undefined ? '' : `${Math.round(entry.carried * 100)}%`,
  };
}

/** Every finding of the batch, one row each, for the .xlsx's second sheet. */
export function findingRows(entries: readonly SummaryEntry[], lang: Lang): string[][] {
  return entries.flatMap((e) =>
    'problem' in e
      ? []
      : e.findings.map((f) => [
          e.file,
          e.overview.unit ?? '',
          text('cli-severity', { variant: f.severity }, lang),
          f.at === null ? '' : placeText(e.locationUnit, f.at, lang),
          f.heading ?? '',
          f.message,
          f.code,
        ]),
  );
}

/**
 * The closing table: one line per report, within 80 columns, or a wider terminal's width; the report type and
 * then the unit are cut to fit. A file not checked keeps its whole name where it fits,
 * so the reviewer can tell which it was.
 */
export function formatSummary(entries: readonly SummaryEntry[], lang: Lang, lineWidth = LINE_WIDTH): string {
  const rows = sortWorstFirst(entries).map((e) => ({ entry: e, row: summaryRow(e, lang) }));
  const head = (key: string) => text('cli-summary-column', { variant: key }, lang);
  const withCarried = compared(entries);
  const typeShown = distinctiveTypes(rows.map(({ row }) => row.type));
  const cells = rows.map(({ entry, row }) => {
    const who = row.unit || basename(row.file);
    if ('problem' in entry) return [who, row.problem];
    const missing = 'overview' in entry ? String(entry.overview.missingParts.length) : '';
    const cells = [who, row.year || DASH, typeShown(row.type), row.date || DASH, row.late || DASH, missing, String(row.errors), String(row.warnings)];
    return withCarried ? [...cells, row.carried || DASH] : cells;
  });
  const header = ['unit', 'year', 'type', 'date', 'late', 'missing', 'errors', 'warnings', ...(withCarried ? ['carried'] : [])].map(head);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.filter((c) => c.length > 2).map((c) => displayWidth(c[i] ?? ''))));
  // The report type is cut first (its first words tell the built-in types apart), then the unit.
  const total = () => widths.reduce((sum, w) => sum + w + 2, 0);
  widths[2] = Math.min(widths[2] as number, Math.max(displayWidth(header[2] as string), (widths[2] as number) - (total() - lineWidth)));
  widths[0] = Math.max(8, (widths[0] as number) - Math.max(0, total() - lineWidth));
  // A file not checked: its name up to half the line, the reason in the rest.
  const nameWidth = (name: string) => Math.min(displayWidth(name), Math.max(widths[0] as number, Math.floor(lineWidth / 2) - 4));
  const line = (c: string[]) =>
    c.length === 2
      ? `  ${fit(c[0] as string, nameWidth(c[0] as string))}  ${fit(c[1] as string, lineWidth - 4 - nameWidth(c[0] as string))}`
      : '  ' + c.map((v, i) => pad(fit(v, widths[i] as number), widths[i] as number)).join('  ').trimEnd();
  return [text('cli-summary-title', { count: entries.length }, lang), line(header).trimEnd(), ...cells.map(line)].join('\n');
}

/**
 * The report types as the closing table shows them: without the words all of them start with ("Annual report on"),
 * so the types stay told apart when the column is cut. One type alone is shown whole.
 */
function distinctiveTypes(types: readonly string[]): (type: string) => string {
  const distinct = [...new Set(types.filter(Boolean))].map((type) => type.split(' '));
  if (distinct.length < 2) return (type) => type;
  let shared = 0;
  while (distinct.every((words) => words.length > shared + 1 && words[shared] === distinct[0]?.[shared])) shared++;
  return (type) => type.split(' ').slice(shared).join(' ');
}
