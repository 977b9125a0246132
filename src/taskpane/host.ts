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
}

export type HostErrorKind =
  /** The page is not running inside Office (opened in a plain browser). */
  | 'outside-office'
  /** Word lacks the requirement set (WordApi 1.3). */
  | 'unsupported'
  /** The document is read-only or protected. */
  | 'read-only'
  /** The document changed between reading it and applying a plan. */
  | 'document-changed'
  /** The paragraph to select is no longer there. */
  | 'not-found'
  | 'failed';

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
