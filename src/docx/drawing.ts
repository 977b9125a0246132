/**
 * Text boxes drawn only in DrawingML (Word writes the VML copy in mc:Fallback, but other writers and some saves
 * leave it out): inside w:drawing, the parser builds only the way to a text box's paragraphs, so pictures, charts
 * and shape geometry are still never built.
 */
import type { ParseOptions, XmlElement } from './xml-parser';
import { wName } from './xml';

/** wp:anchor / wp:inline → a:graphic → a:graphicData → wps:wsp (or a wpg:wgp group of them) → wps:txbx → w:txbxContent. */
const WAY_TO_TEXT_BOX = new Set(['anchor', 'inline', 'graphic', 'graphicData', 'wgp', 'wsp', 'txbx']);

function onTheWay(element: XmlElement): boolean {
  return wName(element) === null && WAY_TO_TEXT_BOX.has(element.localName);
}

/** True for what a drawing holds besides the way to its text box's paragraphs (w:txbxContent itself is kept). */
export function offTheWayToTextBox(namespace: string | undefined, localName: string, parent: XmlElement): boolean {
  // Asked of every element of the body: the parent's local name rules most out before any namespace is looked at.
  if (parent.localName !== 'drawing' && !WAY_TO_TEXT_BOX.has(parent.localName)) return false;
  if (wName(parent) !== 'drawing' && !onTheWay(parent)) return false;
  if (parent.localName === 'txbx') return localName !== 'txbxContent';
  return namespace === undefined || !WAY_TO_TEXT_BOX.has(localName);
}

/** Both: what `base` skips, and what a drawing holds off the way to a text box. */
export function withTextBoxesOnly(base: ParseOptions): ParseOptions {
  return { skip: (namespace, localName, parent) => offTheWayToTextBox(namespace, localName, parent) || (base.skip?.(namespace, localName, parent) ?? false) };
}
