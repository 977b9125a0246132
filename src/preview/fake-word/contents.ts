/**
 * Word's table of contents (插入目录) as a field: its entries are the paragraphs in the built-in TOC styles; the
 * field's updateResult (WordApi 1.5) lists the document's headings again, as Word's 更新域 → 更新整个目录 does.
 */
import { FakeClientObject, FakeCollectionProxy, type FakeRequestContext } from './client';
import type { FakeParagraph, FakeWordDocument } from './model';
import { builtInStyleName } from './styles';

/** A field in the document: only the table of contents is modelled. */
export interface FakeField {
  readonly type: 'TOC';
}

const CONTENTS_FIELD: FakeField = { type: 'TOC' };
const ENTRY_STYLE = /^Toc([1-9])$/;
/** Paragraphs a page holds, for the page numbers an updated table of contents shows (chosen). */
const PARAGRAPHS_PER_PAGE = 30;

function isEntry(paragraph: FakeParagraph): boolean {
  return ENTRY_STYLE.test(paragraph.styleBuiltIn);
}

/** The document's fields: a table of contents when it has entries. */
export function documentFields(model: FakeWordDocument): FakeField[] {
  return model.paragraphs.some(isEntry) ? [CONTENTS_FIELD] : [];
}

/**
 * Lists the headings again in place of the entries, down to the deepest level the entries had (TOC \o "1-n"),
 * each as "title<tab>page", in Toc1…Toc9 like the entries Word writes.
 */
export function updateContents(model: FakeWordDocument): void {
  const entries = model.paragraphs.filter(isEntry);
  const first = entries[0];
  if (!first) return;
  const depth = Math.max(...entries.map((p) => Number(ENTRY_STYLE.exec(p.styleBuiltIn)?.[1])));
  const at = model.indexOf(first);
  const kept = model.paragraphs.filter((p) => !isEntry(p));
  const headings = kept.filter((p) => p.tableNestingLevel === 0 && p.outlineLevel >= 1 && p.outlineLevel <= depth && p.styleBuiltIn !== 'TocHeading');
  const fresh = headings.map((h) => {
    const builtIn = `Toc${h.outlineLevel}`;
    const page = 1 + Math.floor(model.indexOf(h) / PARAGRAPHS_PER_PAGE);
    return model.newParagraph({ ...model.inheritedFrom(first), style: builtInStyleName(builtIn, model.language) ?? builtIn, styleBuiltIn: builtIn, runs: [{ text: `${h.runs.map((r) => r.text).join('')}\t${page}` }] });
  });
  const before = model.paragraphs.slice(0, at).filter((p) => !isEntry(p));
  model.paragraphs.splice(0, model.paragraphs.length, ...before, ...fresh, ...kept.slice(before.length));
}

/** Word.Field (WordApi 1.4): its type, and updateResult (WordApi 1.5). */
export class FieldProxy extends FakeClientObject<FakeField> {
  protected readonly scalars = { type: ['WordApi', '1.5'] as const };

  constructor(context: FakeRequestContext, resolve: () => FakeField | null) {
    super(context, 'Field', resolve);
  }

  protected readScalar(field: FakeField): unknown {
    return field.type;
  }

  get type(): string {
    return this.read('type');
  }

  updateResult(): void {
    this.context.enqueue(() => {
      this.context.runtime.requireSet('WordApi', '1.5', 'Field.updateResult');
      this.required('updateResult');
      this.context.runtime.change('Field.updateResult', () => updateContents(this.context.runtime.model));
    });
  }
}

/** Word.FieldCollection (WordApi 1.4); getByTypes is WordApi 1.5. */
export class FieldCollectionProxy extends FakeCollectionProxy<FakeField, FieldProxy> {
  constructor(context: FakeRequestContext, resolve: () => FakeField[] | null) {
    super(context, 'FieldCollection', resolve);
  }

  protected item(entity: FakeField): FieldProxy {
    return new FieldProxy(this.context, () => entity);
  }

  getByTypes(types: readonly string[]): FieldCollectionProxy {
    return new FieldCollectionProxy(this.context, () => {
      this.context.runtime.requireSet('WordApi', '1.5', 'FieldCollection.getByTypes');
      return (this.peek() ?? []).filter((field) => types.includes(field.type));
    });
  }
}
