import { makeBlock, type ReportDocument } from '../core/document';

/**
 * Plain text and Markdown-ish text → the document model: one block per line, blank lines included,
 * so a block's index + 1 is the line number a writer sees in an editor. `#` levels are kept as the
 * declared level; everything else (numbering, bold markers) is core's to interpret.
 */
export function readText(text: string): ReportDocument {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const blocks = lines.map((line, index) => {
    const hashes = /^\s*(#{1,6})\s+\S/.exec(line);
    return hashes ? makeBlock(index, line, { kind: 'heading', level: hashes[1]?.length }) : makeBlock(index, line);
  });
  return { blocks, locationUnit: 'line', warnings: [], notices: [], tablesUnknown: true };
}
