/**
 * A small OOXML (.docx) builder for test fixtures: describe the body, styles and numbering as
 * plain data, get the .docx bytes back. Only what the reader and the checkers care about is
 * modelled; `{ kind: 'xml' }` items insert raw WordprocessingML for anything else (the document
 * root declares the prefixes w, r, mc, wp, wps, a, v, o and w10). Output is deterministic: the same spec
 * gives the same bytes.
 *
 * @example
 * const bytes = buildDocx({
 *   styles: WORD_STYLES,
 *   numbering: CHINESE_REPORT_NUMBERING,
 *   body: [
 *     { kind: 'p', style: '1', content: '一、主要举措和成效' },
 *     { kind: 'p', numbering: { numId: 1, ilvl: 1 }, content: '健全依法决策机制' },
 *     '全年共审查规范性文件12件。',
 *   ],
 * });
 */
import { strToU8, zipSync } from 'fflate';

/** A run-level item inside a paragraph. A plain string is one run; "\t" and "\n" in it become w:tab and w:br. */
export type InlineSpec =
  | string
  | { kind: 'run'; text: string; /** raw w:rPr children, e.g. '<w:b/>' */ rPrXml?: string }
  | { kind: 'ins'; content: InlineSpec[] } // tracked insertion
  | { kind: 'del'; text: string } // tracked deletion (w:delText)
  | { kind: 'moveTo'; content: InlineSpec[] }
  | { kind: 'moveFrom'; text: string }
  | { kind: 'sdt'; tag?: string; content: InlineSpec[] } // run-level content control
  | { kind: 'hyperlink'; content: InlineSpec[]; url?: string; anchor?: string }
  | { kind: 'fieldSimple'; instr: string; result: string } // w:fldSimple
  | { kind: 'field'; instr: string; result: string } // complex field: fldChar begin/instrText/separate/result/end
  | { kind: 'tab' }
  | { kind: 'break'; type?: 'page' | 'column' } // w:br (soft line break unless a type is given)
  | { kind: 'footnoteRef'; id: number }
  | { kind: 'textBox'; text: string } // floating text box: DrawingML choice + VML fallback, both with w:txbxContent
  | { kind: 'xml'; xml: string };

export interface ParagraphSpec {
  kind: 'p';
  /** w:pStyle (a style id, not a name). */
  style?: string;
  /** w:numPr; numId 0 switches numbering off. */
  numbering?: { numId: number; ilvl?: number };
  /** Paragraph-level w:outlineLvl (0-8 heading levels, 9 body text). */
  outlineLevel?: number;
  content?: string | InlineSpec[];
}

/** Rows of cells; each cell is a string (one paragraph) or body items. Empty cells get an empty paragraph, as Word requires. */
export interface TableSpec {
  kind: 'table';
  rows: Array<Array<string | BodySpec[]>>;
  /** Column widths in twips: the table written as Word writes it (Table Grid style, fixed widths, w:tblGrid, w:tblLook). */
  grid?: number[];
}

/** Block-level content control around body items. */
export interface BlockSdtSpec {
  kind: 'sdt';
  tag?: string;
  content: BodySpec[];
}

/** A body item; a plain string is a paragraph with the default style. */
export type BodySpec = string | ParagraphSpec | TableSpec | BlockSdtSpec | { kind: 'xml'; xml: string };

export interface StyleSpec {
  id: string;
  /** w:name, e.g. "heading 1", "标题 1", "Normal". */
  name?: string;
  type?: 'paragraph' | 'character' | 'table' | 'numbering';
  basedOn?: string;
  /** w:outlineLvl in the style's pPr (0-8, 9 = body text). */
  outlineLevel?: number;
  numbering?: { numId: number; ilvl?: number };
  /** w:default="1": the default style of its type. */
  isDefault?: boolean;
  /** raw w:rPr children, e.g. '<w:vanish/>' */
  rPrXml?: string;
}

export interface LevelSpec {
  /** Defaults to the level's position in `levels`. */
  ilvl?: number;
  /** w:numFmt, e.g. "decimal", "chineseCounting", "bullet". */
  format: string;
  /** w:lvlText, e.g. "%1、", "（%1）", "%1.%2". */
  text: string;
  start?: number;
  /** w:lvlRestart (1-based level; 0 = never restart). */
  restart?: number;
  /** w:isLgl */
  legal?: boolean;
}

