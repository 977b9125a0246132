/**
 * Reports laid out in tables as templates make them, from a published sample's lines (see word-made.ts): the whole
 * report in one 1×1 table, or each heading in a table of its own (a shaded bar), written as Word writes tables, and
 * as the Word imitation's paragraphs (each cell paragraph with its table, row and column).
 */
import type { FakeParagraphInit } from '../../src/preview/fake-word';
import { escapeXml, WORD_STYLES, type BodySpec, type StyleSpec } from './ooxml';
import type { SampleLine } from './word-made';

/** The text width of an A4 page with Word's default margins, in twips. */
const TEXT_WIDTH = 8296;
export const WORD_TABLE_STYLES: StyleSpec[] = [...WORD_STYLES, { id: 'a7', name: 'Table Grid', type: 'table', basedOn: 'a8' }, { id: 'a8', name: 'Normal Table', type: 'table' }];

/** Items in one 1×1 table; Word always keeps a paragraph after a table. */
export function inOneCell(items: BodySpec[]): BodySpec[] {
  return [{ kind: 'table', grid: [TEXT_WIDTH], rows: [[items]] }, ''];
}

/** The lines as paragraphs, a run of headings with nothing between in one one-column table (Word joins touching tables). */
export function headingsInCells(items: readonly BodySpec[], lines: readonly SampleLine[]): BodySpec[] {
  const out: BodySpec[] = [];
  let rows: BodySpec[][] = [];
  const close = () => {
    if (rows.length) out.push({ kind: 'table', grid: [TEXT_WIDTH], rows: rows.map((row) => [row]) });
    rows = [];
  };
  items.forEach((item, i) => {
    if (lines[i]?.level !== undefined) rows.push([item]);
    else {
      close();
      out.push(item);
    }
  });
  close();
  return out;
}

/** The imitation's paragraphs of the same: each in a one-column table, as the .docx items are. */
export function paragraphsInOneCell(paragraphs: readonly FakeParagraphInit[]): FakeParagraphInit[] {
  return [...paragraphs.map((p) => inCell(p, 0, 0)), ''];
}

export function paragraphsWithHeadingsInCells(paragraphs: readonly FakeParagraphInit[], lines: readonly SampleLine[]): FakeParagraphInit[] {
  let table = -1;
  let row = -1;
  return paragraphs.map((p, i) => {
    if (lines[i]?.level === undefined) {
      row = -1;
      return p;
    }
    if (row < 0) table += 1;
    row += 1;
    return inCell(p, table, row);
  });
}

function inCell(p: FakeParagraphInit, table: number, row: number): FakeParagraphInit {
  const init = typeof p === 'string' ? { text: p } : p;
  return { ...init, tableNestingLevel: 1, cell: { table, row, column: 0 } };
}

/**
 * A title drawn in a text box (插入 → 文本框), as Word writes it: in a run of the paragraph it is anchored in, a
 * DrawingML shape for Word 2010 and later and the VML copy older readers use, both holding the box's paragraphs.
 * `copies`: 'drawing' leaves the VML copy out (mc:Choice alone), 'plain drawing' the mc:AlternateContent too (a
 * bare wps:wsp in w:drawing, as other writers save it).
 */
export function wordTitleBox(lines: readonly string[], copies: 'both' | 'drawing' | 'plain drawing' = 'both'): BodySpec {
  const paragraphs = lines.map((line) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="44"/></w:rPr><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
  const content = `<w:txbxContent>${paragraphs}</w:txbxContent>`;
  const drawing =
    '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
    '<wp:extent cx="5274310" cy="1404620"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="217" name="文本框 2"/><wp:cNvGraphicFramePr/>' +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>' +
    '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="5274310" cy="1404620"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>' +
    `<wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp>` +
    '</a:graphicData></a:graphic></wp:anchor></w:drawing>';
  const pict =
    '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    '<v:shape id="文本框 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;left:0;text-align:left;margin-left:0;margin-top:0;width:415.3pt;height:110.6pt;z-index:251659264;visibility:visible;mso-wrap-style:square;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text;v-text-anchor:top" stroked="f">' +
    `<v:textbox style="mso-fit-shape-to-text:t">${content}</v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict>`;
  const fallback = copies === 'both' ? `<mc:Fallback>${pict}</mc:Fallback>` : '';
  const shape = copies === 'plain drawing' ? drawing : `<mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice>${fallback}</mc:AlternateContent>`;
  const xml = `<w:p><w:r><w:rPr><w:noProof/></w:rPr>${shape}</w:r></w:p>`;
  return { kind: 'xml', xml };
}
