import { text } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';

/** Called after each file of a batch: files done, files in all, the output's language. */
export type Progress = (done: number, total: number, lang: Lang) => void;

/** A batch this long shows its progress; a few files are done before anyone would look. */
export const PROGRESS_FROM_FILES = 10;

/**
 * One line on a terminal's stderr, rewritten in place after each file ("已检查 12/100 个文件") and erased after the
 * last, so the results start on a clean line. None when stderr is not a terminal: logs and pipes get no carriage returns.
 */
export function progressLine(stderr: { isTTY?: boolean; write(chunk: string): unknown }): Progress | undefined {
  if (!stderr.isTTY) return undefined;
  return (done, total, lang) => {
    stderr.write(done < total ? `\r\x1b[K${text('cli-progress', { done, count: total }, lang)}` : '\r\x1b[K');
  };
}
