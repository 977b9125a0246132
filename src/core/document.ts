/**
 * The host-neutral document model: what a host adapter (Word, .docx, plain text) knows about
 * each paragraph, before core interprets anything. Block order is the host's paragraph order,
 * including empty paragraphs and paragraphs inside table cells, so `index` can locate a finding
 * in the host (Word's body.paragraphs, a .docx's w:p elements, a text file's lines).
 */
import type { Diagnostic } from './diagnostic';

/** 'contents-entry': a line of a table of contents (a list of headings, not the report's text). */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'contents-entry';

export interface Block {
  index: number;
  /** Visible text as it stands: tracked insertions in, deletions out; no trailing newline. */
  text: string;
  kind: BlockKind;
  /** Outline level the host declares (heading style, outline level, Markdown `#`), 1-9. */
  level?: number;
  /** The list label the host shows before the text (Word numbering), e.g. "一、" or "1.". */
  listString?: string;
  /** The paragraph style's display name, e.g. "heading 1" or "标题 2". */
  style?: string;
  /** Tags of the content controls around the paragraph, outermost first. */
  tags: string[];
  /** Content controls inside the paragraph's text (a linked figure in a sentence), each with its own text. */
  links?: InlineLink[];
  /**
   * The text is a content control's placeholder (Word's showingPlcHdr: a template's 【单击此处输入…】 or any text
   * it shows until something is written there): nothing is written yet.
   */
  placeholder?: true;
  /** For a table-cell block: which table (the document's tables counted from 0), row and cell it is in. */
  cell?: CellPosition;
}

export interface InlineLink {
  tag: string;
  text: string;
}

/** A cell's place: rows and cells counted from 0 as the host stores them (a merged cell counts once). */
export interface CellPosition {
  table: number;
  row: number;
  column: number;
}

/** How a host counts places, so messages can say "line 12" for text and "paragraph 12" for Word. */
export type LocationUnit = 'line' | 'paragraph';

export interface ReportDocument {
  blocks: Block[];
  locationUnit: LocationUnit;
  /** What the reader could not read (e.g. an embedded object); shown, never fatal. In both languages, for logs. */
  warnings: string[];
  /** The same warnings as diagnostics, to render in one language (absent: none). */
  notices?: Diagnostic[];
  /** Part of the body could not be read (content embedded by another system): the verdicts are unreliable. */
  textUnread?: true;
  /** True when the source cannot hold tables (plain text): table checks are skipped, and the check says so. */
  tablesUnknown?: boolean;
}

export function makeBlock(index: number, text: string, extra: Partial<Omit<Block, 'index' | 'text'>> = {}): Block {
  return { index, text, kind: extra.kind ?? 'paragraph', tags: extra.tags ?? [], ...stripUndefined(extra) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[key] = v;
  return out;
}
