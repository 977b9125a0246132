/**
 * Namespaces in XML 1.0 for the parser (./xml-parser.ts): prefixes resolved along the open elements, with the
 * checks saxes makes in its namespace mode (unbound or malformed prefixes, reserved prefixes and URIs, an attribute
 * given twice under two prefixes of one URI), reported through saxes's own `fail` so errors read the same. Not
 * checked: a colon in a processing instruction's target (never read; watching for them would cost saxes an eighth
 * event handler, see ./xml-parser.ts).
 */
import type { SaxesAttributePlain, SaxesParser } from 'saxes';
import type { XmlAttribute } from './xml-parser';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

const NONE: readonly XmlAttribute[] = Object.freeze([]);
/** Up to this many attributes, duplicates are looked for pair by pair. */
const PAIRWISE_LIMIT = 16;

type QualifiedName = readonly [prefix: string, localName: string];

/** Prefix → URI; each element that declares a prefix gets an object whose prototype is its parent's scope. */
type Bindings = Record<string, string | undefined>;

function rootBindings(): Bindings {
  const bindings = Object.create(null) as Bindings;
  bindings.xml = XML_NAMESPACE;
  bindings.xmlns = XMLNS_NAMESPACE;
  return bindings;
}

export class NamespaceScopes {
  private readonly outer: Bindings[] = [];
  private readonly names = new Map<string, QualifiedName>();
  private current = rootBindings();
  /** The element `open` last read: its namespace URI (undefined for none) and local name. */
  namespace: string | undefined;
  localName = '';

  /** Errors go through the parser's own `fail`, so they carry its position when it tracks one. */
  constructor(private readonly parser: Pick<SaxesParser, 'fail' | 'xmlDecl'>) {}

  private fail(message: string): void {
    this.parser.fail(message);
  }

  get depth(): number {
    return this.outer.length;
  }

  /** Enters an element: its namespace declarations (in the first `count` of `attributes`), then its own name. */
  open(name: string, attributes: readonly SaxesAttributePlain[], count: number): void {
    const parentScope = this.current;
    this.outer.push(parentScope);
    for (let i = 0; i < count; i++) {
      const { name: attribute, value } = attributes[i] as SaxesAttributePlain;
      if (attribute !== 'xmlns' && !attribute.startsWith('xmlns:')) continue;
      const prefix = attribute === 'xmlns' ? '' : this.split(attribute)[1];
      const uri = value.trim();
      // XML 1.1 may undeclare a prefix (xmlns:p=""); 1.0 may not.
      if (prefix !== '' && uri === '' && this.parser.xmlDecl.version !== '1.1') this.fail('invalid attempt to undefine prefix in XML 1.0');
      this.checkPair(prefix, uri);
      if (this.current === parentScope) this.current = Object.create(parentScope) as Bindings;
      this.current[prefix] = uri;
    }
    const [prefix, local] = this.split(name);
    this.localName = local;
    if (prefix === '') {
      this.namespace = this.current[''] || undefined;
      return;
    }
    if (prefix === 'xmlns') this.fail('tags may not have "xmlns" as prefix.');
    this.namespace = this.resolve(prefix);
  }

  close(): void {
    this.current = this.outer.pop() ?? rootBindings();
  }

  /**
   * The element's attributes (the first `count` of `attributes`) other than namespace declarations, resolved;
   * built only when `build` is set, always checked.
   */
  attributes(attributes: readonly SaxesAttributePlain[], count: number, build: boolean): readonly XmlAttribute[] {
    if (count === 0) return NONE;
    // Sized to fit: an array grown by push reserves 16 slots, and most elements have one or two attributes.
    const result: XmlAttribute[] | undefined = build ? new Array<XmlAttribute>(count) : undefined;
    let kept = 0;
    let prefixed = 0;
    for (let i = 0; i < count; i++) {
      const { name, value } = attributes[i] as SaxesAttributePlain;
      const [prefix, localName] = this.split(name);
      if (prefix === 'xmlns' || name === 'xmlns') continue;
      const namespace = prefix === '' ? undefined : this.resolve(prefix);
      if (prefix !== '') prefixed += 1;
      if (result) result[kept++] = { localName, namespace, value };
    }
    // Unprefixed duplicates saxes itself refuses; prefixed ones are duplicates when their expanded names are.
    if (prefixed > 1) this.refuseDuplicates(attributes, count);
    if (!result || kept === 0) return NONE;
    result.length = kept;
    return result;
  }

  /**
   * Two prefixed attributes with one local name under one URI. Elements have a handful of attributes: compared in
   * pairs, by local name first, with no set or string built (Word's w:ins and w:del have three each).
   */
  private refuseDuplicates(attributes: readonly SaxesAttributePlain[], count: number): void {
    if (count > PAIRWISE_LIMIT) {
      this.refuseDuplicatesBySet(attributes, count);
      return;
    }
    for (let i = 0; i < count; i++) {
      const [prefix, localName] = this.split((attributes[i] as SaxesAttributePlain).name);
      if (prefix === '' || prefix === 'xmlns') continue;
      for (let j = i + 1; j < count; j++) {
        const [otherPrefix, otherLocalName] = this.split((attributes[j] as SaxesAttributePlain).name);
        if (otherLocalName !== localName || otherPrefix === '' || otherPrefix === 'xmlns') continue;
        if (this.current[prefix] === this.current[otherPrefix]) this.fail(`duplicate attribute: {${this.current[prefix] ?? prefix}}${localName}.`);
      }
    }
  }

  /** A hostile element's thousands of attributes: one set of expanded names, not pairs. */
  private refuseDuplicatesBySet(attributes: readonly SaxesAttributePlain[], count: number): void {
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      const [prefix, localName] = this.split((attributes[i] as SaxesAttributePlain).name);
      if (prefix === '' || prefix === 'xmlns') continue;
      const expanded = `{${this.current[prefix] ?? prefix}}${localName}`;
      if (seen.has(expanded)) this.fail(`duplicate attribute: ${expanded}.`);
      seen.add(expanded);
    }
  }

  private resolve(prefix: string): string | undefined {
    const uri = this.current[prefix];
    if (uri === undefined) this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
    return uri || undefined;
  }

  /**
   * A qualified name's prefix ("" for none) and local part; a colon at either end, or two, is malformed. A part
   * repeats a few dozen names thousands of times: each is split once.
   */
  private split(name: string): QualifiedName {
    const known = this.names.get(name);
    if (known) return known;
    const colon = name.indexOf(':');
    const parts: QualifiedName = colon === -1 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
    if (colon !== -1 && (parts[0] === '' || parts[1] === '' || parts[1].includes(':'))) this.fail(`malformed name: ${name}.`);
    this.names.set(name, parts);
    return parts;
  }

  private checkPair(prefix: string, uri: string): void {
    if (prefix === 'xml' && uri !== XML_NAMESPACE) this.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
    if (prefix === 'xmlns') this.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
    if (uri === XMLNS_NAMESPACE) this.fail(prefix === '' ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
    if (uri === XML_NAMESPACE && prefix !== 'xml') this.fail(prefix === '' ? `the default namespace may not be set to ${uri}.` : 'may not assign the xml namespace to another prefix.');
  }
}
