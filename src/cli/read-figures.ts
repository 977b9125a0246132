import { nameKey } from '../core/figures/dataset';
import type { DataProblem } from '../core/figures/model';
import { bilingual, localize, text } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { readDataFile } from '../data/read-data-file';
import type { CliFigures } from './main';
import { readFileBytes } from './read-report';

/** Problems in the data file listed one by one, then counted: a file with thousands of bad rows stays readable. */
const LISTED_PROBLEMS = 10;

/**
 * Reads report-check's --data file and the unit --unit names (each report's own unit comes first: see
 * reportUnit). A file that cannot be read, or a --unit that is not in it, is an error naming what to do; bad rows
 * are warnings.
 */
export async function loadFigures(file: string, unit: string | undefined, lang: Lang): Promise<{ figures: CliFigures; warnings: string[]; problems: DataProblem[] } | { error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileBytes(file, (code, params) => new Error(bilingual({ code: 'cli-data-unreadable', params: { detail: localize({ code, params }) } }))));
  } catch (error) {
    return { error: (error as Error).message };
  }
  const result = await readDataFile(bytes, file);
  if (!result.ok) return { error: result.error.message[lang] };
  const { dataset } = result;
  const units = dataset.units.join('、');
  const chosen = unit === undefined ? undefined : dataset.units.find((u) => nameKey(u) === nameKey(unit));
  if (unit !== undefined && chosen === undefined) {
    return { error: bilingual({ code: 'cli-data-no-unit', params: { units, count: dataset.units.length, unit } }) };
  }
  const listed = result.problems.slice(0, LISTED_PROBLEMS).map((p) => p.message[lang]);
  const more = result.problems.length - listed.length;
  const warnings = more > 0 ? [...listed, text('cli-more-problems', { count: more }, lang)] : listed;
  return { figures: { dataset, ...(chosen === undefined ? {} : { unit: chosen }) }, warnings, problems: result.problems };
}
