import { makeBlock, type Block, type CellPosition, type InlineLink } from '../core/document';
import { headingLevelFromName } from '../core/heading-styles';
import { isContentsStyle, paragraphKind } from '../core/paragraph-kind';

/** What readDocument learns about one Word paragraph in its two syncs. */
export interface WordParagraphData {
  /** Paragraph.text: deleted revisions included, as Word shows them. */
  text: string;
  /** Paragraph.getReviewedText("Current") where the host has WordApi 1.4: the text after tracked changes. */
  reviewedText?: string;
  style: string;
  styleBuiltIn: string;
  /** 1-9, 10 for body text; newer hosts may give "OutlineLevel3"-style names. */
  outlineLevel: number | string;
  isListItem: boolean;
  tableNestingLevel: number;
  listString?: string;
  /**
   * Tag of the innermost content control around the paragraph, and only that one: Paragraph
   * .parentContentControlOrNullObject is the innermost control, and readDocument does not walk outwards.
   */
  tag?: string;
  /** Where a table paragraph sits: table numbered in document order, row and cell from the innermost cell. */
  cell?: CellPosition;
  /** Content controls inside the paragraph's text (not around the paragraph), in order. */
  links?: InlineLink[];
  /** The placeholder text the control around the paragraph shows ("" past its first paragraph), if it shows one. */
  placeholder?: string;
}

/**
 * Word's text as the model wants it, the same as the .docx reader gives: the paragraph mark (and a
 * cell-end mark, if any) dropped, soft line breaks ("\v", Shift+Enter) as "\n".
 */
/** Paragraph marks and Word's end-of-cell mark: text that runs over more than one paragraph. */
export function spansParagraphs(text: string): boolean {
  return /[\r\u0007]/.test(text);
}

export function modelText(wordText: string): string {
  return wordText.replace(/[\r\u0007]+$/, '').replace(/\v/g, '\n');
}


/** The outline level Word declares: a built-in heading style, a heading-named style, else the outline level. */
export function headingLevel(p: Pick<WordParagraphData, 'style' | 'styleBuiltIn' | 'outlineLevel'>): number | undefined {
  const builtIn = /^Heading([1-9])$/.exec(p.styleBuiltIn);
  if (builtIn) return Number(builtIn[1]);
  const named = headingLevelFromName(p.style);
  if (named !== undefined) return named;
  const outline = typeof p.outlineLevel === 'number' ? p.outlineLevel : Number(/^OutlineLevel([1-9])$/.exec(p.outlineLevel)?.[1]);
  return Number.isInteger(outline) && outline >= 1 && outline <= 9 ? outline : undefined;
}

/** Word's 插入目录 gives its entries the built-in TOC styles ("Toc1"…, "TocHeading"), whatever their UI names. */
function inContents(p: Pick<WordParagraphData, 'style' | 'styleBuiltIn'>): boolean {
  return /^Toc(?:[1-9]|Heading)$/.test(p.styleBuiltIn) || isContentsStyle(p.style);
}

/** One paragraph as a block, with the .docx reader's precedence (core's paragraphKind). */
export function blockFromParagraph(index: number, p: WordParagraphData): Block {
  const contents = inContents(p);
  const level = contents ? undefined : headingLevel(p);
  const listString = p.isListItem ? p.listString : undefined;
  const kind = paragraphKind({ inTable: p.tableNestingLevel > 0, inContents: contents, level, listString });
  return makeBlock(index, p.placeholder ?? modelText(p.reviewedText ?? p.text), {
    kind,
    level,
    listString,
    style: p.style || undefined,
    // Core documents Block.tags as every control's tag, outermost first; from Word there is at most one,
    // the innermost control's (so an untagged control inside a tagged one hides the tag). Our own
    // controls are innermost around the paragraphs we insert, which is what the checker looks for.
    tags: p.tag ? [p.tag] : [],
    links: p.links && p.links.length > 0 ? p.links.map((link) => ({ tag: link.tag, text: modelText(link.text) })) : undefined,
    cell: p.tableNestingLevel > 0 ? p.cell : undefined,
    placeholder: p.placeholder !== undefined ? true : undefined,
  });
}