export interface NumberingSpec {
  abstractNums: Array<{ id: number; levels: LevelSpec[] }>;
  /** w:num instances; startOverrides maps ilvl → w:startOverride. */
  nums: Array<{ id: number; abstractNumId: number; startOverrides?: Record<number, number> }>;
}

export interface DocxSpec {
  body: BodySpec[];
  /** Defaults to DEFAULT_STYLES; null leaves word/styles.xml out. */
  styles?: StyleSpec[] | null;
  /** Leave out for no word/numbering.xml. */
  numbering?: NumberingSpec;
  /** Replaces the generated word/document.xml verbatim (e.g. to test malformed XML). */
  documentXml?: string;
  /** Extra or replacement zip entries, by path. */
  extraParts?: Record<string, string | Uint8Array>;
  /** Zip entries to leave out, e.g. ['word/document.xml']. */
  omitParts?: string[];
}

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  w10: 'urn:schemas-microsoft-com:office:word',
};
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Default paragraph style plus "heading 1"-"heading 3" with LibreOffice-like ids. */
export const DEFAULT_STYLES: StyleSpec[] = [
  { id: 'Normal', name: 'Normal', isDefault: true },
  ...[1, 2, 3].map((n) => ({ id: `Heading${n}`, name: `heading ${n}`, basedOn: 'Normal', outlineLevel: n - 1 })),
];
/** As Chinese-UI Word writes them: numeric ids, English built-in names. */
export const WORD_STYLES: StyleSpec[] = [
  { id: 'a', name: 'Normal', isDefault: true },
  ...[1, 2, 3].map((n) => ({ id: String(n), name: `heading ${n}`, basedOn: 'a', outlineLevel: n - 1 })),
  { id: 'a3', name: 'Title', basedOn: 'a' },
];
/** As WPS writes them: numeric ids, Chinese names, no outline level needed. */
export const WPS_STYLES: StyleSpec[] = [
  { id: '1', name: '正文', isDefault: true },
  ...[1, 2, 3].map((n) => ({ id: String(n + 1), name: `标题 ${n}`, basedOn: '1' })),
  { id: '10', name: '标题', basedOn: '1' },
];
/** The usual report outline: 一、 / （一） / 1. / （1）. */
export const CHINESE_REPORT_NUMBERING: NumberingSpec = {
  abstractNums: [
    {
      id: 0,
      levels: [
        { format: 'chineseCounting', text: '%1、', start: 1 },
        { format: 'chineseCounting', text: '（%2）', start: 1 },
        { format: 'decimal', text: '%3.', start: 1 },
        { format: 'decimal', text: '（%4）', start: 1 },
      ],
    },
  ],
  nums: [{ id: 1, abstractNumId: 0 }],
};

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Zips entries (path → content) into bytes; strings are written as UTF-8. Same input, same bytes. */
export function zipEntries(entries: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(entries)) files[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { mtime: FIXED_MTIME });
}

const FIXED_MTIME = new Date(2024, 0, 1);

/** Per-document state while writing XML: external hyperlink targets and unique w:id values. */
interface BuildContext {
  hyperlinks: string[];
  nextId: number;
}

/** Builds a .docx from the spec. */
export function buildDocx(spec: DocxSpec): Uint8Array {
  const context: BuildContext = { hyperlinks: [], nextId: 1 };
  const styles = spec.styles === undefined ? DEFAULT_STYLES : spec.styles;
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': contentTypes(styles !== null, spec.numbering !== undefined),
    '_rels/.rels': rels([['rId1', `${REL}/officeDocument`, 'word/document.xml']]),
    'word/document.xml': spec.documentXml ?? documentXml(spec.body, context),
  };
  const docRels: Array<[string, string, string, boolean?]> = [];
  if (styles !== null) {
    parts['word/styles.xml'] = stylesXml(styles);
    docRels.push(['rIdStyles', `${REL}/styles`, 'styles.xml']);
  }
  if (spec.numbering) {
    parts['word/numbering.xml'] = numberingXml(spec.numbering);
    docRels.push(['rIdNumbering', `${REL}/numbering`, 'numbering.xml']);
  }
  context.hyperlinks.forEach((url, i) => docRels.push([`rIdLink${i + 1}`, `${REL}/hyperlink`, url, true]));
  parts['word/_rels/document.xml.rels'] = rels(docRels);
  Object.assign(parts, spec.extraParts);
  for (const path of spec.omitParts ?? []) delete parts[path];
  return zipEntries(parts);
}

