/**
 * Hidden text (Word's 隐藏 font effect: an old draft hidden rather than deleted) is not in the report as printed
 * or read. Both readers leave it out of the blocks' text and say so with one notice: how many paragraphs held
 * some, and the first.
 */
import type { Diagnostic } from './diagnostic';

/** The notice for the paragraphs (block indexes, in order) that held hidden text; none when there were none. */
export function hiddenTextNotice(paragraphs: readonly number[]): Diagnostic | undefined {
  const first = paragraphs[0];
  if (first === undefined) return undefined;
  return { code: 'hidden-text', severity: 'warning', params: { count: paragraphs.length, first: first + 1 } };
}

/** The host could not tell hidden text from the rest: it is read as text, and the notice says so. */
export const HIDDEN_TEXT_UNCHECKED: Diagnostic = { code: 'hidden-text-unchecked', severity: 'warning', params: {} };
