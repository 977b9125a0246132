/**
 * The parser runs saxes without its namespace mode and resolves prefixes itself (src/docx/xml-namespaces.ts).
 * saxes's namespace mode is the yardstick here: every input below is refused by both or read by both.
 */
import { SaxesParser } from 'saxes';
import { parseXml, XmlSyntaxError } from '../../src/docx/xml-parser';

function saxesNamespaceModeRefuses(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: true });
  let refused = false;
  parser.on('error', () => {
    refused = true;
  });
  parser.write(xml).close();
  return refused;
}

const cases: Array<[string, string]> = [
  ['a prefix declared on the element itself', '<p:a xmlns:p="urn:1" p:b="1"/>'],
  ['a prefix declared on an ancestor', '<a xmlns:p="urn:1"><b><p:c p:d="1"/></b></a>'],
  ['a prefix out of scope after its element', '<a><b xmlns:p="urn:1"/><p:c/></a>'],
  ['an attribute prefix out of scope', '<a><b xmlns:p="urn:1"/><c p:d="1"/></a>'],
  ['the xml prefix, always bound', '<a xml:lang="zh"/>'],
  ['xml bound to its own URI', '<a xmlns:xml="http://www.w3.org/XML/1998/namespace"/>'],
  ['xml bound elsewhere', '<a xmlns:xml="urn:x"/>'],
  ['the xml URI under another prefix', '<a xmlns:x="http://www.w3.org/XML/1998/namespace"/>'],
  ['the xml URI as default namespace', '<a xmlns="http://www.w3.org/XML/1998/namespace"/>'],
  ['the xmlns prefix declared', '<a xmlns:xmlns="http://www.w3.org/2000/xmlns/"/>'],
  ['the xmlns URI under a prefix', '<a xmlns:x="http://www.w3.org/2000/xmlns/"/>'],
  ['an element with the xmlns prefix', '<xmlns:a/>'],
  ['a prefix undeclared in XML 1.0', '<a xmlns:p="urn:1"><b xmlns:p=""/></a>'],
  ['a prefix undeclared in XML 1.1', '<?xml version="1.1"?><a xmlns:p="urn:1"><b xmlns:p=""/></a>'],
  ['the default namespace undeclared', '<a xmlns="urn:1"><b xmlns=""/></a>'],
  ['one attribute under two prefixes of one URI', '<a xmlns:p="urn:1" xmlns:q="urn:1" p:b="1" q:b="2"/>'],
  ['one local name under two URIs', '<a xmlns:p="urn:1" xmlns:q="urn:2" p:b="1" q:b="2"/>'],
  ['a prefixed and an unprefixed attribute of one local name', '<a xmlns:p="urn:1" b="1" p:b="2"/>'],
  ['an empty prefix', '<:a/>'],
  ['an empty local name', '<p:/>'],
  ['two colons in a name', '<a xmlns:p="urn:1"><p:b:c/></a>'],
  ['two colons in an attribute name', '<a xmlns:p="urn:1" p:b:c="1"/>'],
  ['a declaration with two colons', '<a xmlns:p:q="urn:1"/>'],
  ['an unbound prefix in a close tag', '<a xmlns:p="urn:1"><p:b></p:b></a>'],
];

describe('namespaces without saxes namespace mode', () => {
  test.each(cases)('%s: refused exactly when saxes namespace mode refuses it', (_, xml) => {
    let refused = false;
    try {
      parseXml(xml);
    } catch (error) {
      expect(error).toBeInstanceOf(XmlSyntaxError);
      refused = true;
    }
    expect(refused).toBe(saxesNamespaceModeRefuses(xml));
  });

  test('a namespace error says where it is', () => {
    expect(() => parseXml('<a>\n  <b>\n    <x:c/>\n  </b>\n</a>')).toThrow(/^line 3, column \d+: unbound namespace prefix: "x"/);
  });

  test('prefixes resolve to the URI in scope, redeclared or not', () => {
    const root = parseXml('<p:a xmlns:p="urn:1" p:x="1"><p:b xmlns:p="urn:2" p:y="2"/><p:c/></p:a>');
    const [b, c] = root.children as [import('../../src/docx/xml-parser').XmlElement, import('../../src/docx/xml-parser').XmlElement];
    expect([root.namespace, root.attributes[0]?.namespace]).toEqual(['urn:1', 'urn:1']);
    expect([b.namespace, b.attributes[0]?.namespace, c.namespace]).toEqual(['urn:2', 'urn:2', 'urn:1']);
  });

  test('a skipped subtree is still held to namespace rules', () => {
    expect(() => parseXml('<a><skip><x:b/></skip></a>', { skip: (_, name) => name === 'skip' })).toThrow(/unbound/);
    expect(() => parseXml('<a><skip><b x:c="1"/></skip></a>', { skip: (_, name) => name === 'skip' })).toThrow(/unbound/);
  });
});

describe('duplicate attributes under two prefixes of one URI', () => {
  const declarations = 'xmlns:p="urn:1" xmlns:q="urn:1" xmlns:r="urn:2"';
  test.each([4, 40_000])('%i prefixed attributes: one duplicate among them is refused, none is read', (count) => {
    const many = Array.from({ length: count }, (_, i) => `r:a${i}="${i}"`).join(' ');
    expect(parseXml(`<x ${declarations} ${many} p:a1="1"/>`).attributes).toHaveLength(count + 1);
    expect(() => parseXml(`<x ${declarations} ${many} p:a1="1" q:a1="2"/>`)).toThrow(/duplicate attribute: \{urn:1\}a1/);
  });
});
