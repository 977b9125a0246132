/**
 * What a Word.Range can stand for in the fake: a whole paragraph or a point at its start or end, or a point
 * some characters into its text (a cursor in a sentence; text inserted there splits the run); a span of a
 * paragraph's text (what Paragraph.search finds); a run (with its inline control, if any) or a point at its
 * edges, Start/End inside its control and Before/After outside it; or a whole table. Enough for the cursor,
 * inserted text, found words and a table's range.
 */
import { controlsAroundTable, wrapTable } from './controls-model';
import { FakeOfficeError, itemNotFound } from './errors';
import type { FakeContentControl, FakeParagraph, FakeRun, FakeSelection, FakeTable, FakeWordDocument } from './model';

export type FakeRangeTarget =
  | { kind: 'paragraph'; paragraph: FakeParagraph; at: 'Whole' | 'Start' | 'End' }
  | { kind: 'point'; paragraph: FakeParagraph; offset: number }
  | { kind: 'span'; paragraph: FakeParagraph; offset: number; length: number }
  | { kind: 'run'; paragraph: FakeParagraph; run: FakeRun; at: 'Whole' | 'Start' | 'End' | 'Before' | 'After' }
  | { kind: 'table'; table: FakeTable };

export type RangeLocation = 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content';
export type InsertLocation = 'Replace' | 'Start' | 'End' | 'Before' | 'After';

const notModelled = (what: string, location: string) => new FakeOfficeError('GeneralException', `The fake does not model ${what}.`, location);

/** Document.getSelection: the model's selection; with none, the start of the first paragraph. */
export function selectionTarget(model: FakeWordDocument): FakeRangeTarget {
  const selection = model.selection;
  const paragraph = selection && model.paragraphs.find((p) => p.key === selection.key);
  if (!selection || !paragraph) return { kind: 'paragraph', paragraph: model.paragraphs[0] as FakeParagraph, at: 'Start' };
  if (selection.offset !== undefined && selection.length) return { kind: 'span', paragraph, offset: selection.offset, length: selection.length };
  if (selection.offset !== undefined) return { kind: 'point', paragraph, offset: selection.offset };
  const at = selection.mode === 'Select' ? 'Whole' : selection.mode;
  const run = selection.control === undefined ? undefined : paragraph.runs.find((r) => r.control?.id === selection.control);
  return run ? { kind: 'run', paragraph, run, at } : { kind: 'paragraph', paragraph, at };
}

/** Range.getRange (and ContentControl.getRange on an inline control): a point of a range, or all of it. */
export function subRange(target: FakeRangeTarget, location: RangeLocation): FakeRangeTarget {
  const whole = location === 'Whole' || location === 'Content';
  if (target.kind === 'table') {
    if (whole) return target;
    throw notModelled(`the "${location}" range of a table`, 'Range.getRange');
  }
  if (target.kind === 'span') {
    if (whole) return target;
    if (location === 'Start' || location === 'End') return { kind: 'point', paragraph: target.paragraph, offset: target.offset + (location === 'End' ? target.length : 0) };
    throw notModelled(`the "${location}" range of found text`, 'Range.getRange');
  }
  if (target.kind === 'point' || target.at !== 'Whole') return target; // a point's parts are the point itself
  if (whole) return target;
  if (target.kind === 'paragraph') {
    if (location === 'Start' || location === 'End') return { ...target, at: location };
    throw notModelled(`the "${location}" range of a paragraph`, 'Range.getRange');
  }
  return { ...target, at: location };
}

/** The paragraphs a range touches (Range.paragraphs). */
export function targetParagraphs(model: FakeWordDocument, target: FakeRangeTarget): FakeParagraph[] {
  return target.kind === 'table' ? model.tableCells(target.table) : [target.paragraph];
}

/** The innermost control holding the range: an inline control the range is in, else the paragraph's (or table's). */
export function targetControl(model: FakeWordDocument, target: FakeRangeTarget): FakeContentControl | null {
  if (target.kind === 'table') return controlsAroundTable(model, target.table).slice(-1)[0] ?? null;
  if (target.kind === 'run' && target.run.control && target.at !== 'Before' && target.at !== 'After') return target.run.control;
  if (target.kind === 'point' || target.kind === 'span') {
    const inside = runAt(target.paragraph, target.offset);
    if (inside?.within && inside.run.control) return inside.run.control;
  }
  return target.paragraph.controls.slice(-1)[0] ?? null;
}

