import { FakeClientObject, type FakeRequestContext } from './client';
import type { FakeParagraph } from './model';
import type { FakeFont } from './styles';

export const WORD_API_1_3 = ['WordApi', '1.3'] as const;

/** Word.Font of a paragraph. */
export class FontProxy extends FakeClientObject<FakeFont> {
  protected readonly scalars = { name: null, size: null, bold: null, nameFarEast: ['WordApiDesktop', '1.3'] as const, hidden: ['WordApiDesktop', '1.2'] as const };

  /** `hidden`: whether the text the font is of is hidden (true, false, or null when only some is). */
  constructor(context: FakeRequestContext, resolve: () => FakeFont | null, private readonly hiddenOf: () => boolean | null = () => false) {
    super(context, 'Font', resolve);
  }

  protected readScalar(font: FakeFont, name: string): unknown {
    return name === 'hidden' ? this.hiddenOf() : font[name as keyof FakeFont];
  }

  /** WordApiDesktop 1.2. */
  get hidden(): boolean {
    return this.read('hidden');
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
