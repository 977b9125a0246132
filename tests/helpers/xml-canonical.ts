/**
 * A canonical form of an XML tree that ours (src/docx/xml-parser.ts) and xmldom's both map to, so tests can hold
 * our parser to xmldom's reading: [namespace, localName, sorted attributes, children], adjacent text merged.
 */
import { DOMParser, type Element as DomElement, type Node as DomNode } from '@xmldom/xmldom';
import { XmlElement, type ParseOptions, type XmlAttribute, type XmlNode } from '../../src/docx/xml-parser';

const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** A canonical form both trees map to: [namespace, localName, sorted attributes, children]. */
type Canonical = string | [string, string, string[], Canonical[]];

function mergeText(children: Canonical[]): Canonical[] {
  const merged: Canonical[] = [];
  for (const child of children) {
    const last = merged[merged.length - 1];
    if (typeof child === 'string' && typeof last === 'string') merged[merged.length - 1] = last + child;
    else if (child !== '') merged.push(child);
  }
  return merged;
}

export function fromOurs(node: XmlNode): Canonical {
  if (typeof node === 'string') return node;
  const attributes = node.attributes.map((a) => `${a.namespace ?? ''}|${a.localName}=${a.value}`).sort();
  return [node.namespace ?? '', node.localName, attributes, mergeText(node.children.map(fromOurs))];
}

function fromXmldom(node: DomNode): Canonical | undefined {
  if (node.nodeType === 3 || node.nodeType === 4) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return undefined; // comments, processing instructions
  const element = node as unknown as DomElement;
  const attributes: string[] = [];
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i);
    if (attribute && attribute.namespaceURI !== XMLNS) attributes.push(`${attribute.namespaceURI ?? ''}|${attribute.localName}=${attribute.value}`);
  }
  const children: Canonical[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    const canonical = fromXmldom(child);
    if (canonical !== undefined) children.push(canonical);
  }
  return [element.namespaceURI ?? '', element.localName ?? '', attributes.sort(), mergeText(children)];
}

export function parseWithXmldom(xml: string): Canonical | undefined {
  const parser = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } });
  const root = parser.parseFromString(xml, 'text/xml').documentElement;
  return root ? fromXmldom(root) : undefined;
}

/**
 * Our element tree built from xmldom's reading, leaving out what `options.skip` leaves out, as our parser does:
 * the yardstick for the trees the reader parses with its skip options.
 */
export function treeFromXmldom(xml: string, options: ParseOptions = {}): XmlElement {
  const parser = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } });
  const root = parser.parseFromString(xml, 'text/xml').documentElement;
  if (!root) throw new Error('no root element');
  return elementFrom(root, options);
}

function elementFrom(node: DomElement, options: ParseOptions): XmlElement {
  const attributes: XmlAttribute[] = [];
  for (let i = 0; i < node.attributes.length; i++) {
    const a = node.attributes.item(i);
    if (a && a.namespaceURI !== XMLNS) attributes.push({ localName: a.localName ?? a.name, namespace: a.namespaceURI ?? undefined, value: a.value });
  }
  const element = new XmlElement(node.tagName, node.localName ?? node.tagName, node.namespaceURI ?? undefined, attributes);
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      if (child.nodeValue) element.append(child.nodeValue);
    } else if (child.nodeType === 1) {
      const childElement = child as unknown as DomElement;
      if (options.skip?.(childElement.namespaceURI ?? undefined, childElement.localName ?? childElement.tagName, element)) continue;
      element.append(elementFrom(childElement, options));
    }
  }
  return element;
}
