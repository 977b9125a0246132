import type { Block } from '../core/document';
import { textBoxIsTitle } from '../core/text-boxes';
import { blockFromParagraph } from './paragraph-block';
import { isSetSupported, TEXT_BOX_SET } from './requirements';

/**
 * A title drawn in a text box: Word keeps a box's paragraphs out of Body.paragraphs, in Shape.body of the shapes
 * anchored in a paragraph (WordApiDesktop 1.2). Boxes anchored in the paragraphs before the report's first text
 * are its title, read before their anchor as the .docx reader reads them (core's textBoxIsTitle); a box anchored
 * in a paragraph with text is left out, Word not telling where in the paragraph its anchor is. Without the set,
 * no box is read, as before.
 */
export function queueTitleBoxes(paragraphs: readonly Word.Paragraph[]): Array<Word.ShapeCollection | undefined> {
  if (!isSetSupported(TEXT_BOX_SET)) return [];
  const before: string[] = [];
  const boxes: Array<Word.ShapeCollection | undefined> = [];
  for (const paragraph of paragraphs) {
    before.push(paragraph.text);
    if (!textBoxIsTitle(before)) break;
    boxes.push(paragraph.shapes.getByTypes(['TextBox' as Word.ShapeType]).load('items/id'));
  }
  return boxes;
}

/** Once the boxes are known: their paragraphs, queued for the same sync as the rest; none when there are no boxes. */
export function queueBoxParagraphs(boxes: ReadonlyArray<Word.ShapeCollection | undefined>, properties: string): Word.ParagraphCollection[][] {
  return boxes.map((found) => (found?.items ?? []).map((shape) => shape.body.paragraphs.load(properties)));
}

/** The block each body paragraph becomes, once the boxes' lines are before their anchors. */
export function blockOfParagraph(boxes: ReadonlyArray<readonly Word.ParagraphCollection[]>): (paragraph: number) => number {
  const lines = boxes.map((collections) => collections.reduce((n, c) => n + c.items.length, 0));
  return (paragraph) => paragraph + lines.slice(0, paragraph + 1).reduce((n, count) => n + count, 0);
}

/**
 * The body's blocks with each box's lines before the paragraph it is anchored in, numbered again in order;
 * and for each block the body paragraph it is (a box line: its anchor), which is where Word's writes go.
 */
export function withBoxLines(bodyBlocks: readonly Block[], boxes: ReadonlyArray<readonly Word.ParagraphCollection[]>): { blocks: Block[]; bodyIndex: number[] } {
  const blocks: Block[] = [];
  const bodyIndex: number[] = [];
  bodyBlocks.forEach((block, at) => {
    for (const paragraph of (boxes[at] ?? []).flatMap((collection) => collection.items)) {
      bodyIndex.push(at);
      blocks.push(blockFromParagraph(blocks.length, { text: paragraph.text, style: paragraph.style, styleBuiltIn: paragraph.styleBuiltIn, outlineLevel: paragraph.outlineLevel, isListItem: paragraph.isListItem, tableNestingLevel: 0 }));
    }
    bodyIndex.push(at);
    blocks.push({ ...block, index: blocks.length });
  });
  return { blocks, bodyIndex };
}
