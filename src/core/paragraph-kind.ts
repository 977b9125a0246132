import type { BlockKind } from './document';

/**
 * Styles of a table of contents, as Word, WPS and LibreOffice name them: "toc 1"-"toc 9" (Word writes the
 * English name whatever its language; "TOC 1" in the UI), "目录 1", LibreOffice's "Contents 1"; and the
 * contents' own title, "TOC Heading" / "目录标题" / "Contents Heading".
 */
const CONTENTS_STYLE = /^(?:toc|目录|contents)\s*(?:[1-9]|heading|标题)$/i;

export function isContentsStyle(name: string | undefined): boolean {
  return name !== undefined && CONTENTS_STYLE.test(name.trim());
}

/** What a host knows about one paragraph that decides its kind. */
export interface ParagraphFacts {
  inTable: boolean;
  /** In a table of contents: Word's TOC control, or a contents style. */
  inContents: boolean;
  level?: number;
  listString?: string;
}

/**
 * One precedence for every host: an entry of the table of contents lists a heading and is never one (its
 * style may carry an outline level); then a table cell, a heading, a list item.
 */
export function paragraphKind(facts: ParagraphFacts): BlockKind {
  if (facts.inContents) return 'contents-entry';
  if (facts.inTable) return 'table-cell';
  if (facts.level !== undefined) return 'heading';
  if (facts.listString !== undefined) return 'list-item';
  return 'paragraph';
}
