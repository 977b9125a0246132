import type { ReportDocument } from '../core/document';
import { blockFromParagraph } from './paragraph-block';
import { isSetSupported, REVIEWED_TEXT_SET } from './requirements';

/** Loaded in the first sync. styleBuiltIn, isListItem and tableNestingLevel need WordApi 1.3; the rest 1.1. */
const PARAGRAPH_PROPERTIES = 'text,style,styleBuiltIn,outlineLevel,isListItem,tableNestingLevel';

export interface BodyRead {
  doc: ReportDocument;
  /** Paragraph.text as Word gave it, to recognise the same body when a plan comes back. */
  wordTexts: string[];
}

/**
 * Reads the whole body in two syncs, whatever its length: the paragraphs' own properties first, then
 * in one batch what hangs off each paragraph (list label, content control tag, reviewed text).
 */
export async function readBody(context: Word.RequestContext): Promise<BodyRead> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(PARAGRAPH_PROPERTIES);
  await context.sync();

  const withReviewedText = isSetSupported(REVIEWED_TEXT_SET);
  const pending = paragraphs.items.map((paragraph) => ({
    paragraph,
    // listItemOrNullObject and parentContentControlOrNullObject: WordApi 1.3.
    list: paragraph.isListItem ? paragraph.listItemOrNullObject.load('listString') : undefined,
    // The innermost control only: Block.tags from Word holds at most this one tag, not the outermost-first list core describes.
    control: paragraph.parentContentControlOrNullObject.load('tag'),
    // getReviewedText: WordApi 1.4. "Current" is the text with tracked insertions in and deletions out.
    reviewed: withReviewedText ? paragraph.getReviewedText('Current') : undefined,
  }));
  await context.sync();

  const blocks = pending.map(({ paragraph, list, control, reviewed }, index) =>
    blockFromParagraph(index, {
      text: paragraph.text,
      reviewedText: reviewed?.value,
      style: paragraph.style,
      styleBuiltIn: paragraph.styleBuiltIn,
      outlineLevel: paragraph.outlineLevel,
      isListItem: paragraph.isListItem,
      tableNestingLevel: paragraph.tableNestingLevel,
      listString: list && !list.isNullObject ? list.listString : undefined,
      tag: control.isNullObject ? undefined : control.tag,
    }),
  );
  return { doc: { blocks, locationUnit: 'paragraph', warnings: [] }, wordTexts: pending.map(({ paragraph }) => paragraph.text) };
}
