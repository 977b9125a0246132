import { FakeClientObject, FakeClientResult, type FakeRequestContext } from './client';
import { ContentControlCollectionProxy } from './content-control-proxy';
import { documentFields, FieldCollectionProxy } from './contents';
import { documentControls } from './controls-model';
import { FakeOfficeError } from './errors';
import type { FakeWordDocument } from './model';
import { boxParagraphs, ParagraphCollectionProxy, ParagraphProxy } from './paragraph-proxy';
import { selectionTarget } from './range-model';
import { RangeProxy } from './range-proxy';
import { ShapeCollectionProxy, textBoxesIn } from './shape-proxy';

/** Every content control in the document, paragraph-level and inline, in document order (WordApi 1.1). */
function allControls(context: FakeRequestContext): ContentControlCollectionProxy {
  return new ContentControlCollectionProxy(context, () => documentControls(context.runtime.model));
}

/** Word.Body: the paragraphs, and inserting at its start or end. */
export class BodyProxy extends FakeClientObject<FakeWordDocument> {
  protected readonly scalars = { text: null };

  constructor(context: FakeRequestContext) {
    super(context, 'Body', () => context.runtime.model);
  }

  protected readScalar(model: FakeWordDocument): unknown {
    return model.paragraphs.map((p) => model.displayText(p)).join('\r');
  }

  get text(): string {
    return this.read('text');
  }

  /** WordApi 1.4: the body's text with tracked changes accepted ("Current") or rejected ("Original"). */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      this.context.runtime.requireSet('WordApi', '1.4', 'Body.getReviewedText');
      const model = this.context.runtime.model;
      result.set(model.paragraphs.map((p) => model.reviewedText(p, version)).join('\r'));
    });
    return result;
  }

  get paragraphs(): ParagraphCollectionProxy {
    return this.navigation('paragraphs', () => new ParagraphCollectionProxy(this.context, () => this.context.runtime.model.paragraphs));
  }

  get contentControls(): ContentControlCollectionProxy {
    return this.navigation('contentControls', () => allControls(this.context));
  }

  /** WordApiDesktop 1.2: the shapes in the body (text boxes, the ones modelled). */
  get shapes(): ShapeCollectionProxy {
    return this.navigation('shapes', () => new ShapeCollectionProxy(this.context, () => textBoxesIn(this.context.runtime.model.paragraphs, this.context.runtime.model.paragraphs), boxParagraphs));
  }

  /** WordApi 1.4: the fields in the body (the table of contents is the one modelled). */
  get fields(): FieldCollectionProxy {
    return this.navigation('fields', () => new FieldCollectionProxy(this.context, () => {
      this.context.runtime.requireSet('WordApi', '1.4', 'Body.fields');
      return documentFields(this.context.runtime.model);
    }));
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'contentControls') return this.contentControls;
    if (name === 'fields') return this.fields;
    if (name === 'shapes') return this.shapes;
    return name === 'paragraphs' ? this.paragraphs : undefined;
  }

  insertParagraph(text: string, location: 'Start' | 'End'): ParagraphProxy {
    let created: ReturnType<FakeWordDocument['insertParagraph']> | null = null;
    this.context.enqueue(() => {
      if (location !== 'Start' && location !== 'End') throw new FakeOfficeError('InvalidArgument', `insertLocation must be "Start" or "End", not "${String(location)}".`, 'Body.insertParagraph');
      const model = this.context.runtime.model;
      this.context.runtime.change('Body.insertParagraph', () => (created = model.insertParagraph(text, undefined, location)));
    });
    return new ParagraphProxy(this.context, () => created);
  }
}

/** Word.Document: its body, its content controls and the selection. */
export class DocumentProxy extends FakeClientObject<FakeWordDocument> {
  protected readonly scalars = {};

  constructor(context: FakeRequestContext) {
    super(context, 'Document', () => context.runtime.model);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  get body(): BodyProxy {
    return this.navigation('body', () => new BodyProxy(this.context));
  }
  /** Headers, footers and text boxes are not modelled, so these are the body's. */
  get contentControls(): ContentControlCollectionProxy {
    return this.navigation('contentControls', () => allControls(this.context));
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'contentControls') return this.contentControls;
    return name === 'body' ? this.body : undefined;
  }

  /** WordApi 1.1: the selection (FakeWordDocument.selection); with none, the start of the document. */
  getSelection(): RangeProxy {
    return new RangeProxy(this.context, () => selectionTarget(this.context.runtime.model));
  }
}
