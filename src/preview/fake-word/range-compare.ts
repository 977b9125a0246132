/**
 * Range.compareLocationWith (WordApi 1.3) over what the fake's ranges stand for: each range is a stretch of one
 * paragraph (by character offsets, run text as range-model.ts counts it), paragraphs in document order. Enough
 * to tell whether the cursor is at the very start of the document, and (expandTo) the words either side of it;
 * a table's range is not modelled.
 */
import { FakeOfficeError } from './errors';
import type { FakeParagraph, FakeWordDocument } from './model';
import type { FakeRangeTarget } from './range-model';

export type LocationRelation = 'Equal' | 'Before' | 'AdjacentBefore' | 'After' | 'AdjacentAfter' | 'Contains' | 'ContainsStart' | 'ContainsEnd' | 'Inside' | 'InsideStart' | 'InsideEnd' | 'OverlapsBefore' | 'OverlapsAfter';

interface Stretch {
  start: [number, number];
  end: [number, number];
}

export function compareLocation(model: FakeWordDocument, range: FakeRangeTarget, other: FakeRangeTarget): LocationRelation {
  const a = stretchOf(model, range);
  const b = stretchOf(model, other);
  const [ss, ee, se, es] = [order(a.start, b.start), order(a.end, b.end), order(a.start, b.end), order(a.end, b.start)];
  if (ss === 0 && ee === 0) return 'Equal';
  if (es < 0) return 'Before';
  if (es === 0 && ss < 0) return 'AdjacentBefore';
  if (se > 0) return 'After';
  if (se === 0 && ee > 0) return 'AdjacentAfter';
  if (ss <= 0 && ee >= 0) return ss === 0 ? 'ContainsStart' : ee === 0 ? 'ContainsEnd' : 'Contains';
  if (ss >= 0 && ee <= 0) return ss === 0 ? 'InsideStart' : ee === 0 ? 'InsideEnd' : 'Inside';
  return ss < 0 ? 'OverlapsBefore' : 'OverlapsAfter';
}

/** Range.expandTo within one paragraph: from the earlier start to the later end (as a span of it). */
export function expandLocation(model: FakeWordDocument, range: FakeRangeTarget, other: FakeRangeTarget): FakeRangeTarget {
  const a = stretchOf(model, range);
  const b = stretchOf(model, other);
  const start = order(a.start, b.start) <= 0 ? a.start : b.start;
  const end = order(a.end, b.end) >= 0 ? a.end : b.end;
  const paragraph = model.paragraphs[start[0]];
  if (start[0] !== end[0] || !paragraph) throw new FakeOfficeError('GeneralException', 'The fake does not model a range across paragraphs.', 'Range.expandTo');
  return { kind: 'span', paragraph, offset: start[1], length: end[1] - start[1] };
}

function order(a: [number, number], b: [number, number]): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1];
}

function stretchOf(model: FakeWordDocument, target: FakeRangeTarget): Stretch {
  if (target.kind === 'table') throw new FakeOfficeError('GeneralException', 'The fake does not model comparing a table’s range.', 'Range.compareLocationWith');
  const index = model.paragraphs.indexOf(target.paragraph);
  const at = (offset: number): [number, number] => [index, offset];
  const length = lengthOf(target.paragraph);
  switch (target.kind) {
    case 'paragraph':
      return target.at === 'Whole' ? { start: at(0), end: at(length) } : { start: at(target.at === 'Start' ? 0 : length), end: at(target.at === 'Start' ? 0 : length) };
    case 'point':
      return { start: at(target.offset), end: at(target.offset) };
    case 'span':
      return { start: at(target.offset), end: at(target.offset + target.length) };
    case 'run': {
      const runs = target.paragraph.runs;
      const from = lengthOf({ ...target.paragraph, runs: runs.slice(0, runs.indexOf(target.run)) });
      const to = from + target.run.text.length;
      const point = target.at === 'Start' || target.at === 'Before' ? from : to;
      return target.at === 'Whole' ? { start: at(from), end: at(to) } : { start: at(point), end: at(point) };
    }
  }
}

function lengthOf(paragraph: FakeParagraph): number {
  return paragraph.runs.reduce((sum, run) => sum + run.text.length, 0);
}
