import type { ReportDocument } from '../core/document';
import { DocxReadError, errorMessageOf } from './errors';
import { Numbering } from './numbering';
import { DEFAULT_MAIN_PART, findRelationshipTarget, RELATIONSHIP_TYPES, relsPartOf } from './package-parts';
import { readBodyBlocks, UNREAD_ELEMENTS } from './paragraphs';
import { StyleSheet } from './styles';
import { parseXmlPart, skippingW, wChild, wName, type XmlElement } from './xml';
import { XmlSyntaxError, type ParseOptions } from './xml-parser';
import { DEFAULT_ZIP_LIMITS, ZipReader, type ZipLimits } from './zip';

export { DocxReadError } from './errors';
export type { ZipLimits } from './zip';

/** Parts of styles.xml and numbering.xml the reader never looks at; not building them saves time. */
const STYLES_UNREAD = skippingW(['latentStyles', 'docDefaults', 'rPr', 'tblPr', 'trPr', 'tcPr', 'tblStylePr']);
const NUMBERING_UNREAD = skippingW(['rPr', 'pPr', 'numPicBullet']);

export interface ReadDocxOptions {
  /** Zip-bomb guards; defaults: 64 MiB per entry, 256 MiB in total (declared uncompressed sizes). */
  limits?: Partial<ZipLimits>;
}

/**
 * Reads a .docx file into the host-neutral document model: one block per w:p of the body, in
 * Word's paragraph order. Throws only DocxReadError, with a bilingual message.
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): ReportDocument {
  try {
    return readPackage(new ZipReader(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.limits }));
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    if (error instanceof XmlSyntaxError) {
      // Attributes are parsed lazily, so a bad one can surface while reading the body.
      throw new DocxReadError(
        `文档中的 XML 格式不正确，文件可能已损坏（${error.message}）。 / The document's XML is not well-formed; the file may be corrupt (${error.message}).`,
        { cause: error },
      );
    }
    // A safety net: whatever odd input broke, callers get the one error type they handle.
    throw new DocxReadError(
      `读取 .docx 文件时出错，文件可能已损坏（${errorMessageOf(error)}）。 / Failed to read the .docx file; it may be corrupt (${errorMessageOf(error)}).`,
      { cause: error },
    );
  }
}

function readPackage(zip: ZipReader): ReportDocument {
  const warnings: string[] = [];
  const warn = (message: string): void => void warnings.push(message);

  const packageRels = optionalPart(zip, '_rels/.rels', warn);
  const declaredMainPart = packageRels && findRelationshipTarget(packageRels, '', RELATIONSHIP_TYPES.officeDocument);
  // A broken or dangling relationship should not hide a document.xml that is right there.
  const candidates = [...new Set([declaredMainPart ?? DEFAULT_MAIN_PART, DEFAULT_MAIN_PART])];
  const found = zip.read(candidates.flatMap((part) => [part, relsPartOf(part)]));
  const mainPart = candidates.find((part) => found.has(part)) ?? candidates[0] ?? DEFAULT_MAIN_PART;
  const mainRelsPart = relsPartOf(mainPart);
  const mainBytes = found.get(mainPart);
  if (!mainBytes) {
    throw new DocxReadError(
      `压缩包中没有 ${mainPart}，这不是 Word 文档（可能是改了扩展名的 .xlsx、.pptx 或 .odt 文件）。` +
        ` / The archive has no ${mainPart}; it is not a Word document (perhaps a renamed .xlsx, .pptx or .odt file).`,
    );
  }
  const mainRelsBytes = found.get(mainRelsPart);
  const mainRels = mainRelsBytes && optionalParse(mainRelsBytes, mainRelsPart, warn);
  const stylesPart = (mainRels && findRelationshipTarget(mainRels, mainPart, RELATIONSHIP_TYPES.styles)) ?? 'word/styles.xml';
  const numberingPart = (mainRels && findRelationshipTarget(mainRels, mainPart, RELATIONSHIP_TYPES.numbering)) ?? 'word/numbering.xml';
  const parts = zip.read([stylesPart, numberingPart]);
  const stylesBytes = parts.get(stylesPart);
  const numberingBytes = parts.get(numberingPart);

  const documentRoot = parseXmlPart(mainBytes, mainPart, skippingW(UNREAD_ELEMENTS));
  if (wName(documentRoot) !== 'document') {
    throw new DocxReadError(
      `${mainPart} 不是 Word 正文（根元素为 ${documentRoot.name}）。 / ${mainPart} is not a Word document body (root element ${documentRoot.name}).`,
    );
  }
  const stylesRoot = stylesBytes && optionalParse(stylesBytes, stylesPart, warn, STYLES_UNREAD);
  const styles = orWithout(stylesPart, warn, (root) => new StyleSheet(root, warn), stylesRoot);
  const numberingRoot = numberingBytes && optionalParse(numberingBytes, numberingPart, warn, NUMBERING_UNREAD);
  const numbering = orWithout(numberingPart, warn, (root) => new Numbering(root, (id) => styles.numIdOfStyle(id), warn), numberingRoot);
  const body = wChild(documentRoot, 'body');
  if (!body) warn('文档没有正文（w:body）。 / The document has no body (w:body).');
  const blocks = body ? readBodyBlocks(body, { styles, numbering, warn }) : [];
  return { blocks, locationUnit: 'paragraph', warnings };
}

/** Builds from an optional part; if its (lazily parsed) attributes turn out malformed, warns and builds without it. */
function orWithout<T>(partName: string, warn: (message: string) => void, build: (root: XmlElement | undefined) => T, root: XmlElement | undefined): T {
  try {
    return build(root);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    warn(`${partName} 的 XML 格式不正确（${error.message}），已忽略。 / ${partName} is not well-formed XML (${error.message}); ignored.`);
    return build(undefined);
  }
}

/** A part the reader can do without: absent → undefined; unreadable → a warning and undefined. */
function optionalPart(zip: ZipReader, partName: string, warn: (message: string) => void): XmlElement | undefined {
  const bytes = zip.read([partName]).get(partName);
  return bytes && optionalParse(bytes, partName, warn);
}

function optionalParse(bytes: Uint8Array, partName: string, warn: (message: string) => void, options?: ParseOptions): XmlElement | undefined {
  try {
    return parseXmlPart(bytes, partName, options);
  } catch (error) {
    if (!(error instanceof DocxReadError)) throw error;
    warn(`${error.message}（已忽略 / ignored）`);
    return undefined;
  }
}
