import { FakeRequestContext } from './client';
import { DocumentProxy } from './document-proxy';
import type { FakeRuntime } from './runtime';

/** Word.RequestContext: `document` is the entry point to everything. */
export class WordRequestContext extends FakeRequestContext {
  readonly document: DocumentProxy = new DocumentProxy(this);
}

/** The `Word` global: `run` plus the string enums code may use instead of literals. */
export function createWordNamespace(runtime: FakeRuntime) {
  return {
    /**
     * Runs a batch as Word.run does: commands still queued when the batch's promise resolves are synced
     * (and counted), and the context is dead afterwards, so proxies kept outside the batch fail.
     */
    async run<T>(batch: (context: WordRequestContext) => Promise<T>): Promise<T> {
      const context = new WordRequestContext(runtime);
      try {
        const result = await batch(context);
        if (context.hasPending) await context.sync();
        return result;
      } finally {
        context.close();
      }
    },
    RequestContext: WordRequestContext,
    InsertLocation: { before: 'Before', after: 'After', start: 'Start', end: 'End', replace: 'Replace' },
    Alignment: { mixed: 'Mixed', unknown: 'Unknown', left: 'Left', centered: 'Centered', right: 'Right', justified: 'Justified' },
    ContentControlAppearance: { boundingBox: 'BoundingBox', tags: 'Tags', hidden: 'Hidden' },
    RangeLocation: { whole: 'Whole', start: 'Start', end: 'End', before: 'Before', after: 'After', content: 'Content' },
    FieldType: { toc: 'TOC' },
    ChangeTrackingVersion: { original: 'Original', current: 'Current' },
    SelectionMode: { select: 'Select', start: 'Start', end: 'End' },
    BuiltInStyleName: {
      other: 'Other', normal: 'Normal', title: 'Title', subtitle: 'Subtitle', listParagraph: 'ListParagraph',
      heading1: 'Heading1', heading2: 'Heading2', heading3: 'Heading3', heading4: 'Heading4', heading5: 'Heading5',
      heading6: 'Heading6', heading7: 'Heading7', heading8: 'Heading8', heading9: 'Heading9',
    },
    ErrorCodes: { accessDenied: 'AccessDenied', generalException: 'GeneralException', invalidArgument: 'InvalidArgument', itemNotFound: 'ItemNotFound', notAllowed: 'NotAllowed', notImplemented: 'NotImplemented' },
  };
}

export type FakeWordNamespace = ReturnType<typeof createWordNamespace>;
