import { FakeClientObject, FakeCollectionProxy, type FakeRequestContext } from './client';
import type { FakeParagraph } from './model';
import type { ParagraphCollectionProxy } from './paragraph-proxy';

/** Makes the collection of a box's paragraphs; passed in, as paragraph-proxy itself hands out Paragraph.shapes. */
export type BoxParagraphs = (context: FakeRequestContext, resolve: () => FakeParagraph[] | null) => ParagraphCollectionProxy;

/** WordApiDesktop 1.2: shapes, of which the imitation has text boxes only. */
const SHAPES_SET = ['WordApiDesktop', '1.2'] as const;

/** A text box: its paragraphs, with its number in the document. */
export interface FakeTextBox {
  id: number;
  paragraphs: FakeParagraph[];
}

/** The text boxes anchored in these paragraphs, numbered in document order among all the document's boxes. */
export function textBoxesIn(all: readonly FakeParagraph[], anchors: readonly FakeParagraph[]): FakeTextBox[] {
  let id = 0;
  return all.flatMap((p) => (p.textBoxes ?? []).map((paragraphs) => ({ id: ++id, paragraphs, anchor: p })))
    .filter(({ anchor }) => anchors.includes(anchor))
    .map(({ id: boxId, paragraphs }) => ({ id: boxId, paragraphs }));
}

/** Word.ShapeCollection (WordApiDesktop 1.2): Body.shapes, Paragraph.shapes. */
export class ShapeCollectionProxy extends FakeCollectionProxy<FakeTextBox, ShapeProxy> {
  constructor(context: FakeRequestContext, private readonly boxes: () => FakeTextBox[], private readonly paragraphs: BoxParagraphs) {
    super(context, 'ShapeCollection', () => {
      context.runtime.requireSet(...SHAPES_SET, 'Word.ShapeCollection');
      return boxes();
    });
  }

  protected item(entity: FakeTextBox): ShapeProxy {
    return new ShapeProxy(this.context, () => entity, this.paragraphs);
  }

  /** Text boxes are the only shapes modelled, so asking for 'TextBox' gives them all and other types none. */
  getByTypes(types: readonly string[]): ShapeCollectionProxy {
    return new ShapeCollectionProxy(this.context, () => (types.includes('TextBox') ? this.boxes() : []), this.paragraphs);
  }
}

/** Word.Shape (WordApiDesktop 1.2), a text box: its type, id and body. */
export class ShapeProxy extends FakeClientObject<FakeTextBox> {
  protected readonly scalars = { type: SHAPES_SET, id: SHAPES_SET };

  constructor(context: FakeRequestContext, resolve: () => FakeTextBox | null, private readonly paragraphs: BoxParagraphs) {
    super(context, 'Shape', resolve);
  }

  protected readScalar(box: FakeTextBox, name: string): unknown {
    return name === 'type' ? 'TextBox' : box.id;
  }

  get type(): string {
    return this.read('type');
  }
  get id(): number {
    return this.read('id');
  }

  get body(): ShapeBodyProxy {
    return this.navigation('body', () => new ShapeBodyProxy(this.context, () => this.peek(), this.paragraphs));
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === 'body' ? this.body : undefined;
  }
}

/** Shape.body: the box's paragraphs (read only; nothing writes into a text box). */
export class ShapeBodyProxy extends FakeClientObject<FakeTextBox> {
  protected readonly scalars = { text: null };

  constructor(context: FakeRequestContext, resolve: () => FakeTextBox | null, private readonly makeParagraphs: BoxParagraphs) {
    super(context, 'Body', resolve);
  }

  protected readScalar(box: FakeTextBox): unknown {
    return box.paragraphs.map((p) => this.context.runtime.model.displayText(p)).join('\r');
  }

  get text(): string {
    return this.read('text');
  }

  get paragraphs(): ParagraphCollectionProxy {
    return this.navigation('paragraphs', () => this.makeParagraphs(this.context, () => this.peek()?.paragraphs ?? null));
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === 'paragraphs' ? this.paragraphs : undefined;
  }
}
