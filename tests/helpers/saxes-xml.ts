/**
 * The .docx reader's former XML parser, on saxes (a strict, namespace-aware SAX parser), kept as the reference the
 * reader's own one-pass parser is held to: the same tree for the same part, and a refusal for the same bad input.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { MAX_DEPTH, XmlDtdError, XmlElement, XmlSyntaxError, type ParseOptions, type XmlAttribute } from '../../src/docx/xml-parser';

const XMLNS = 'http://www.w3.org/2000/xmlns/';

export function parseXmlWithSaxes(source: string, options: ParseOptions = {}): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  let skipDepth = 0;
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= new XmlSyntaxError(error.message);
  });
  parser.on('doctype', () => {
    failure ??= new XmlDtdError();
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (open.length + skipDepth >= MAX_DEPTH) throw new XmlSyntaxError(`elements nested deeper than ${MAX_DEPTH} levels`);
    if (skipDepth > 0 || (open.length > 0 && options.skip?.(tag.uri || undefined, tag.local))) {
      skipDepth += 1;
      return;
    }
    const attributes: XmlAttribute[] = Object.values(tag.attributes)
      .filter((a) => a.uri !== XMLNS && a.name !== 'xmlns')
      .map((a) => ({ localName: a.local, namespace: a.uri || undefined, value: a.value }));
    const element = new XmlElement(tag.name, tag.local, tag.uri || undefined, attributes);
    open[open.length - 1]?.children.push(element);
    root ??= element;
    open.push(element);
  });
  parser.on('closetag', () => {
    if (skipDepth > 0) skipDepth -= 1;
    else open.pop();
  });
  const addText = (text: string) => {
    if (skipDepth === 0 && open.length > 0 && text) (open[open.length - 1] as XmlElement).children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(source).close();
  } catch (error) {
    failure ??= error instanceof XmlSyntaxError ? error : new XmlSyntaxError((error as Error).message);
  }
  if (failure) throw failure;
  if (!root) throw new XmlSyntaxError('no root element');
  return root;
}
