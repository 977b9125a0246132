/**
 * Figures unchanged: a count or rate (a number with 件, 次, 人 or %) that stands in the same clause frame in both
 * years — the clause's key (./text-keys: years and figures masked) is the same — with the same value. A report rolled
 * forward with last year's figures left in reads true in every word but the year; this names each such figure.
 */
import type { Analysis } from '../analysis';
import { toHalfWidth } from '../numerals';
import { bodyLines } from './paragraphs';
import { textKey } from './text-keys';

const COUNTED = /(\d+(?:\.\d+)?)\s*(件|次|人|%)/g;
const CLAUSES = /[^，,；;。：:！？!?]+/g;
/** A frame shorter than this (共N件) would match any report's clause. */
const MIN_FRAME_CHARS = 6;

export interface UnchangedFigure {
  /** This year's line, and last year's, the figure stands in. */
  at: number;
  part: string;
  previousAt: number;
  /** The figure as written (320件, 98.5%), and the clause around it. */
  figure: string;
  clause: string;
}

interface FramedClause {
  at: number;
  part: string;
  clause: string;
  frame: string;
  figures: string[];
}

function framedClauses(analysis: Analysis): FramedClause[] {
  return bodyLines(analysis).flatMap((line) =>
    !/\d/.test(line.text) && !/[０-９]/.test(line.text)
      ? []
      : (toHalfWidth(line.text).match(CLAUSES) ?? []).flatMap((clause) => {
          const figures = [...clause.matchAll(COUNTED)].map((m) => `${m[1]}${m[2]}`);
          const frame = figures.length > 0 ? textKey(clause) : '';
          return frame.length >= MIN_FRAME_CHARS ? [{ at: line.at, part: line.part, clause: clause.trim(), frame, figures }] : [];
        }),
  );
}

export function unchangedFigures(current: Analysis, previous: Analysis): UnchangedFigure[] {
  const lastYear = new Map<string, FramedClause>();
  for (const clause of framedClauses(previous)) if (!lastYear.has(clause.frame)) lastYear.set(clause.frame, clause);
  return framedClauses(current).flatMap((clause) => {
    const before = lastYear.get(clause.frame);
    if (!before) return [];
    return clause.figures
      .filter((figure, n) => before.figures[n] === figure)
      .map((figure) => ({ at: clause.at, part: clause.part, previousAt: before.at, figure, clause: clause.clause }));
  });
}
