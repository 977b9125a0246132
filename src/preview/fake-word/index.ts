/**
 * An in-memory stand-in for the part of office.js Report Assistant uses: the preview page and
 * browser tests install it instead of office.js, jest tests use it directly. It follows Word's
 * batching rules (load, queue, sync) closely enough that code right for the fake is right for Word.
 * Browser code only: no Node or jest APIs.
 */
import { FAKE_ERROR_CODES, FakeOfficeError } from './errors';
import { FakeWordDocument, type FakeDocumentListener } from './model';
import { createOfficeNamespace, type FakeHost, type FakeOfficeNamespace } from './office-namespace';
import { buildParagraphs, viewParagraphs, type FakeParagraphInit, type FakeParagraphView } from './paragraph-init';
import { FakeRuntime, type FakePlatform } from './runtime';
import { createWordNamespace, WordRequestContext, type FakeWordNamespace } from './word-namespace';

export { FakeOfficeError } from './errors';
export type { FakeErrorCode } from './errors';
export type { FakeAppearance, FakeCellPosition, FakeContentControl, FakeParagraph, FakeRun, FakeSelection, FakeTable, FakeWordDocument } from './model';
export type { FakeHost, FakeSettings } from './office-namespace';
export type { FakeControlInit, FakeParagraphFields, FakeParagraphInit, FakeParagraphView, FakeRunInit } from './paragraph-init';
export { documentControls, inlineControls } from './controls-model';
export type { FakePlatform } from './runtime';
export type { FakeAlignment, FakeFont } from './styles';

export interface FakeWordOptions {
  /** Office.context.displayLanguage; also the language of built-in style names. Default "zh-CN". */
  displayLanguage?: string;
  /** Requirement sets and the version supported. Default { WordApi: '1.9' }. */
  requirementSets?: Record<string, string>;
  /** Office.context.platform. Default "PC"; "OfficeOnline" refuses placeholderText as Word on the web does. */
  platform?: FakePlatform;
  /** What Office.onReady reports. Default "Word"; null as outside Office. */
  host?: FakeHost | null;
  /** False: Office.onReady never settles. Default true. */
  ready?: boolean;
  /** Every change is refused with AccessDenied. Default false. */
  readOnly?: boolean;
  /** Whether a control showing its placeholder reads as the placeholder text (default) or as "". */
  placeholderInText?: boolean;
}

export interface FakeWord {
  Word: FakeWordNamespace;
  Office: FakeOfficeNamespace;
  OfficeExtension: { Error: typeof FakeOfficeError; ErrorCodes: typeof FAKE_ERROR_CODES };
  model: FakeWordDocument;
  /** How many times any context has called sync() (Word.run's closing sync included). */
  readonly syncCount: number;
  /** The document as plain data, now. */
  paragraphs(): FakeParagraphView[];
  /** Called after every sync that changed the document or the selection, and after model edits. */
  subscribe(listener: FakeDocumentListener): () => void;
  /** A request context outside any Word.run, open for good: for a host-side front end such as the simulated Word host. */
  openContext(): WordRequestContext;
}

export function createFakeWord(paragraphs: readonly FakeParagraphInit[] = [''], options: FakeWordOptions = {}): FakeWord {
  const displayLanguage = options.displayLanguage ?? 'zh-CN';
  const model = new FakeWordDocument(displayLanguage, options.placeholderInText ?? true);
  // Word never has an empty body: there is always at least one (empty) paragraph.
  model.paragraphs.push(...buildParagraphs(model, paragraphs.length > 0 ? paragraphs : ['']));
  model.readOnly = options.readOnly ?? false;
  const runtime = new FakeRuntime(model, options.requirementSets ?? { WordApi: '1.9' }, options.platform ?? 'PC');
  return {
    Word: createWordNamespace(runtime),
    Office: createOfficeNamespace(runtime, { displayLanguage, host: options.host === undefined ? 'Word' : options.host, ready: options.ready ?? true }),
    OfficeExtension: { Error: FakeOfficeError, ErrorCodes: FAKE_ERROR_CODES },
    model,
    get syncCount() {
      return runtime.syncs;
    },
    paragraphs: () => viewParagraphs(model),
    subscribe: (listener) => model.subscribe(listener),
    openContext: () => new WordRequestContext(runtime),
  };
}

const GLOBAL_NAMES = ['Office', 'Word', 'OfficeExtension'] as const;

/** Puts the fake where office.js would put itself (globalThis.Office, .Word, .OfficeExtension); returns an undo. */
export function installFakeOffice(target: typeof globalThis, fake: FakeWord): () => void {
  const slots = target as unknown as Record<string, unknown>;
  const previous = GLOBAL_NAMES.map((name) => [name, Object.prototype.hasOwnProperty.call(slots, name), slots[name]] as const);
  for (const name of GLOBAL_NAMES) slots[name] = fake[name];
  return () => {
    for (const [name, had, value] of previous) {
      if (had) slots[name] = value;
      else delete slots[name];
    }
  };
}

export { EMPTY_DOCUMENT, PLANS_HEADING_INDEX, REPORT_WITHOUT_LEADER_DUTIES, SAMPLE_DOCUMENTS, type SampleName } from './samples';