function contentTypes(hasStyles: boolean, hasNumbering: boolean): string {
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const override = (part: string, type: string): string => `<Override PartName="/word/${part}" ContentType="${main}.${type}+xml"/>`;
  return `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('document.xml', 'document.main') +
    (hasStyles ? override('styles.xml', 'styles') : '') +
    (hasNumbering ? override('numbering.xml', 'numbering') : '') +
    '</Types>';
}

function rels(relationships: Array<[string, string, string, boolean?]>): string {
  const items = relationships.map(([id, type, target, external]) =>
    `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ''}/>`);
  return `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

function documentXml(body: BodySpec[], context: BuildContext): string {
  const namespaces = Object.entries(NS).map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`).join(' ');
  return `${XML_DECL}<w:document ${namespaces}><w:body>${body.map((item) => bodyXml(item, context)).join('')}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>';
}

function bodyXml(item: BodySpec, context: BuildContext): string {
  if (typeof item === 'string') return paragraphXml({ kind: 'p', content: item }, context);
  switch (item.kind) {
    case 'p':
      return paragraphXml(item, context);
    case 'table': {
      const { grid } = item;
      const cell = (content: string | BodySpec[], column: number): string => {
        const items = typeof content === 'string' ? [content] : content.length > 0 ? content : [''];
        const width = grid ? `w:w="${grid[column] ?? 0}" w:type="dxa"` : 'w:w="0" w:type="auto"';
        return `<w:tc><w:tcPr><w:tcW ${width}/></w:tcPr>${items.map((i) => bodyXml(i, context)).join('')}</w:tc>`;
      };
      const rows = item.rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('');
      if (!grid) return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows}</w:tbl>`;
      const tblPr = '<w:tblPr><w:tblStyle w:val="a7"/><w:tblW w:w="0" w:type="auto"/>' +
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>';
      return `<w:tbl>${tblPr}<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;
    }
    case 'sdt':
      return sdtXml(item.tag, item.content.map((i) => bodyXml(i, context)).join(''), context);
    case 'xml':
      return item.xml;
  }
}

function paragraphXml(p: ParagraphSpec, context: BuildContext): string {
  const pPr =
    (p.style !== undefined ? `<w:pStyle w:val="${escapeXml(p.style)}"/>` : '') +
    (p.numbering ? numPrXml(p.numbering) : '') +
    (p.outlineLevel !== undefined ? `<w:outlineLvl w:val="${p.outlineLevel}"/>` : '');
  const content = typeof p.content === 'string' ? [p.content] : (p.content ?? []);
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content.map((i) => inlineXml(i, context)).join('')}</w:p>`;
}

function inlineXml(item: InlineSpec, context: BuildContext): string {
  const all = (items: InlineSpec[]): string => items.map((i) => inlineXml(i, context)).join('');
  const change = (): string => `w:id="${context.nextId++}" w:author="审核人" w:date="2024-01-01T00:00:00Z"`;
  if (typeof item === 'string') return runXml(item);
  switch (item.kind) {
    case 'run': return runXml(item.text, item.rPrXml);
    case 'ins': return `<w:ins ${change()}>${all(item.content)}</w:ins>`;
    case 'del': return `<w:del ${change()}><w:r><w:delText xml:space="preserve">${escapeXml(item.text)}</w:delText></w:r></w:del>`;
    case 'moveTo': return `<w:moveTo ${change()}>${all(item.content)}</w:moveTo>`;
    case 'moveFrom': return `<w:moveFrom ${change()}><w:r><w:t xml:space="preserve">${escapeXml(item.text)}</w:t></w:r></w:moveFrom>`;
    case 'sdt': return sdtXml(item.tag, all(item.content), context);
    case 'hyperlink': {
      if (item.url !== undefined) context.hyperlinks.push(item.url);
      const target = item.url !== undefined ? `r:id="rIdLink${context.hyperlinks.length}"` : `w:anchor="${escapeXml(item.anchor ?? '_top')}"`;
      return `<w:hyperlink ${target}>${all(item.content)}</w:hyperlink>`;
    }
    case 'fieldSimple': return `<w:fldSimple w:instr="${escapeXml(item.instr)}">${runXml(item.result)}</w:fldSimple>`;
    case 'field':
      return '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
        `<w:r><w:instrText xml:space="preserve">${escapeXml(item.instr)}</w:instrText></w:r>` +
        `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${runXml(item.result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    case 'tab': return '<w:r><w:tab/></w:r>';
    case 'break': return `<w:r><w:br${item.type ? ` w:type="${item.type}"` : ''}/></w:r>`;
    case 'footnoteRef': return `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${item.id}"/></w:r>`;
    case 'textBox': {
      const inner = `<w:txbxContent><w:p>${runXml(item.text)}</w:p></w:txbxContent>`;
      return '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>' +
        `<wps:wsp><wps:txbx>${inner}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict><v:shape><v:textbox>${inner}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    }
    case 'xml': return item.xml;
  }
}

/** One run; tabs and newlines in the text become w:tab and w:br, as Word stores them. */
function runXml(text: string, rPrXml?: string): string {
  const pieces = text.split(/([\t\n])/).filter((piece) => piece !== '');
  const body = pieces.map((piece) => (piece === '\t' ? '<w:tab/>' : piece === '\n' ? '<w:br/>' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`));
  return `<w:r>${rPrXml ? `<w:rPr>${rPrXml}</w:rPr>` : ''}${body.join('')}</w:r>`;
}

