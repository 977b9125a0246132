import type { Block } from './document';
import { isBareHeadingShape, shapeOf, type LineShape } from './headings';
import { isPageClutter } from './page-clutter';

const BLANK: LineShape = { title: '', head: '', runsOn: false };

/**
 * How each line of a report reads, as pasted from wherever it was published: the web page's own lines (metadata,
 * page tools, table borders) and a table of contents read as blank, and a number alone on its line (“一、” over “总体情况”) is one heading
 * with the words under it.
 */
export function lineShapes(blocks: readonly Block[]): LineShape[] {
  const shapes = blocks.map((block) => (block.kind === 'contents-entry' || (block.kind !== 'table-cell' && isPageClutter(block.text)) ? BLANK : shapeOf(block)));
  shapes.forEach((shape, i) => {
    const block = blocks[i] as Block;
    if (!shape.marker || shape.title || block.kind === 'table-cell' || block.listString) return;
    const next = nextNonBlank(shapes, i);
    const below = next === undefined ? undefined : shapes[next];
    if (next === undefined || !below || below.marker || below.tableText || below.hostLevel !== undefined || !isBareHeadingShape(below)) return;
    shapes[i] = { ...below, marker: shape.marker, hostLevel: shape.hostLevel };
    shapes[next] = BLANK;
  });
  return shapes;
}

/** The next line with words, no further than one blank line away. */
function nextNonBlank(shapes: readonly LineShape[], from: number): number | undefined {
  for (let i = from + 1; i < shapes.length && i <= from + 2; i++) if (shapes[i]?.title) return i;
  return undefined;
}
