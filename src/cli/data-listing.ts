import type { Dataset } from '../core/figures/dataset';
import type { DataProblem } from '../core/figures/model';
import { text } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { SEVERITY_MARK, wrap } from './format';

/**
 * What a data file holds, for the office that keeps it to check before sending it round: its units (with their
 * years and counts), years, indicators and every problem. `--json` gives the records as read, values as numbers in
 * their measure's own unit, and the problems with their places.
 */
export function dataListing(file: string, dataset: Dataset, problems: readonly DataProblem[], lang: Lang, json: boolean, width?: number): string {
  if (json) {
    const records = dataset.records.map(({ unit, year, indicator, value, measure, note, place }) => ({ unit, year, indicator, value, measure, ...(note ? { note } : {}), place }));
    const listed = problems.map(({ code, severity, place, params, message }) => ({ code, severity, place, message: message[lang], params }));
    return JSON.stringify({ file, records, problems: listed }, null, 2);
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
  if (!problems.length) lines.push(`  ${text('cli-data-no-problems', {}, lang)}`);
  else lines.push(`  ${text('cli-data-problems', { count: problems.length }, lang)}`);
  for (const p of problems) lines.push(...fit(`    ${SEVERITY_MARK[p.severity]} ${p.message[lang]}`));
  return lines.join('\n');
}
