import { FakeClientObject, type FakeRequestContext } from './client';
import { FakeOfficeError } from './errors';
import type { FakeWordDocument } from './model';
import { ParagraphCollectionProxy, ParagraphProxy } from './paragraph-proxy';

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

  get paragraphs(): ParagraphCollectionProxy {
    return this.navigation('paragraphs', () => new ParagraphCollectionProxy(this.context, () => this.context.runtime.model.paragraphs));
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
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

/** Word.Document: only its body is modelled. */
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

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === 'body' ? this.body : undefined;
  }
}