/** The innermost table holding the range. A paragraph in a table the fake was given no shape for cannot say. */
export function targetTable(target: FakeRangeTarget, location: string): FakeTable | null {
  if (target.kind === 'table') return target.table.parentCell?.table ?? null;
  const { paragraph } = target;
  if (paragraph.tableNestingLevel === 0) return null;
  if (!paragraph.cell) throw notModelled('the table of a cell paragraph made without a `cell`', location);
  return paragraph.cell.table;
}

/** Range.insertText: returns the inserted text's range. */
export function insertTextAt(model: FakeWordDocument, target: FakeRangeTarget, text: string, location: InsertLocation): FakeRangeTarget {
  if (target.kind === 'table') throw new FakeOfficeError('InvalidArgument', 'Text cannot be inserted into a whole table\u2019s range.', 'Range.insertText');
  if (target.kind === 'span') return replaceFound(model, target, text, location);
  const { paragraph } = target;
  if (!model.paragraphs.includes(paragraph)) throw itemNotFound('Range.insertText');
  const run: FakeRun = { text };
  const put = (index: number): FakeRangeTarget => {
    paragraph.runs.splice(index, 0, run);
    return { kind: 'run', paragraph, run, at: 'Whole' };
  };
  if (target.kind === 'point') {
    const at = runAt(paragraph, target.offset);
    if (!at) return put(paragraph.runs.length);
    if (!at.within) return put(at.index);
    if (at.run.control) throw notModelled('inserting text inside an inline control through a Range', 'Range.insertText');
    // Word splits the run the cursor is in; both halves keep its formatting (here: its revision mark).
    const { text: whole, ...format } = at.run;
    paragraph.runs.splice(at.index, 1, { ...format, text: whole.slice(0, at.local) }, { ...format, text: whole.slice(at.local) });
    return put(at.index + 1);
  }
  if (target.kind === 'paragraph') {
    if (target.at === 'Start') return put(0);
    if (target.at === 'End') return put(paragraph.runs.length);
    if (location === 'Start') return put(0);
    if (location === 'End') return put(paragraph.runs.length);
    if (location === 'Replace') {
      paragraph.runs = [];
      return put(0);
    }
    throw new FakeOfficeError('InvalidArgument', `A paragraph\u2019s range takes "Replace", "Start" or "End", not "${location}".`, 'Range.insertText');
  }
  const index = paragraph.runs.indexOf(target.run);
  if (index < 0) throw itemNotFound('Range.insertText');
  // Inside an inline control only Replace of its whole text is modelled (ContentControl.insertText does the rest).
  const inside = target.run.control !== undefined && (target.at === 'Start' || target.at === 'End' || (target.at === 'Whole' && location !== 'Before' && location !== 'After'));
  if (inside) throw notModelled('inserting text inside an inline control through a Range', 'Range.insertText');
  if (target.at === 'Whole' && location === 'Replace') {
    target.run.text = text;
    return target;
  }
  const edge = target.at === 'Whole' ? location : target.at;
  return put(edge === 'Before' || edge === 'Start' ? index : index + 1);
}

/**
 * Range.insertText 'Replace' on found text within one run (a heading's number): the new text takes the run's
 * formatting, the rest of the run stays; under Track Changes the old text stays as a tracked deletion.
 */
function replaceFound(model: FakeWordDocument, target: Extract<FakeRangeTarget, { kind: 'span' }>, text: string, location: InsertLocation): FakeRangeTarget {
  if (location !== 'Replace') throw notModelled(`inserting text "${location}" found text`, 'Range.insertText');
  const { paragraph, offset, length } = target;
  if (!model.paragraphs.includes(paragraph)) throw itemNotFound('Range.insertText');
  const at = runAt(paragraph, offset);
  if (!at || at.local + length > at.run.text.length) throw notModelled('replacing found text across runs', 'Range.insertText');
  if (at.run.control) throw notModelled('inserting text inside an inline control through a Range', 'Range.insertText');
  const { text: whole, ...format } = at.run;
  const run: FakeRun = model.trackChanges ? { ...format, text, revision: 'inserted' } : { ...format, text };
  const old: FakeRun[] = model.trackChanges ? [{ ...format, text: whole.slice(at.local, at.local + length), revision: 'deleted' }] : [];
  const before = whole.slice(0, at.local);
  const after = whole.slice(at.local + length);
  paragraph.runs.splice(at.index, 1, ...(before ? [{ ...format, text: before }] : []), ...old, run, ...(after ? [{ ...format, text: after }] : []));
  return { kind: 'run', paragraph, run, at: 'Whole' };
}

