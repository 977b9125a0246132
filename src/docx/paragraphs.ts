import { makeBlock, type Block, type CellPosition, type InlineLink } from '../core/document';
import { hiddenTextNotice } from '../core/hidden-text';
import { layoutTablesAsText } from '../core/layout-tables';
import { textBoxIsTitle } from '../core/text-boxes';
import { isContentsStyle, paragraphKind } from '../core/paragraph-kind';
import type { Warn } from './errors';
import type { Numbering } from './numbering';
import { alternateContentBranch, isContentsControl, numberingRef, sdtTag, showsPlaceholder, withTag } from './body-elements';
import { levelFromOutline, type StyleSheet } from './styles';
import { intAttr, isOn, textContent, wAttr, wChild, wName, type XmlElement } from './xml';

const MATH_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/math';

/**
 * Elements never read at all: properties we ignore (of run properties, only what hides text is kept: see
 * RUN_PROPERTIES_READ), deletions, field codes, drawings and embedded objects,
 * note references. Also passed to the parser, which then does not even build them. Text boxes are read from the
 * VML copy Word keeps of each (w:pict, the mc:Fallback), else from the drawing, of which the parser builds only
 * the way to the box's text (./drawing.ts).
 */
export const UNREAD_ELEMENTS: readonly string[] = [
  'sectPr', 'tblPr', 'tblGrid', 'trPr', 'tcPr', 'sdtEndPr',
  'del', 'moveFrom', 'delText', 'instrText', 'delInstrText', 'fldData', 'ffData',
  'object', 'footnoteReference', 'endnoteReference',
  'commentReference', 'annotationRef', 'rt', 'sym',
];
/** Of run properties (w:rPr), the parser builds only these: whether the run's text is hidden, directly or by its style. */
export const RUN_PROPERTIES_READ: Readonly<Record<string, readonly string[]>> = { rPr: ['vanish', 'rStyle'] };
/** Not walked for text or paragraphs, but read directly where needed. */
const SKIPPED = new Set([...UNREAD_ELEMENTS, 'rPr', 'pPr', 'sdtPr', 'fldChar']);

export interface BodyReaderContext {
  styles: StyleSheet;
  numbering: Numbering;
  warn: Warn;
}

/** Reads every w:p of w:body, in document order, as blocks. */
export function readBodyBlocks(body: XmlElement, context: BodyReaderContext): Block[] {
  const reader = new BodyReader(context);
  reader.walkBlocks(body, [], undefined);
  if (reader.openFields.length > 0) {
    context.warn('docx-field-unterminated');
  }
  const hidden = hiddenTextNotice(reader.hiddenAt);
  if (hidden) context.warn(hidden.code, hidden.params);
  return layoutTablesAsText(reader.blocks);
}

class BodyReader {
  readonly blocks: Block[] = [];
  /** Complex fields currently open; true while still in the instruction part (before w:separate). Fields may span paragraphs. */
  readonly openFields: boolean[] = [];
  private text: string[] = [];
  private runTags: string[] = [];
  private links: InlineLink[] = [];
  /** Text boxes met in the paragraph being read that hold the report's first lines (see collectText). */
  private boxes: XmlElement[] = [];
  /** The paragraph's style hides its text; the run being read is hidden; some hidden text was met. */
  private styleHidden = false;
  private runHidden = false;
  private hiddenText = false;
  /** Controls showing their placeholder (w:showingPlcHdr) open around the walk, and inside the paragraph's text. */
  private placeholderDepth = 0;
  private inlinePlaceholders = 0;
  /** Printed text met in the paragraph: inside a control showing its placeholder, and outside one. */
  private placeholderText = false;
  private ownText = false;
  /** Blocks that held hidden text (left out of their text). */
  readonly hiddenAt: number[] = [];
  private tables = 0;
  /** Word's table-of-contents controls open around the walk. */
  private contentsDepth = 0;

  constructor(private readonly context: BodyReaderContext) {}

  /** `cell` is the cell being walked, if any; rows and cells move it on as the walk meets them. */
  walkBlocks(container: XmlElement, tags: readonly string[], cell: CellPosition | undefined): void {
    for (const child of container.children) {
      if (typeof child === 'string') continue;
      const name = wName(child);
      if (name === null) {
        const branch = alternateContentBranch(child);
        if (branch) this.walkBlocks(branch, tags, cell);
        continue;
      }
      if (name === 'p') this.readParagraph(child, tags, cell);
      else if (name === 'tbl') this.walkBlocks(child, tags, { table: this.tables++, row: -1, column: -1 });
      else if (name === 'tr' && cell) {
        cell.row += 1;
        cell.column = -1;
        this.walkBlocks(child, tags, cell);
      } else if (name === 'tc' && cell) {
        cell.column += 1;
        // A nested table inside this cell moves its own position; this cell's stays.
        this.walkBlocks(child, tags, { ...cell });
      } else if (name === 'sdt') {
        const content = wChild(child, 'sdtContent');
        const contents = isContentsControl(child);
        const placeholder = showsPlaceholder(child);
        if (contents) this.contentsDepth += 1;
        if (placeholder) this.placeholderDepth += 1;
        if (content) this.walkBlocks(content, withTag(tags, sdtTag(child)), cell);
        if (contents) this.contentsDepth -= 1;
        if (placeholder) this.placeholderDepth -= 1;
      } else if (name === 'altChunk') {
        this.context.warn('docx-alt-chunk');
      } else if (!SKIPPED.has(name)) this.walkBlocks(child, tags, cell); // customXml, ins, moveTo …
    }
  }

