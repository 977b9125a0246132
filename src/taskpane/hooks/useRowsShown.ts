import { useEffect, useState } from 'react';

/** Rows drawn at first, and added at each step after: a unit's thousand indicators never hold the pane in one long task. */
export const ROWS_PER_STEP = 40;

/**
 * How many of `rows` to draw now: the first ROWS_PER_STEP at once, then ROWS_PER_STEP more in each following task
 * (each under the 50 ms a task may take before the pane feels stuck), until all are drawn. New rows start again.
 */
export function useRowsShown(rows: readonly unknown[]): number {
  const [progress, setProgress] = useState({ rows, shown: ROWS_PER_STEP });
  const current = progress.rows === rows ? progress : { rows, shown: ROWS_PER_STEP };
  // Other rows (another file, unit or year): drawn from the first step again, in this same render.
  if (current !== progress) setProgress(current);
  const { shown } = current;
  useEffect(() => {
    if (shown >= rows.length) return undefined;
    const next = setTimeout(() => setProgress((now) => (now.rows === rows ? { rows, shown: now.shown + ROWS_PER_STEP } : now)), 0);
    return () => clearTimeout(next);
  }, [rows, shown]);
  return Math.min(shown, rows.length);
}
