import { HostError, type HeadingNumberChange } from '../host/contract';
import { paragraphAt } from './select';

/**
 * A heading's number rewritten in place: the number's own characters are found with Paragraph.search (WordApi 1.1)
 * and replaced (Range.insertText 'Replace'), so the writer's words after it, their formatting and any content
 * control in them stay as they are. `text` is Word's text of the paragraph when read. Two syncs after the
 * paragraphs' one: the paragraph's text with the search, then the write.
 */
export async function renumberHeading(context: Word.RequestContext, index: number, change: HeadingNumberChange & { text: string }): Promise<void> {
  const paragraph = await paragraphAt(context, index);
  paragraph.load('text');
  // In Word's search text ^ starts a special character (^p, ^t); a number has none, but keep it literal.
  const found = paragraph.search(change.from.replace(/\^/g, '^^'), { matchCase: true });
  found.load('text');
  await context.sync();
  const lead = paragraph.text.length - paragraph.text.trimStart().length;
  if (paragraph.text !== change.text || !paragraph.text.startsWith(change.from, lead) || !found.items[0]) {
    throw new HostError('paragraph-changed', `Paragraph ${index + 1} no longer reads as it did when checked.`);
  }
  found.items[0].insertText(change.to, 'Replace');
  await context.sync();
}
