import { HostError, type WordsPlace } from '../host/contract';

/** Word's search takes at most 255 characters; longer words are shown by selecting their paragraph. */
const SEARCH_LIMIT = 255;

/** The paragraph at a block index, after one sync (the collection's items are only known once loaded). */
export async function paragraphAt(context: Word.RequestContext, index: number): Promise<Word.Paragraph> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('isListItem'); // any one small property: only the items are wanted
  await context.sync();
  const paragraph = Number.isInteger(index) ? paragraphs.items[index] : undefined;
  if (!paragraph) throw new HostError('not-found', `Paragraph ${index} is not in the document (${paragraphs.items.length} paragraphs).`);
  return paragraph;
}

/** Selects the paragraph at a block index (WordApi 1.1: select scrolls it into view). Two syncs. */
export async function selectParagraph(context: Word.RequestContext, index: number): Promise<void> {
  (await paragraphAt(context, index)).select('Select');
  await context.sync();
}

/**
 * Selects words in the paragraph at a block index: Paragraph.search (WordApi 1.1) finds their text, and the
 * occurrence the finding is about is selected. Where Word does not find it (the text changed since it was read,
 * or it is longer than Word searches for), the paragraph is selected instead. Three syncs: the paragraphs, the
 * search results, the selection.
 */
export async function selectWordsIn(context: Word.RequestContext, index: number, words: WordsPlace): Promise<void> {
  const paragraph = await paragraphAt(context, index);
  if (words.text && words.text.length <= SEARCH_LIMIT) {
    // In Word's search text ^ starts a special character (^p, ^t); ^^ is a literal ^.
    const found = paragraph.search(words.text.replace(/\^/g, '^^'), { matchCase: true });
    found.load('text');
    await context.sync();
    const range = found.items[words.occurrence];
    if (range) {
      range.select('Select');
      await context.sync();
      return;
    }
  }
  paragraph.select('Select');
  await context.sync();
}