/**
 * Where a character offset falls: in the run at `index`, `local` characters in; `within` when strictly inside it
 * (not at its edges). An offset at a run boundary is given as the start of the later run. Undefined past the end.
 */
function runAt(paragraph: FakeParagraph, offset: number): { index: number; run: FakeRun; local: number; within: boolean } | undefined {
  let start = 0;
  for (const [index, run] of paragraph.runs.entries()) {
    const local = offset - start;
    if (local >= 0 && local < run.text.length) return { index, run, local, within: local > 0 };
    start += run.text.length;
  }
  return undefined;
}

/** Range.insertContentControl: around a run, a paragraph or a table; at a point, an empty inline control. */
export function wrapTarget(model: FakeWordDocument, target: FakeRangeTarget): FakeContentControl {
  if (target.kind === 'table') return wrapTable(model, target.table);
  if (target.kind === 'paragraph' && target.at === 'Whole') {
    if (!model.paragraphs.includes(target.paragraph)) throw itemNotFound('Range.insertContentControl');
    return model.wrapInContentControl(target.paragraph);
  }
  if (target.kind === 'run' && target.at === 'Whole') {
    if (!target.paragraph.runs.includes(target.run)) throw itemNotFound('Range.insertContentControl');
    if (target.run.control) throw notModelled('an inline control nested in another', 'Range.insertContentControl');
    return (target.run.control = model.newControl());
  }
  const point = insertTextAt(model, target, '', 'End');
  if (point.kind !== 'run') throw itemNotFound('Range.insertContentControl');
  return (point.run.control = model.newControl());
}

/** Range.text. */
export function targetText(model: FakeWordDocument, target: FakeRangeTarget): string {
  if (target.kind === 'table') return model.tableCells(target.table).map((p) => model.displayText(p)).join('\r');
  if (target.kind === 'run') return target.at === 'Whole' ? target.run.text : '';
  if (target.kind === 'point') return '';
  if (target.kind === 'span') return model.displayText(target.paragraph).slice(target.offset, target.offset + target.length);
  return target.at === 'Whole' ? model.displayText(target.paragraph) : '';
}

/** Range.select: what the selection becomes. A table's range is not modelled. */
export function selectionOf(target: FakeRangeTarget, mode: FakeSelection['mode']): FakeSelection {
  if (target.kind === 'table') throw notModelled('selecting a table', 'Range.select');
  const key = target.paragraph.key;
  if (target.kind === 'span') {
    if (mode === 'Select') return { key, mode, offset: target.offset, length: target.length };
    return { key, mode, offset: target.offset + (mode === 'End' ? target.length : 0) };
  }
  if (target.kind === 'point') return { key, mode, offset: target.offset };
  return { key, mode, ...(target.kind === 'run' && target.run.control ? { control: target.run.control.id } : {}) };
}

export interface SearchOptions {
  matchCase?: boolean;
  matchWildcards?: boolean;
  matchWholeWord?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

/**
 * Paragraph.search (WordApi 1.1), as Word documents it: at most 255 characters (SearchStringInvalidOrTooLong),
 * matches left to right without overlapping, in the text Word shows (Paragraph.text), case-blind unless matchCase.
 * In the search text ^^ is a literal ^; other ^ codes (^p, ^t) and the other options are not modelled.
 */
export function searchParagraph(model: FakeWordDocument, paragraph: FakeParagraph, search: string, options: SearchOptions): FakeRangeTarget[] {
  if (search.length > 255) throw new FakeOfficeError('SearchStringInvalidOrTooLong', 'The search string is invalid or longer than 255 characters.', 'Paragraph.search');
  const unmodelled = (['matchWildcards', 'matchWholeWord', 'matchPrefix', 'matchSuffix', 'ignorePunct', 'ignoreSpace'] as const).find((o) => options[o]);
  if (unmodelled) throw notModelled(`the search option ${unmodelled}`, 'Paragraph.search');
  if (/\^[^^]|\^$/.test(search.replace(/\^\^/g, ''))) throw notModelled('special characters (^p, ^t …) in search text', 'Paragraph.search');
  const fold = (text: string) => (options.matchCase ? text : text.toLowerCase());
  const needle = fold(search.replace(/\^\^/g, '^'));
  const text = fold(model.displayText(paragraph));
  const found: FakeRangeTarget[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found.push({ kind: 'span', paragraph, offset: at, length: needle.length });
  return found;
}