function sdtXml(tag: string | undefined, contentXml: string, context: BuildContext): string {
  const tagXml = tag !== undefined ? `<w:alias w:val="${escapeXml(tag)}"/><w:tag w:val="${escapeXml(tag)}"/>` : '';
  return `<w:sdt><w:sdtPr>${tagXml}<w:id w:val="${context.nextId++}"/></w:sdtPr><w:sdtContent>${contentXml}</w:sdtContent></w:sdt>`;
}

function numPrXml(numbering: { numId: number; ilvl?: number }): string {
  return `<w:numPr><w:ilvl w:val="${numbering.ilvl ?? 0}"/><w:numId w:val="${numbering.numId}"/></w:numPr>`;
}

function stylesXml(styles: StyleSpec[]): string {
  const items = styles.map((s) => {
    const pPr = (s.numbering ? numPrXml(s.numbering) : '') + (s.outlineLevel !== undefined ? `<w:outlineLvl w:val="${s.outlineLevel}"/>` : '');
    return `<w:style w:type="${s.type ?? 'paragraph'}" w:styleId="${escapeXml(s.id)}"${s.isDefault ? ' w:default="1"' : ''}>` +
      (s.name !== undefined ? `<w:name w:val="${escapeXml(s.name)}"/>` : '') +
      (s.basedOn !== undefined ? `<w:basedOn w:val="${escapeXml(s.basedOn)}"/>` : '') +
      (pPr ? `<w:pPr>${pPr}</w:pPr>` : '') + (s.rPrXml ? `<w:rPr>${s.rPrXml}</w:rPr>` : '') + '</w:style>';
  });
  return `${XML_DECL}<w:styles xmlns:w="${NS.w}"><w:docDefaults/>${items.join('')}</w:styles>`;
}

function numberingXml(numbering: NumberingSpec): string {
  const abstracts = numbering.abstractNums.map((abstract) => {
    const levels = abstract.levels.map((level, index) =>
      `<w:lvl w:ilvl="${level.ilvl ?? index}"><w:start w:val="${level.start ?? 1}"/><w:numFmt w:val="${escapeXml(level.format)}"/>` +
      (level.restart !== undefined ? `<w:lvlRestart w:val="${level.restart}"/>` : '') +
      (level.legal ? '<w:isLgl/>' : '') +
      `<w:lvlText w:val="${escapeXml(level.text)}"/><w:lvlJc w:val="left"/></w:lvl>`);
    return `<w:abstractNum w:abstractNumId="${abstract.id}"><w:multiLevelType w:val="multilevel"/>${levels.join('')}</w:abstractNum>`;
  });
  const nums = numbering.nums.map((num) => {
    const overrides = Object.entries(num.startOverrides ?? {}).map(
      ([ilvl, start]) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`);
    return `<w:num w:numId="${num.id}"><w:abstractNumId w:val="${num.abstractNumId}"/>${overrides.join('')}</w:num>`;
  });
  return `${XML_DECL}<w:numbering xmlns:w="${NS.w}">${abstracts.join('')}${nums.join('')}</w:numbering>`;
}
