import { FakeClientObject, FakeClientResult, FakeCollectionProxy, type FakeRequestContext } from './client';
import { controlText, deleteControl, inlineControlOoxml, insertTextInControl, placeOf, requirePlace } from './controls-model';
import { FakeOfficeError } from './errors';
import { runReviewed, type FakeAppearance, type FakeContentControl, type FakeParagraph } from './model';
import { ParagraphProxy } from './paragraph-proxy';
import { WORD_API_1_3 } from './proxies';
import { defaultPlaceholder } from './styles';
import { subRange, type FakeRangeTarget, type RangeLocation } from './range-model';
import { RangeProxy } from './range-proxy';

/** Word.ContentControl (rich text): around whole paragraphs, or inline around a run of text. */
export class ContentControlProxy extends FakeClientObject<FakeContentControl> {
  protected readonly scalars = { id: null, tag: null, title: null, appearance: null, placeholderText: null, cannotEdit: null, cannotDelete: null, text: null };

  constructor(context: FakeRequestContext, resolve: () => FakeContentControl | null, nullable = false) {
    super(context, 'ContentControl', resolve, nullable);
  }

  protected readScalar(control: FakeContentControl, name: string): unknown {
    if (name === 'text') return controlText(this.model, control);
    // Word always has a placeholder: the control's own, else its UI language's default.
    if (name === 'placeholderText') return control.placeholderText || defaultPlaceholder(this.model.language);
    return control[name as keyof FakeContentControl];
  }

