import { FakeClientObject, FakeClientResult, FakeCollectionProxy, type FakeRequestContext } from './client';
import { ContentControlProxy } from './content-control-proxy';
import { FakeOfficeError } from './errors';
import type { FakeContentControl } from './model';
import { ParagraphCollectionProxy } from './paragraph-proxy';
import { WORD_API_1_3 } from './proxies';
import { compareLocation, expandLocation, type LocationRelation } from './range-compare';
import { insertTextAt, selectionOf, subRange, targetControl, targetParagraphs, targetTable, targetText, wrapTarget, type FakeRangeTarget, type InsertLocation, type RangeLocation } from './range-model';
import { TableProxy } from './table-proxy';

const INSERT_LOCATIONS: readonly string[] = ['Replace', 'Start', 'End', 'Before', 'After'];

/** Word.Range, over what range-model.ts can stand for: the cursor, inserted text, a table. */
export class RangeProxy extends FakeClientObject<FakeRangeTarget> {
  protected readonly scalars = { text: null, isEmpty: WORD_API_1_3 };

  constructor(context: FakeRequestContext, resolve: () => FakeRangeTarget | null) {
    super(context, 'Range', resolve);
  }

  protected readScalar(target: FakeRangeTarget, name: string): unknown {
    const text = targetText(this.context.runtime.model, target);
    if (name === 'text') return text;
    if (target.kind === 'span') return target.length === 0;
    return target.kind === 'point' || (target.kind !== 'table' && (target.at !== 'Whole' || text === ''));
  }

  get text(): string {
    return this.read('text');
  }
  /** WordApi 1.3. */
  get isEmpty(): boolean {
    return this.read('isEmpty');
  }

  /** WordApi 1.1. */
  get paragraphs(): ParagraphCollectionProxy {
    return this.navigation('paragraphs', () => new ParagraphCollectionProxy(this.context, () => {
      const target = this.peek();
      return target ? targetParagraphs(this.context.runtime.model, target) : null;
    }));
  }
  /** WordApi 1.3: the innermost control the range is in. */
  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.navigation('parentContentControlOrNullObject', () => new ContentControlProxy(this.context, () => this.control('Range.parentContentControlOrNullObject'), true));
  }
  /** WordApi 1.3: the innermost table the range is in. */
  get parentTableOrNullObject(): TableProxy {
    return this.navigation('parentTableOrNullObject', () => new TableProxy(this.context, () => {
      this.context.runtime.requireSet(WORD_API_1_3[0], WORD_API_1_3[1], 'Range.parentTableOrNullObject');
      const target = this.peek();
      return target ? targetTable(target, 'Range.parentTableOrNullObject') : null;
    }, true));
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'paragraphs') return this.paragraphs;
    if (name === 'parentContentControlOrNullObject') return this.parentContentControlOrNullObject;
    if (name === 'parentTableOrNullObject') return this.parentTableOrNullObject;
    return undefined;
  }

  /** WordApi 1.3: a point of the range ("Start", "End", "Before", "After" of a run) or all of it. */
  getRange(location: RangeLocation = 'Whole'): RangeProxy {
    return new RangeProxy(this.context, () => {
      this.context.runtime.requireSet(WORD_API_1_3[0], WORD_API_1_3[1], 'Range.getRange');
      const target = this.peek();
      return target ? subRange(target, location) : null;
    });
  }

  /** WordApi 1.3: where this range lies against another (range-compare.ts). */
  compareLocationWith(other: RangeProxy): FakeClientResult<LocationRelation> {
    const result = new FakeClientResult<LocationRelation>();
    this.context.enqueue(() => {
      this.context.runtime.requireSet(WORD_API_1_3[0], WORD_API_1_3[1], 'Range.compareLocationWith');
      result.set(compareLocation(this.context.runtime.model, this.required('compareLocationWith'), other.required('compareLocationWith')));
    });
    return result;
  }

  /** WordApi 1.3: this range stretched to take in another (within one paragraph here). */
  expandTo(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, () => {
      this.context.runtime.requireSet(WORD_API_1_3[0], WORD_API_1_3[1], 'Range.expandTo');
      const [range, to] = [this.peek(), other.peek()];
      return range && to ? expandLocation(this.context.runtime.model, range, to) : null;
    });
  }

  /** WordApi 1.1: returns at once a range over the text that will be inserted at the sync. */
  insertText(text: string, location: InsertLocation): RangeProxy {
    let created: FakeRangeTarget | null = null;
    this.context.enqueue(() => {
      if (!INSERT_LOCATIONS.includes(location)) throw new FakeOfficeError('InvalidArgument', `insertLocation must be one of ${INSERT_LOCATIONS.join(', ')}, not "${String(location)}".`, 'Range.insertText');
      const target = this.required('insertText');
      this.context.runtime.change('Range.insertText', () => (created = insertTextAt(this.context.runtime.model, target, text, location)));
    });
    return new RangeProxy(this.context, () => created);
  }

  /** WordApi 1.1: a rich-text control around the range (inline around text, around a paragraph or a table). */
  insertContentControl(): ContentControlProxy {
    let created: FakeContentControl | null = null;
    this.context.enqueue(() => {
      const target = this.required('insertContentControl');
      this.context.runtime.change('Range.insertContentControl', () => (created = wrapTarget(this.context.runtime.model, target)));
    });
    return new ContentControlProxy(this.context, () => created);
  }

  /** WordApi 1.1: selects the range and scrolls it into view. */
  select(mode: 'Select' | 'Start' | 'End' = 'Select'): void {
    this.context.enqueue(() => {
      this.context.runtime.model.selection = selectionOf(this.required('select'), mode);
      this.context.runtime.touch();
    });
  }

  private control(location: string): FakeContentControl | null {
    this.context.runtime.requireSet(WORD_API_1_3[0], WORD_API_1_3[1], location);
    const target = this.peek();
    return target ? targetControl(this.context.runtime.model, target) : null;
  }
}

/** Word.RangeCollection (what search returns): `items` is a snapshot of the ranges at the sync that loaded it. */
export class RangeCollectionProxy extends FakeCollectionProxy<FakeRangeTarget, RangeProxy> {
  constructor(context: FakeRequestContext, resolve: () => FakeRangeTarget[] | null) {
    super(context, 'RangeCollection', resolve);
  }

  protected item(entity: FakeRangeTarget): RangeProxy {
    return new RangeProxy(this.context, () => entity);
  }
}
