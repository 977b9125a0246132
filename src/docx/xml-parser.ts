/**
 * Parses package parts into a small element tree with saxes, a strict SAX parser (well-formedness errors and
 * duplicate attributes all throw). A DOM parser such as xmldom was ~25× slower on large document.xml parts; a SAX
 * parser lets us build only what the reader uses. saxes runs without its namespace mode, which cost about half its
 * time once warm: ./xml-namespaces.ts resolves prefixes with the same checks. Any DOCTYPE is refused, so no entity
 * beyond XML's five predefined ones is ever expanded. Before saxes, a faster pass (./xml-plain.ts) reads the plain
 * XML Word writes into the same tree, through the same builder and namespace checks; anything else it leaves to saxes.
 */
import { SaxesParser, type SaxesAttributePlain, type SaxesTagPlain } from 'saxes';
import { NamespaceScopes } from './xml-namespaces';
import { scanPlainXml, type PlainAttribute, type XmlEvents } from './xml-plain';

export interface XmlAttribute {
  readonly localName: string;
  /** Namespace URI; undefined for unprefixed attributes. */
  readonly namespace: string | undefined;
  readonly value: string;
}

export type XmlNode = XmlElement | string;

export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** The document has a DTD; refused so no entity declared in it could ever be expanded. */
export class XmlDtdError extends XmlSyntaxError {
  constructor() {
    super('DTD (DOCTYPE) not allowed');
    this.name = 'XmlDtdError';
  }
}

/** Shared by every element until its first child: most elements of a part are leaves or hold one child. */
const NO_CHILDREN: readonly XmlNode[] = Object.freeze([]);

export class XmlElement {
  /** In document order; grown only through `append`. */
  children: readonly XmlNode[] = NO_CHILDREN;
  constructor(
    /** Qualified name as written, e.g. "w:p". */
    readonly name: string,
    readonly localName: string,
    readonly namespace: string | undefined,
    /** Attributes other than namespace declarations. */
    readonly attributes: readonly XmlAttribute[],
  ) {}

  append(child: XmlNode): void {
    // An array grown by push reserves 16 slots; a literal holds exactly the one child.
    if (this.children === NO_CHILDREN) this.children = [child];
    else (this.children as XmlNode[]).push(child);
  }
}

export interface ParseOptions {
  /** Elements whose subtree is checked but not built, e.g. run properties. Never applies to the root. */
  skip?: (namespace: string | undefined, localName: string, parent: XmlElement) => boolean;
}

/** Word nests a few dozen levels at most; far deeper nesting is hostile (saxes slows quadratically there). */
export const MAX_DEPTH = 512;

/** Where the builder's namespace checks report: the strict parser's `fail`, or the fast pass's way out. */
type Failing = ConstructorParameters<typeof NamespaceScopes>[0];

/** Builds the element tree from either parser's events. */
class TreeBuilder implements XmlEvents {
  private readonly scopes: NamespaceScopes;
  private readonly openElements: XmlElement[] = [];
  private skipDepth = 0;
  root: XmlElement | undefined;

  constructor(
    private readonly options: ParseOptions,
    failing: Failing,
  ) {
    this.scopes = new NamespaceScopes(failing);
  }

  openElement(name: string, attributes: readonly PlainAttribute[], count: number): void {
    const { scopes, openElements } = this;
    if (scopes.depth >= MAX_DEPTH) throw new XmlSyntaxError(`elements nested deeper than ${MAX_DEPTH} levels`);
    scopes.open(name, attributes, count);
    const { namespace, localName } = scopes;
    const parent = openElements[openElements.length - 1];
    const skipped = this.skipDepth > 0 || (parent !== undefined && this.options.skip?.(namespace, localName, parent) === true);
    const built = scopes.attributes(attributes, count, !skipped);
    if (skipped) {
      this.skipDepth += 1;
      return;
    }
    const element = new XmlElement(name, localName, namespace, built);
    parent?.append(element);
    this.root ??= element;
    openElements.push(element);
  }

  closeElement(): void {
    this.scopes.close();
    if (this.skipDepth > 0) this.skipDepth -= 1;
    else this.openElements.pop();
  }

  text(text: string): void {
    const { openElements } = this;
    if (this.skipDepth === 0 && openElements.length > 0 && text) (openElements[openElements.length - 1] as XmlElement).append(text);
  }
}

/** The fast pass's way out of a namespace error: the strict parser reads the part again and words the error. */
const LEAVE_TO_STRICT_PARSER: Failing = {
  fail(): never {
    throw new XmlSyntaxError('left to the strict parser');
  },
  xmlDecl: { version: '1.0' },
};

/** The tree of plain XML as Word writes it (./xml-plain.ts); undefined for anything else. */
export function parsePlainXml(source: string, options: ParseOptions = {}): XmlElement | undefined {
  const builder = new TreeBuilder(options, LEAVE_TO_STRICT_PARSER);
  return scanPlainXml(source, builder) ? builder.root : undefined;
}

/** Parses a whole XML document and returns its root element; throws XmlSyntaxError. */
export function parseXml(source: string, options: ParseOptions = {}): XmlElement {
  return parsePlainXml(source, options) ?? parseXmlStrictly(source, options);
}

/** Parses with saxes, which checks all of XML 1.0's well-formedness and words each error. */
export function parseXmlStrictly(source: string, options: ParseOptions = {}): XmlElement {
  // saxes counts lines and columns whatever `position` says; the option only words its messages.
  const parser = new SaxesParser({ xmlns: false, position: true });
  const builder = new TreeBuilder(options, parser);
  /** The attributes saxes reported for the tag being opened, read before the next tag: one list serves all. */
  const pending: SaxesAttributePlain[] = [];
  let pendingCount = 0;
  let failure: XmlSyntaxError | undefined;

  // Seven handlers at most: one more turns the parser into a dictionary-mode object in V8, three times slower.
  // The first error stops the parse: saxes would go on past it, a few µs for each of the millions a hostile part holds.
  parser.on('error', (error) => {
    // saxes says "12:40: unexpected close tag."; people read "line 12, column 40".
    failure ??= new XmlSyntaxError(error.message.replace(/^(\d+):(\d+): /, 'line $1, column $2: '));
    throw failure;
  });
  parser.on('doctype', () => {
    failure ??= new XmlDtdError();
    throw failure;
  });
  parser.on('attribute', (attribute) => {
    pending[pendingCount++] = attribute;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    builder.openElement(tag.name, pending, pendingCount);
    pendingCount = 0;
  });
  parser.on('closetag', () => builder.closeElement());
  const addText = (text: string) => builder.text(text);
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(source).close();
  } catch (error) {
    failure ??= error instanceof XmlSyntaxError ? error : new XmlSyntaxError((error as Error).message);
  }
  if (failure) throw failure;
  if (!builder.root) throw new XmlSyntaxError('no root element');
  return builder.root;
}

/** All text inside an element, in document order. */
export function textContent(node: XmlNode): string {
  if (typeof node === 'string') return node;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (typeof only === 'string') return only;
  return node.children.map(textContent).join('');
}
