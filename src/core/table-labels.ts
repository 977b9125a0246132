import { parseMarker, type LineShape } from './headings';
import { toHalfWidth } from './numerals';
import type { Profile } from './profile';

/** Labels compared without spaces, numbering or the width of brackets and punctuation (toHalfWidth: （ → (). */
function normalized(text: string): string {
  return toHalfWidth(text).replace(/[\s\u3000]+/g, '');
}

const cache = new WeakMap<Profile, Set<string>>();

/**
 * Whether a line is a label of one of the profile's standard tables (row, column, header or caption): a table
 * copied out as text, cell by cell, leaves lines such as “一、本年新收政府信息公开申请数量” or “行政复议”, which
 * are the table's, never the report's headings.
 */
export function tableLabelTest(profile: Profile): (shape: LineShape) => boolean {
  let labels = cache.get(profile);
  if (!labels) {
    const tables = profile.parts.flatMap((part) => part.tables ?? []);
    const texts = tables.flatMap((t) => [t.caption, t.labelHeader, ...t.columns.map((c) => c.label), ...t.rows.map((r) => r.label)]);
    // A label is also written without its bracketed note, or as the note alone (行政诉讼 / 未经复议直接起诉).
    const words = texts.map((text) => normalized(parseMarker(text)?.rest ?? text));
    const split = words.flatMap((word) => word.split(/[()]/).filter((piece) => piece.length >= 2));
    labels = new Set([...words, ...split]);
    cache.set(profile, labels);
  }
  const known = labels;
  return (shape) => known.size > 0 && shape.title.length > 0 && known.has(normalized(shape.title));
}
