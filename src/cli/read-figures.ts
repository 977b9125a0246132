import { readFileSync } from 'node:fs';
import { nameKey } from '../core/figures/dataset';
import type { Lang } from '../core/profile';
import { readDataFile } from '../data/read-data-file';
import type { CliFigures } from './main';

/** Problems in the data file listed one by one, then counted: a file with thousands of bad rows stays readable. */
const LISTED_PROBLEMS = 10;

/**
 * Reads report-check's --data file and settles the unit: the one named by --unit, else the file's only unit.
 * A file that cannot be read, or a unit that is not in it, is an error naming what to do; bad rows are warnings.
 */
export async function loadFigures(file: string, unit: string | undefined, lang: Lang): Promise<{ figures: CliFigures; warnings: string[] } | { error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    return { error: `无法读取数据文件 / cannot read the data file: ${(error as Error).message}` };
  }
  const result = await readDataFile(bytes, file);
  if (!result.ok) return { error: result.error.message[lang] };
  const { dataset } = result;
  const units = dataset.units.join('、');
  const chosen = unit === undefined ? (dataset.units.length === 1 ? dataset.units[0] : undefined) : dataset.units.find((u) => nameKey(u) === nameKey(unit));
  if (chosen === undefined) {
    return {
      error:
        unit === undefined
          ? `数据文件有 ${dataset.units.length} 个单位，请用 --unit 指定其一：${units} / the data file has ${dataset.units.length} units: name one with --unit`
          : `数据文件中没有单位“${unit}”，有：${units} / the data file has no unit "${unit}"; it has: ${units}`,
    };
  }
  const listed = result.problems.slice(0, LISTED_PROBLEMS).map((p) => p.message[lang]);
  const more = result.problems.length - listed.length;
  const warnings = more > 0 ? [...listed, lang === 'zh-CN' ? `另有 ${more} 处问题未列出。` : `${more} more problems not listed.`] : listed;
  return { figures: { dataset, unit: chosen }, warnings };
}
