import { withTextBoxesOnly } from '../../src/docx/drawing';
import { skippingW } from '../../src/docx/xml';
import { parseXml, type XmlElement } from '../../src/docx/xml-parser';

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

function names(element: XmlElement): string[] {
  return [element.localName, ...element.children.flatMap((c) => (typeof c === 'string' ? [] : names(c)))];
}

describe('what the parser builds of a drawing', () => {
  const options = withTextBoxesOnly(skippingW([]));

  test('a picture: the way in, none of the picture', () => {
    const xml = `<w:r ${NS}><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData uri="pic"><pic:pic><pic:blipFill><a:blip/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    expect(names(parseXml(xml, options))).toEqual(['r', 'drawing', 'inline', 'graphic', 'graphicData']);
  });

  test('a text box: the way to its paragraphs, and them whole; its shape’s geometry left out', () => {
    const xml = `<w:r ${NS}><w:drawing><wp:anchor><wp:extent cx="1" cy="1"/><a:graphic><a:graphicData uri="wps"><wps:wsp><wps:spPr><a:xfrm/></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>标题</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
    expect(names(parseXml(xml, options))).toEqual(['r', 'drawing', 'anchor', 'graphic', 'graphicData', 'wsp', 'txbx', 'txbxContent', 'p', 'r', 't']);
  });
});
