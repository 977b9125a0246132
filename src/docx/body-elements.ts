/** What the body reader reads of single elements: numbering references, content controls' properties, mc branches. */
import type { NumberingRef } from './styles';
import { childElements, intAttr, isMc, isOn, wAttr, wChild, wPath, type XmlElement } from './xml';

/** The paragraph's own w:numPr, completed from its style's; numId 0 switches numbering off. */
export function numberingRef(pPr: XmlElement, fromStyle: NumberingRef | undefined): NumberingRef | undefined {
  const numPr = wChild(pPr, 'numPr');
  if (!numPr) return fromStyle;
  const numId = intAttr(wChild(numPr, 'numId'), 'val') ?? fromStyle?.numId;
  if (numId === undefined) return undefined;
  return { numId, ilvl: intAttr(wChild(numPr, 'ilvl'), 'val') ?? fromStyle?.ilvl ?? 0 };
}

export function sdtTag(sdt: XmlElement): string | undefined {
  const tag = wAttr(wPath(sdt, 'sdtPr', 'tag'), 'val');
  return tag === '' ? undefined : tag;
}

/** Word writes w:showingPlcHdr while a control shows its placeholder text instead of anything written. */
export function showsPlaceholder(sdt: XmlElement): boolean {
  return isOn(wPath(sdt, 'sdtPr', 'showingPlcHdr'));
}

/** Word's 插入目录 wraps the table of contents in a control whose gallery is "Table of Contents". */
export function isContentsControl(sdt: XmlElement): boolean {
  return wAttr(wPath(sdt, 'sdtPr', 'docPartObj', 'docPartGallery'), 'val') === 'Table of Contents';
}

export function withTag(tags: readonly string[], tag: string | undefined): readonly string[] {
  return tag === undefined ? tags : [...tags, tag];
}

/** For mc:AlternateContent, the one branch to read (Fallback, else the first Choice), so content is never read twice. */
export function alternateContentBranch(element: XmlElement): XmlElement | undefined {
  if (!isMc(element, 'AlternateContent')) return undefined;
  let choice: XmlElement | undefined;
  for (const branch of childElements(element)) {
    if (isMc(branch, 'Fallback')) return branch;
    choice ??= isMc(branch, 'Choice') ? branch : undefined;
  }
  return choice;
}
