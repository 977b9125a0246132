import type { CheckFailure } from '../core/figures/cross-checks';
import type { Dataset } from '../core/figures/dataset';
import { describeFigureFinding } from '../core/figures/messages';
import type { DataProblem } from '../core/figures/model';
import { text } from '../core/i18n/catalog';
import { withPlace } from '../core/i18n/messages';
import type { Lang } from '../core/i18n/lang';
import { SEVERITY_MARK, wrap } from './format';

/**
 * What a data file holds, for the office that keeps it to check before sending it round: its units (with their
 * years and counts), years, indicators and every problem. `--json` gives the records as read, values as numbers in
 * their measure's own unit, and the problems with their places.
 */
export function dataListing(file: string, dataset: Dataset, problems: readonly DataProblem[], inconsistent: readonly CheckFailure[], lang: Lang, json: boolean, width?: number): string {
  // The cross-checks' failures read as the report check says them (figure-inconsistent), each at its row.
  const failures = inconsistent.map(({ unit, year, record, params }) => ({ unit, year, place: record.place, params, message: describeFigureFinding({ code: 'figure-inconsistent', severity: 'warning', part: null, at: null, params }, lang) }));
  if (json) {
    const records = dataset.records.map(({ unit, year, indicator, value, measure, note, place }) => ({ unit, year, indicator, value, measure, ...(note ? { note } : {}), place }));
    const listed = problems.map(({ code, severity, place, params, message }) => ({ code, severity, place, message: message[lang], params }));
    return JSON.stringify({ file, records, problems: listed, inconsistent: failures }, null, 2);
  }
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const fit = (line: string) => (width ? wrap(line, width, 6) : [line]);
  const lines = [file, `  ${text('cli-data-units', { count: dataset.units.length }, lang)}`];
  for (const unit of dataset.units) {
    const own = dataset.records.filter((r) => r.unit === unit);
    const years = [...new Set(own.map((r) => r.year))].sort((a, b) => a - b).join(sep);
    const blank = own.filter((r) => r.value === null).length;
    const line = text('cli-data-unit-line', { unit, years, count: own.length }, lang) + (blank ? text('cli-data-blank', { count: blank }, lang) : '');
    lines.push(...fit(`    ${line}`));
  }
  lines.push(...fit(`  ${text('cli-data-years', { years: dataset.years.join(sep) }, lang)}`));
  const indicators = dataset.indicators();
  lines.push(...fit(`  ${text('cli-data-indicators', { count: indicators.length, names: indicators.join(sep) }, lang)}`));
  if (!problems.length && !failures.length) lines.push(`  ${text('cli-data-no-problems', {}, lang)}`);
  if (problems.length) lines.push(`  ${text('cli-data-problems', { count: problems.length }, lang)}`);
  for (const p of problems) lines.push(...fit(`    ${SEVERITY_MARK[p.severity]} ${p.message[lang]}`));
  if (failures.length) lines.push(`  ${text('cli-data-inconsistent', { count: failures.length }, lang)}`);
  for (const f of failures) lines.push(...fit(`    ${SEVERITY_MARK.warning} ${withPlace(f.place, f.message, lang)}`));
  return lines.join('\n');
}
