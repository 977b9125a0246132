/**
 * Built-in paragraph styles as Word reports them: `styleBuiltIn` is locale-neutral ("Heading1"),
 * `style` is the name in the UI language ("Heading 1" in English Word, "标题 1" in Chinese Word).
 */
export type FakeAlignment = 'Left' | 'Centered' | 'Right' | 'Justified';

export interface FakeFont {
  name: string;
  size: number;
  bold: boolean;
  /** East Asian font (WordApiDesktop 1.3); undefined until set. */
  nameFarEast?: string;
}

/** Word's outlineLevel for body text (as VBA's wdOutlineLevelBodyText). */
export const BODY_TEXT_OUTLINE_LEVEL = 10;

const NAMES: Record<string, { en: string; zh: string }> = {
  Normal: { en: 'Normal', zh: '正文' },
  Title: { en: 'Title', zh: '标题' },
  Subtitle: { en: 'Subtitle', zh: '副标题' },
  ListParagraph: { en: 'List Paragraph', zh: '列表段落' },
};
for (let n = 1; n <= 9; n++) NAMES[`Heading${n}`] = { en: `Heading ${n}`, zh: `标题 ${n}` };
// The styles of 插入目录's entries and its title; body text by outline level (Word's TOC styles carry none).
for (let n = 1; n <= 9; n++) NAMES[`Toc${n}`] = { en: `TOC ${n}`, zh: `目录 ${n}` };
NAMES.TocHeading = { en: 'TOC Heading', zh: 'TOC 标题' };

export function isChinese(language: string): boolean {
  return language.toLowerCase().startsWith('zh');
}

/** The UI name of a built-in style; undefined for a name Word does not know. */
export function builtInStyleName(builtIn: string, language: string): string | undefined {
  const names = NAMES[builtIn];
  return names && (isChinese(language) ? names.zh : names.en);
}

/** The built-in a style name stands for, in either language; "Other" for custom styles. */
export function builtInFromName(name: string): string {
  const wanted = name.trim().toLowerCase();
  for (const [builtIn, names] of Object.entries(NAMES)) {
    if (names.en.toLowerCase() === wanted || names.zh === name.trim()) return builtIn;
  }
  return 'Other';
}

export function headingNumber(builtIn: string): number | undefined {
  const match = /^Heading([1-9])$/.exec(builtIn);
  return match ? Number(match[1]) : undefined;
}

export function defaultFont(language: string): FakeFont {
  return isChinese(language) ? { name: '等线', size: 10.5, bold: false } : { name: 'Calibri', size: 11, bold: false };
}

/** The font a paragraph gets when a built-in style is applied (direct formatting is replaced). */
export function styleFont(builtIn: string, language: string): FakeFont {
  const base = defaultFont(language);
  const level = headingNumber(builtIn);
  if (level !== undefined) return { ...base, bold: true, size: level === 1 ? 22 : level === 2 ? 16 : 14 };
  if (builtIn === 'Title') return { ...base, size: 26 };
  return base;
}

/** What Word shows in an empty content control whose placeholder text was never set. */
export function defaultPlaceholder(language: string): string {
  return isChinese(language) ? '单击或点击此处输入文字。' : 'Click or tap here to enter text.';
}
