/**
 * The fast pass over plain XML (src/docx/xml-plain.ts) against the strict parser (saxes): where it reads a part, the
 * tree is the strict parser's node for node; it takes the XML Word writes; it never accepts what the strict parser
 * refuses, and leaves everything outside its subset to it.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { PARTS_UNREAD } from '../../src/docx/read-docx';
import { parsePlainXml, parseXml, parseXmlStrictly, type ParseOptions, type XmlNode } from '../../src/docx/xml-parser';
import { BUILT_DOCX_FIXTURES, wordMadeFixtures } from '../helpers/docx-fixtures';

/** The tree exactly: names as written, attributes in order, text nodes as they were split. */
function exact(node: XmlNode): unknown {
  if (typeof node === 'string') return node;
  return [node.name, node.namespace, node.localName, node.attributes.map((a) => [a.namespace, a.localName, a.value]), node.children.map(exact)];
}

function strictOrError(xml: string, options?: ParseOptions): unknown {
  try {
    return exact(parseXmlStrictly(xml, options));
  } catch (error) {
    return error;
  }
}

const READER_OPTIONS: Record<string, ParseOptions> = {
  'word/document.xml': PARTS_UNREAD.document,
  'word/styles.xml': PARTS_UNREAD.styles,
  'word/numbering.xml': PARTS_UNREAD.numbering,
};

/** Every XML part of the .docx: the fast pass's tree (whole and as the reader prunes it) is the strict one. */
function partsReadFast(docx: Uint8Array): { parts: number; fast: number; documentFast: boolean } {
  let parts = 0;
  let fast = 0;
  let documentFast = false;
  for (const [name, bytes] of Object.entries(unzipSync(docx))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = strFromU8(bytes).replace(/^\uFEFF/, '');
    parts += 1;
    for (const options of [undefined, READER_OPTIONS[name]]) {
      const plain = parsePlainXml(xml, options);
      if (plain) expect([name, exact(plain)]).toEqual([name, strictOrError(xml, options)]);
    }
    if (parsePlainXml(xml)) {
      fast += 1;
      if (name === 'word/document.xml') documentFast = true;
    }
  }
  return { parts, fast, documentFast };
}

describe('the fast pass over plain XML', () => {
  /** Built fixtures holding what the fast pass leaves to the strict parser (a comment and CDATA; broken XML; a DTD). */
  const LEFT_TO_STRICT = new Set(['every kind of content the builder writes', 'a part that is not XML', 'a DTD']);
  test.each(BUILT_DOCX_FIXTURES)('gives the strict tree on every part of %s, and reads its document.xml unless it holds what it leaves', (name, docx) => {
    const read = partsReadFast(docx);
    expect(read.parts).toBeGreaterThan(0);
    expect(read.documentFast).toBe(!LEFT_TO_STRICT.has(name));
  });

  const wordMade = wordMadeFixtures();
  if (wordMade.length === 0) console.warn('Skipping the Word-made fixtures: ../shared/samples is absent.');
  (wordMade.length > 0 ? test.each(wordMade) : test.skip.each([['(../shared/samples absent)', new Uint8Array()]]))('reads document.xml of %s (made like Word) itself, as the strict parser does', (_, docx) => {
    expect(partsReadFast(docx).documentFast).toBe(true);
  });

  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const taken: Array<[string, string]> = [
    ['the five entities, in text and attributes', `<w:t ${W} w:val="&lt;&amp;&gt;&quot;&apos;">A &amp; B &lt;C&gt; “引号”</w:t>`],
    ['single quotes, spaces around =, space before />', `<w:p ${W}><w:r w:a = 'x"y' /><w:t xml:space="preserve">  </w:t></w:p>`],
    ['">" inside an attribute value', '<a b="x>y">z</a>'],
    ['newlines between attributes and before >', '<a\n b="1"\n\tc="2"\n>x</a\n>'],
    ['surrogate pairs', '<a b="𠀀">𠀀😀</a>'],
    ['an XML 1.0 declaration', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a/>\n'],
  ];
  test.each(taken)('reads %s itself, as the strict parser does', (_, xml) => {
    const plain = parsePlainXml(xml);
    expect(plain).toBeDefined();
    expect(exact(plain as XmlNode)).toEqual(strictOrError(xml));
  });

  const left: Array<[string, string]> = [
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['a comment', '<a><!-- c --></a>'],
    ['a CDATA section', '<a><![CDATA[<b>]]></a>'],
    ['a processing instruction', '<a><?pi x?></a>'],
    ['a character reference', '<a>&#20013;</a>'],
    ['an XML 1.1 declaration', '<?xml version="1.1"?><a/>'],
    ['a carriage return', '<a>x\r\ny</a>'],
    ['a tab in an attribute value', '<a b="x\ty"/>'],
    ['a newline in an attribute value', '<a b="x\ny"/>'],
    ['a non-ASCII name', '<段落/>'],
    ['an ideographic space inside a tag', '<a\u3000b="1"/>'],
    ['"]]>" in text', '<a>x]]>y</a>'],
    ['an unpaired surrogate', '<a>\uD800x</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a byte order mark', '\uFEFF<a/>'],
  ];
  test.each(left)('leaves %s to the strict parser, which reads it as before', (_, xml) => {
    expect(parsePlainXml(xml)).toBeUndefined();
    const strict = strictOrError(xml);
    if (strict instanceof Error) expect(() => parseXml(xml)).toThrow(strict.message);
    else expect(exact(parseXml(xml))).toEqual(strict);
  });

  /** Pieces of XML, sound and broken, joined at random. */
  const PIECES = [
    '<a>', '</a>', '<b/>', '<b x="1"/>', '<b x="1" x="2"/>', "<c y='&amp;'>", '</c>', '<w:p>', '</w:p>', '<x:q/>',
    `<d ${W}>`, '</d>', '<d xmlns="urn:d">', '<e xmlns:p="">', '</e>', '<xmlns:f/>', '<a:b:c/>', '<g b="1"c="2"/>',
    '< a>', '<a >', '</a >', '<1a/>', '<h b=c/>', '<h b/>', '<i b="<"/>', '<j b="x>y"/>', '<k p:b="1" xmlns:p="urn:p"/>',
    'text', ' ', '\n', '\t', '中文', '&lt;', '&nbsp;', '&', '&#65;', '&#0;', ']]>', '>', '<!-- c -->', '<![CDATA[x]]>',
    '<?pi x?>', '\r\n', '\uD800', '\uDC00', '😀', '<?xml version="1.0"?>', '<!DOCTYPE a>',
  ];
  test('never accepts what the strict parser refuses, and otherwise gives its tree (random documents)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), fc.boolean(), (pieces, wrap) => {
        const body = pieces.join('');
        const xml = wrap ? `<r ${W}>${body}</r>` : body;
        const strict = strictOrError(xml);
        const plain = parsePlainXml(xml);
        if (strict instanceof Error) expect(plain).toBeUndefined();
        else if (plain) expect(exact(plain)).toEqual(strict);
      }),
      { numRuns: 3000 },
    );
  });
});