  private readParagraph(paragraph: XmlElement, tags: readonly string[], cell: CellPosition | undefined): void {
    this.text = [];
    this.runTags = [];
    this.links = [];
    this.boxes = [];
    this.hiddenText = false;
    this.placeholderText = false;
    this.ownText = false;
    const pPr = wChild(paragraph, 'pPr');
    const style = this.context.styles.forParagraph(pPr ? wAttr(wChild(pPr, 'pStyle'), 'val') : undefined);
    this.styleHidden = style.hidden === true;
    this.collectText(paragraph);
    const { text, runTags, links, boxes, hiddenText } = this;
    const placeholder = this.placeholderText && !this.ownText ? (true as const) : undefined;
    // A title drawn in a text box is read before the paragraph the box is anchored in, as the page shows it.
    for (const box of boxes) this.walkBlocks(box, tags, cell);

    const ownOutline = pPr && intAttr(wChild(pPr, 'outlineLvl'), 'val');
    const level = ownOutline !== undefined ? levelFromOutline(ownOutline) : style.level;
    const ref = pPr ? numberingRef(pPr, style.numbering) : style.numbering;
    const listString = ref ? this.context.numbering.next(ref) : undefined;

    const inContents = this.contentsDepth > 0 || isContentsStyle(style.name);
    const kind = paragraphKind({ inTable: cell !== undefined, inContents, level, listString });
    // Shared, not copied, by the paragraphs inside the same content controls: a copy each let a few KB of deeply
    // nested controls around many empty paragraphs fill the memory. Blocks' tags are never mutated.
    const allTags = runTags.length === 0 ? (tags as string[]) : [...new Set([...tags, ...runTags])];
    if (hiddenText) this.hiddenAt.push(this.blocks.length);
    this.blocks.push(makeBlock(this.blocks.length, text.join(''), { kind, level: inContents ? undefined : level, listString, style: style.name, tags: allTags, cell: cell && { ...cell }, links: links.length ? links : undefined, placeholder }));
  }

  private collectText(parent: XmlElement): void {
    for (const child of parent.children) {
      if (typeof child === 'string') continue;
      const name = wName(child);
      if (name === null) {
        if (child.namespace === MATH_NAMESPACE && child.localName === 't') this.addText(textContent(child));
        else {
          const branch = alternateContentBranch(child);
          this.collectText(branch ?? child); // other namespaces (math, w14 wrappers): read what is inside
        }
        continue;
      }
      switch (name) {
        case 'r': {
          const outer = this.runHidden;
          this.runHidden = this.isHidden(wChild(child, 'rPr'));
          this.collectText(child);
          this.runHidden = outer;
          break;
        }
        case 't':
          this.addText(textContent(child));
          break;
        case 'tab':
        case 'ptab':
          this.addText('\t');
          break;
        case 'br':
        case 'cr':
          this.addText('\n');
          break;
        case 'noBreakHyphen':
          this.addText('-');
          break;
        case 'fldChar':
          this.fieldChar(wAttr(child, 'fldCharType'));
          break;
        case 'txbxContent':
          if (textBoxIsTitle([this.text.join(''), ...this.blocks.map((b) => b.text)])) this.boxes.push(child);
          break;
        case 'sdt': {
          // A control inside the paragraph's text (a linked figure): its tag, and its own text for the check.
          const tag = sdtTag(child);
          if (tag !== undefined) this.runTags.push(tag);
          const content = wChild(child, 'sdtContent');
          const start = this.text.length;
          const placeholder = showsPlaceholder(child);
          if (placeholder) this.inlinePlaceholders += 1;
          if (content) this.collectText(content);
          if (placeholder) this.inlinePlaceholders -= 1;
          if (tag !== undefined) this.links.push({ tag, text: this.text.slice(start).join('') });
          break;
        }
        default:
          if (!SKIPPED.has(name)) this.collectText(child); // r, ins, moveTo, hyperlink, fldSimple, smartTag, ruby …
      }
    }
  }

  private addText(text: string): void {
    if (this.openFields.includes(true)) return;
    if (this.runHidden) {
      if (text.trim()) this.hiddenText = true;
      return;
    }
    this.text.push(text);
    if (!text.trim()) return;
    if (this.placeholderDepth > 0 || this.inlinePlaceholders > 0) this.placeholderText = true;
    else this.ownText = true;
  }

  /** Direct formatting first, then the run's character style, then the paragraph's style, as Word applies them. */
  private isHidden(rPr: XmlElement | undefined): boolean {
    const vanish = rPr && wChild(rPr, 'vanish');
    if (vanish) return isOn(vanish);
    const characterStyle = rPr && wAttr(wChild(rPr, 'rStyle'), 'val');
    return (characterStyle !== undefined && this.context.styles.hidesText(characterStyle)) || this.styleHidden;
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.openFields.push(true);
    else if (type === 'separate' && this.openFields.length > 0) this.openFields[this.openFields.length - 1] = false;
    else if (type === 'end') this.openFields.pop();
  }
}