  private get model() {
    return this.context.runtime.model;
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

  /** WordApi 1.3: the control directly around this one. */
  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.navigation('parentContentControlOrNullObject', () => new ContentControlProxy(this.context, () => this.parentControl(), true));
  }
  get parentContentControl(): ContentControlProxy {
    return this.navigation('parentContentControl', () => new ContentControlProxy(this.context, () => this.parentControl(), false));
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'parentContentControlOrNullObject') return this.parentContentControlOrNullObject;
    if (name === 'parentContentControl') return this.parentContentControl;
    return undefined;
  }

  /**
   * WordApi 1.1. "Before" and "After" insert outside the control, next to its first or last paragraph;
   * "Start" and "End" inside it. Returns at once a proxy for a paragraph that will exist after the sync.
   */
  insertParagraph(text: string, location: 'Before' | 'After' | 'Start' | 'End'): ParagraphProxy {
    let created: FakeParagraph | null = null;
    this.context.enqueue(() => {
      if (!['Before', 'After', 'Start', 'End'].includes(location)) {
        throw new FakeOfficeError('InvalidArgument', `insertLocation must be "Start", "End", "Before" or "After", not "${String(location)}".`, 'ContentControl.insertParagraph');
      }
      const control = this.required('insertParagraph');
      const model = this.model;
      if (!model.paragraphs.some((p) => p.controls.includes(control))) {
        throw new FakeOfficeError('ItemNotFound', 'The content control is no longer in the document (or is inline: not modelled).', 'ContentControl.insertParagraph');
      }
      this.context.runtime.change('ContentControl.insertParagraph', () => (created = model.insertParagraphAtControl(text, control, location) ?? null));
    });
    return new ParagraphProxy(this.context, () => created);
  }

  /** WordApi 1.1: "Replace" keeps the control around the new text; "Start" and "End" add inside it. */
  insertText(text: string, location: 'Replace' | 'Start' | 'End'): RangeProxy {
    let done: FakeContentControl | null = null;
    this.context.enqueue(() => {
      if (location !== 'Replace' && location !== 'Start' && location !== 'End') {
        throw new FakeOfficeError('InvalidArgument', `insertLocation must be "Replace", "Start" or "End", not "${String(location)}".`, 'ContentControl.insertText');
      }
      const control = this.required('insertText');
      this.context.runtime.change('ContentControl.insertText', () => insertTextInControl(this.model, control, text, location));
      done = control;
    });
    // The control's content stands for the inserted text: close enough for what callers do with it.
    return new RangeProxy(this.context, () => (done ? this.wholeRange(done) : null));
  }

  /** WordApi 1.1: removes the control; with keepContent its text stays as plain text where it was. */
  delete(keepContent: boolean): void {
    this.context.enqueue(() => {
      const control = this.required('delete');
      this.context.runtime.change('ContentControl.delete', () => deleteControl(this.model, control, keepContent));
    });
  }

  /** WordApi 1.4: the control's text with tracked changes accepted ("Current") or rejected ("Original"). */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      this.context.runtime.requireSet('WordApi', '1.4', 'ContentControl.getReviewedText');
      const place = requirePlace(this.model, this.required('getReviewedText'), 'ContentControl.getReviewedText');
      result.set(place.kind === 'inline' ? runReviewed(place.run, version) : place.paragraphs.map((p) => this.model.reviewedText(p, version)).join('\r'));
    });
    return result;
  }

  /**
   * WordApi 1.1: the control as OOXML. Modelled for an inline control only, as Word writes one (a flat OPC package
   * whose document part holds the w:sdt), with a tracked deletion inside it as w:del.
   */
  getOoxml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      const control = this.required('getOoxml');
      const place = requirePlace(this.model, control, 'ContentControl.getOoxml');
      if (place.kind !== 'inline') throw new FakeOfficeError('GeneralException', 'The fake models the OOXML of an inline control only.', 'ContentControl.getOoxml');
      result.set(inlineControlOoxml(control, place.run));
    });
    return result;
  }

  /** WordApi 1.3. Modelled for inline controls and controls around one paragraph or one whole table. */
  getRange(location: RangeLocation = 'Whole'): RangeProxy {
    return new RangeProxy(this.context, () => {
      this.context.runtime.requireSet(WORD_API_1_3[0], WORD_API_1_3[1], 'ContentControl.getRange');
      const control = this.peek();
      const whole = control && this.wholeRange(control);
      return whole ? subRange(whole, location) : null;
    });
  }

  select(mode: 'Select' | 'Start' | 'End' = 'Select'): void {
    this.context.enqueue(() => {
      const control = this.required('select');
      const place = requirePlace(this.model, control, 'ContentControl.select');
      const first = place.kind === 'inline' ? place.paragraph : (place.paragraphs[0] as FakeParagraph);
      this.model.selection = { key: first.key, mode, ...(place.kind === 'inline' ? { control: control.id } : {}) };
      this.context.runtime.touch();
    });
  }

  private wholeRange(control: FakeContentControl): FakeRangeTarget | null {
    const place = placeOf(this.model, control);
    if (!place) return null;
    if (place.kind === 'inline') return { kind: 'run', paragraph: place.paragraph, run: place.run, at: 'Whole' };
    const table = place.paragraphs[0]?.cell?.table;
    if (table && this.model.tableCells(table).every((cell) => place.paragraphs.includes(cell)) && place.paragraphs.every((p) => p.cell?.table === table)) {
      return { kind: 'table', table };
    }
    if (place.paragraphs.length === 1) return { kind: 'paragraph', paragraph: place.paragraphs[0] as FakeParagraph, at: 'Whole' };
    throw new FakeOfficeError('GeneralException', 'The fake does not model the range of a control around several paragraphs.', 'ContentControl.getRange');
  }

  private parentControl(): FakeContentControl | null {
    const control = this.peek();
    if (!control) return null;
    const place = placeOf(this.model, control);
    if (place?.kind === 'inline') return place.paragraph.controls.slice(-1)[0] ?? null;
    return this.model.parentControl(control);
  }
}

/** Word.ContentControlCollection: `items` is a snapshot of the controls at the sync that loaded it. */
export class ContentControlCollectionProxy extends FakeCollectionProxy<FakeContentControl, ContentControlProxy> {
  constructor(context: FakeRequestContext, resolve: () => FakeContentControl[] | null) {
    super(context, 'ContentControlCollection', resolve);
  }

  protected item(entity: FakeContentControl): ContentControlProxy {
    return new ContentControlProxy(this.context, () => entity);
  }

  /** WordApi 1.1. */
  getByTag(tag: string): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.context, () => this.peek()?.filter((c) => c.tag === tag) ?? null);
  }
  /** WordApi 1.3. */
  getFirstOrNullObject(): ContentControlProxy {
    return new ContentControlProxy(this.context, () => this.peek()?.[0] ?? null, true);
  }
}
