import { makeBlock, type Block } from './document';
import { parseMarker } from './headings';
import { paragraphKind } from './paragraph-kind';

/**
 * Tables that lay a page out rather than hold data: templates put the whole report in a 1×1 table, or each heading
 * in a table of its own, to draw a frame or a shaded bar. Such a table has one column and holds the report's
 * structure: a heading (a heading style, or a section number 一、 第一部分), or text running over several paragraphs
 * of one cell. Its paragraphs are the report's text, read as paragraphs, headings and list items. A one-column table
 * of a few short labels, and tables of two or more columns (the statistics of a government information disclosure
 * report), stay tables; so does a data table nested in a layout cell, whose paragraphs carry its own position.
 */
export function layoutTablesAsText(blocks: Block[]): Block[] {
  const layout = layoutTables(blocks);
  if (layout.size === 0) return blocks;
  return blocks.map((block) => {
    const { index, text, cell, ...rest } = block;
    if (block.kind !== 'table-cell' || !cell || !layout.has(cell.table)) return block;
    return makeBlock(index, text, { ...rest, kind: paragraphKind({ inTable: false, inContents: false, level: block.level, listString: block.listString }) });
  });
}

/** Paragraphs of one cell that make it running text, not a data cell. */
const RUNNING_TEXT_PARAGRAPHS = 3;

function layoutTables(blocks: readonly Block[]): Set<number> {
  const wide = new Set<number>();
  const structured = new Set<number>();
  const perCell = new Map<string, number>();
  for (const block of blocks) {
    const { cell } = block;
    if (block.kind !== 'table-cell' || !cell) continue;
    if (cell.column > 0) wide.add(cell.table);
    const key = `${cell.table}:${cell.row}`;
    const paragraphs = (perCell.get(key) ?? 0) + (block.text.trim() ? 1 : 0);
    perCell.set(key, paragraphs);
    if (block.level !== undefined || paragraphs >= RUNNING_TEXT_PARAGRAPHS || isSectionNumbered(block)) structured.add(cell.table);
  }
  return new Set([...structured].filter((table) => !wide.has(table)));
}

function isSectionNumbered(block: Block): boolean {
  const style = parseMarker(block.listString ?? block.text, block.listString !== undefined)?.marker.style;
  return style === 'cn' || style === 'chapter';
}
