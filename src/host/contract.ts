import type { ReportDocument } from '../core/document';
import type { ScaffoldPlan } from '../core/scaffold';

/**
 * What the task pane needs from the document host. The Word adapter (src/word) implements it with
 * Office.js; component tests and the preview page hand the pane other implementations. Components
 * never call Office.js themselves.
 */
export interface ReportHost {
  /** Reads the whole body as the document model, in one batch. */
  readDocument(): Promise<ReportDocument>;
  /**
   * Inserts a scaffold plan made from `basis` (the document as read when the plan was made). Refuses with
   * HostError 'document-changed' if the body no longer matches it, so nothing lands in the wrong place.
   */
  insertScaffold(plan: ScaffoldPlan, basis: ReportDocument): Promise<{ inserted: number }>;
  /** Selects the paragraph at a block index and scrolls it into view. */
  selectBlock(index: number): Promise<void>;
  /**
   * Selects words inside the paragraph at a block index (a finding's words) and scrolls them into view; where
   * the host cannot find them there (the paragraph changed since it was read), it selects the paragraph.
   */
  selectWords(index: number, words: WordsPlace): Promise<void>;
  /**
   * Rewrites a heading's number written at the start of the paragraph at a block index of `basis` (the document
   * as read), `from` → `to`, leaving every word after it as it is, in one write. Refuses with 'paragraph-changed'
   * when the paragraph no longer reads as in `basis` or does not start with `from`.
   */
  renumberHeading(basis: ReportDocument, index: number, change: HeadingNumberChange): Promise<void>;
  /**
   * Inserts text at the cursor (after the selection) inside a content control tagged `tag`; `measure` (件) as
   * plain text after the control where the figure goes into a sentence that does not already say it.
   */
  insertLinkedText(link: { tag: string; text: string }, measure?: string): Promise<void>;
  /**
   * Inserts a table after the paragraph holding the cursor, in a content control tagged `tag`; the first row
   * is the header. A cell with a tag gets its text inside its own content control with that tag. A caption
   * goes in the paragraph above the table, in a content control with its tag.
   */
  insertLinkedTable(table: LinkedTable): Promise<void>;
  /**
   * Every content control of ours whose tag `isLink` accepts gets what `update` returns for it (a new tag,
   * a new text, or both; undefined leaves it alone), in one batch; nothing outside those controls changes. A
   * control locked for editing is passed to `update` (so it can be counted) but never written.
   */
  updateLinks(isLink: (tag: string) => boolean, update: (link: LinkState) => LinkUpdate | undefined): Promise<LinkChange[]>;
  /** Removes the content controls `isLink` accepts, keeping their text as plain text; returns how many (not those locked against deletion). */
  unlinkLinks(isLink: (tag: string) => boolean): Promise<number>;
  /**
   * Updates the document's table of contents (更新目录) after headings were inserted: 'updated', or 'by-hand' where
   * the host cannot (the writer right-clicks the contents and chooses 更新域).
   */
  updateContents(): Promise<ContentsUpdate>;
  /** A value kept with the document (Office document settings), e.g. the data file's URL. */
  documentSetting(name: string): string | undefined;
  saveDocumentSetting(name: string, value: string | undefined): Promise<void>;
  /** Loads, ahead of need, what the host's writes run on (the pane calls it while idle), so the first write need not wait. */
  prepareWrites?(): Promise<void>;
}

export type ContentsUpdate = 'updated' | 'by-hand';

/**
 * Words inside a block: their offset and length in the block's text, what they read, and which occurrence of
 * that text in the block they are (0 for the first), for a host that finds words by searching for them.
 */
export interface WordsPlace {
  start: number;
  length: number;
  text: string;
  occurrence: number;
}

export interface HeadingNumberChange {
  from: string;
  to: string;
}

export interface LinkedCell {
  text: string;
  tag?: string;
}

export interface LinkedTable {
  tag: string;
  caption?: Required<LinkedCell>;
  cells: LinkedCell[][];
}

/** A link as the host found it; `locked`: its control's content cannot be edited (the host never writes it). */
export interface LinkState {
  tag: string;
  text: string;
  locked?: boolean;
}

export interface LinkUpdate {
  tag?: string;
  text?: string;
}

export interface LinkChange {
  before: { tag: string; text: string };
  after: { tag: string; text: string };
  /** Set when the link was left as it was: `tracked`, it holds tracked changes the host cannot read past. */
  left?: 'tracked';
}

/** Why a host call did not do what it was asked; the pane words each (src/core/i18n/tables/host-errors.ts). */
export const HOST_ERROR_KINDS = [
  /** The page is not running inside Office (opened in a plain browser). */
  'outside-office',
  /** office.js could not be loaded from Microsoft's CDN (an intranet that does not let it through). */
  'office-unavailable',
  /** Word lacks the requirement set (WordApi 1.3). */
  'unsupported',
  /** The document is read-only or protected. */
  'read-only',
  /** The document changed between reading it and applying a plan. */
  'document-changed',
  /** The paragraph to select is no longer there. */
  'not-found',
  /** The paragraph to change (a heading's number) changed since it was read. */
  'paragraph-changed',
  /** The place to write is inside a content control locked for editing; `detail` names what was to go there. */
  'locked',
  /** A figure was to go in at the very start of the document, before its first words: the writer has not placed the cursor. */
  'no-cursor',
  /**
   * The add-in's own code for the step did not load (offline, its server out of reach, or updated since the pane
   * opened): Word was never asked.
   */
  'code-unavailable',
  'failed',
] as const;

export type HostErrorKind = (typeof HOST_ERROR_KINDS)[number];

/** An error the pane shows in plain words; `detail` is the host's own message, for the curious. */
export class HostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    readonly detail?: string,
  ) {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'HostError';
  }
}
