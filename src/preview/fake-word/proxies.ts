import { FakeClientObject, type FakeRequestContext } from './client';
import { FakeOfficeError } from './errors';
import type { FakeAppearance, FakeContentControl, FakeParagraph } from './model';
import type { FakeFont } from './styles';

export const WORD_API_1_3 = ['WordApi', '1.3'] as const;

/** Word.Font of a paragraph. */
export class FontProxy extends FakeClientObject<FakeFont> {
  protected readonly scalars = { name: null, size: null, bold: null, nameFarEast: ['WordApiDesktop', '1.3'] as const };

  constructor(context: FakeRequestContext, resolve: () => FakeFont | null) {
    super(context, 'Font', resolve);
  }

  protected readScalar(font: FakeFont, name: string): unknown {
    return font[name as keyof FakeFont];
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.write('name', name, (font) => (font.name = name));
  }
  get size(): number {
    return this.read('size');
  }
  set size(size: number) {
    this.write('size', size, (font) => (font.size = size));
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(bold: boolean) {
    this.write('bold', bold, (font) => (font.bold = bold));
  }
  /** WordApiDesktop 1.3. */
  get nameFarEast(): string {
    return this.read('nameFarEast');
  }
  set nameFarEast(name: string) {
    this.write('nameFarEast', name, (font) => (font.nameFarEast = name));
  }
}

/** Word.ListItem (WordApi 1.3); the entity is the list paragraph itself. */
export class ListItemProxy extends FakeClientObject<FakeParagraph> {
  protected readonly scalars = { listString: WORD_API_1_3, level: WORD_API_1_3 };

  constructor(context: FakeRequestContext, resolve: () => FakeParagraph | null, nullable: boolean) {
    super(context, 'ListItem', resolve, nullable);
  }

  protected readScalar(paragraph: FakeParagraph, name: string): unknown {
    return name === 'level' ? 0 : paragraph.listString;
  }

  get listString(): string {
    return this.read('listString');
  }
  get level(): number {
    return this.read('level');
  }
}

/** Word.ContentControl (rich text, around whole paragraphs). */
export class ContentControlProxy extends FakeClientObject<FakeContentControl> {
  protected readonly scalars = { id: null, tag: null, title: null, appearance: null, placeholderText: null, cannotEdit: null, cannotDelete: null, text: null };

  constructor(context: FakeRequestContext, resolve: () => FakeContentControl | null, nullable = false) {
    super(context, 'ContentControl', resolve, nullable);
  }

  protected readScalar(control: FakeContentControl, name: string): unknown {
    if (name !== 'text') return control[name as keyof FakeContentControl];
    const model = this.context.runtime.model;
    return model.paragraphs.filter((p) => p.controls.includes(control)).map((p) => model.displayText(p)).join('\r');
  }

  get id(): number {
    return this.read('id');
  }
  get text(): string {
    return this.read('text');
  }
  get tag(): string {
    return this.read('tag');
  }
  set tag(tag: string) {
    this.write('tag', tag, (control) => (control.tag = tag));
  }
  get title(): string {
    return this.read('title');
  }
  set title(title: string) {
    this.write('title', title, (control) => (control.title = title));
  }
  get appearance(): FakeAppearance {
    return this.read('appearance');
  }
  set appearance(appearance: FakeAppearance) {
    this.write('appearance', appearance, (control) => (control.appearance = appearance));
  }
  get placeholderText(): string {
    return this.read('placeholderText');
  }
  /** WordApi 1.1, but Word on the web refuses it with NotAllowed (OfficeDev/office-js#785); so does the fake. */
  set placeholderText(text: string) {
    this.write('placeholderText', text, (control) => {
      if (this.context.runtime.platform === 'OfficeOnline') {
        throw new FakeOfficeError('NotAllowed', 'The action isn\u2019t supported by Word in a browser.', 'ContentControl.placeholderText');
      }
      control.placeholderText = text;
    });
  }
  get cannotEdit(): boolean {
    return this.read('cannotEdit');
  }
  set cannotEdit(value: boolean) {
    this.write('cannotEdit', value, (control) => (control.cannotEdit = value));
  }
  get cannotDelete(): boolean {
    return this.read('cannotDelete');
  }
  set cannotDelete(value: boolean) {
    this.write('cannotDelete', value, (control) => (control.cannotDelete = value));
  }

  select(mode: 'Select' | 'Start' | 'End' = 'Select'): void {
    this.context.enqueue(() => {
      const control = this.required('select');
      const first = this.context.runtime.model.paragraphs.find((p) => p.controls.includes(control));
      if (!first) throw new FakeOfficeError('ItemNotFound', 'The content control is no longer in the document.', 'ContentControl.select');
      this.context.runtime.model.selection = { key: first.key, mode };
      this.context.runtime.touch();
    });
  }
}
