/**
 * What reading a data file gives the pane: the dataset and the problems found on the way, or why nothing
 * could be read. Every reader ends here so duplicates and cross-checks are reported the same way for all formats.
 */
import { SEVERITY_ORDER } from '../core/diagnostic';
import { checkDataset } from '../core/figures/cross-checks';
import { buildDataset, type Dataset } from '../core/figures/dataset';
import type { DataFileError, DataProblem, FigureCheck, FigureRecord } from '../core/figures/model';

export type DataFormat = 'xlsx' | 'csv' | 'json';

export type DataFileResult =
  | {
      ok: true;
      format: DataFormat;
      /** Long or wide for tables; 'records' for JSON. */
      layout: 'long' | 'wide' | 'records';
      dataset: Dataset;
      /** Errors first, then warnings, then information; within a severity in file order. */
      problems: DataProblem[];
    }
  | { ok: false; error: DataFileError };

export function finishDataset(
  format: DataFormat,
  layout: 'long' | 'wide' | 'records',
  records: readonly FigureRecord[],
  checks: readonly FigureCheck[],
  problems: readonly DataProblem[],
): DataFileResult {
  const built = buildDataset(records, checks);
  const all = [...problems, ...built.problems, ...checkDataset(built.dataset)];
  // Stable sort: file order is kept within each severity.
  all.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { ok: true, format, layout, dataset: built.dataset, problems: all };
}
