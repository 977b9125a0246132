import { strFromU8 } from 'fflate';
import { stringFromUnits } from '../core/code-units';
import { hasSignature } from '../files/signatures';
import { DocxReadError, errorMessageOf } from './errors';
import { parseXml, XmlDtdError, type ParseOptions, type XmlElement } from './xml-parser';

export type { XmlElement } from './xml-parser';
export { textContent } from './xml-parser';

/** WordprocessingML main namespaces: transitional (what Word writes) and strict ISO 29500. */
const W_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Decodes XML bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM. */
export function decodeXml(bytes: Uint8Array): string {
  if (hasSignature(bytes, 'utf16leBom')) return decodeUtf16(bytes, true);
  if (hasSignature(bytes, 'utf16beBom')) return decodeUtf16(bytes, false);
  const text = strFromU8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = new Uint16Array(Math.max(0, (bytes.length - 2) >> 1));
  for (let u = 0, i = 2; u < units.length; u += 1, i += 2) {
    const [lo, hi] = [bytes[i] ?? 0, bytes[i + 1] ?? 0];
    units[u] = littleEndian ? lo | (hi << 8) : (lo << 8) | hi;
  }
  return stringFromUnits(units);
}

/**
 * Parses one package part. Any syntax error is fatal: a half-read document would give wrong
 * paragraph indexes. A DTD is refused outright (Word never writes one), which also rules out
 * entity-expansion attacks (the parser knows only the predefined entities anyway).
 */
export function parseXmlPart(bytes: Uint8Array, partName: string, options: ParseOptions = {}): XmlElement {
  try {
    return parseXml(decodeXml(bytes), options);
  } catch (error) {
    if (error instanceof XmlDtdError) throw new DocxReadError('docx-part-dtd', { part: partName });
    throw new DocxReadError('docx-part-not-xml', { part: partName, detail: errorMessageOf(error) }, { cause: error });
  }
}

/**
 * Parse option that drops WordprocessingML elements the reader never looks at, for speed; inside the elements
 * `keepOnly` names, only the children it lists are built (run properties: whether the text is hidden).
 */
export function skippingW(localNames: Iterable<string>, keepOnly: Readonly<Record<string, readonly string[]>> = {}): ParseOptions {
  const names = new Set(localNames);
  const kept = new Map(Object.entries(keepOnly));
  return {
    skip: (namespace, localName, parent) => {
      if (!isW(namespace)) return false;
      if (names.has(localName)) return true;
      const keptChildren = kept.get(parent.localName);
      return keptChildren !== undefined && wName(parent) !== null && !keptChildren.includes(localName);
    },
  };
}

/** Whether a namespace URI is WordprocessingML's. One part binds it once, so the last answer is the next one's too. */
let lastNamespace: string | undefined;
let lastIsW = false;
function isW(namespace: string | undefined): boolean {
  if (namespace === lastNamespace) return lastIsW;
  lastNamespace = namespace;
  lastIsW = namespace !== undefined && W_NAMESPACES.has(namespace);
  return lastIsW;
}

/** Local name of a WordprocessingML element, or null for elements of other namespaces. */
export function wName(element: XmlElement): string | null {
  return isW(element.namespace) ? element.localName : null;
}

export function isMc(element: XmlElement, localName: string): boolean {
  return element.namespace === MC_NAMESPACE && element.localName === localName;
}

/** Element children, in order. */
export function childElements(parent: XmlElement): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** First WordprocessingML child with the given local name. */
export function wChild(parent: XmlElement, localName: string): XmlElement | undefined {
  for (const child of parent.children) {
    if (typeof child !== 'string' && child.localName === localName && wName(child) === localName) return child;
  }
  return undefined;
}

/** Follows a path of WordprocessingML child names, e.g. wPath(p, 'pPr', 'numPr', 'ilvl'). */
export function wPath(parent: XmlElement, ...localNames: string[]): XmlElement | undefined {
  let current: XmlElement | undefined = parent;
  for (const name of localNames) current = current && wChild(current, name);
  return current;
}

/** A w:-namespaced attribute (e.g. w:val); also accepts it unprefixed, as some generators write it. */
export function wAttr(element: XmlElement | undefined, localName: string): string | undefined {
  if (!element) return undefined;
  for (const attribute of element.attributes) {
    if (attribute.localName !== localName) continue;
    if (attribute.namespace === undefined || isW(attribute.namespace)) return attribute.value;
  }
  return undefined;
}

/** An unprefixed attribute, as in package relationships ("Type", "Target"). */
export function plainAttr(element: XmlElement, localName: string): string | undefined {
  return element.attributes.find((a) => a.localName === localName && a.namespace === undefined)?.value;
}

/** Parses an integer attribute value; undefined when absent or not a number. */
export function intAttr(element: XmlElement | undefined, localName: string): number | undefined {
  const value = wAttr(element, localName);
  if (value === undefined || !/^\s*-?\d{1,9}\s*$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}

/** ST_OnOff: a flag element like <w:isLgl/> is on unless its w:val says otherwise. */
export function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = wAttr(element, 'val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
