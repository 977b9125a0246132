/**
 * Text boxes. Before any text of the report, a text box is where a template draws the title (插入 → 文本框): its
 * lines are read as the report's first lines, before the paragraph the box is anchored in, as the page shows them.
 * After the first text, a box is a side note or a callout beside the text, left out. Both readers ask here.
 */

/** Whether a text box met after these texts (everything read before it, in order) holds the report's title. */
export function textBoxIsTitle(textsBefore: Iterable<string>): boolean {
  for (const text of textsBefore) if (text.trim()) return false;
  return true;
}
