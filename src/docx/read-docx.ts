import type { ReportDocument } from '../core/document';
import { bilingual, localize } from '../core/i18n/catalog';
import { withTextBoxesOnly } from './drawing';
import { DocxReadError, errorMessageOf, warningCollector, type Warn } from './errors';
import { Numbering } from './numbering';
import { DEFAULT_MAIN_PART, findRelationshipTarget, RELATIONSHIP_TYPES, relsPartOf } from './package-parts';
import { readBodyBlocks, RUN_PROPERTIES_READ, UNREAD_ELEMENTS } from './paragraphs';
import { StyleSheet } from './styles';
import { parseXmlPart, skippingW, wChild, wName, type XmlElement } from './xml';
import { XmlSyntaxError, type ParseOptions } from './xml-parser';
import { DEFAULT_ZIP_LIMITS, ZipError, ZipReader, type ZipLimits } from '../files/zip';

export { DocxReadError } from './errors';
export type { ZipLimits } from '../files/zip';

/** What the reader never looks at in each part it parses; not building it saves time. */
export const PARTS_UNREAD = {
  document: withTextBoxesOnly(skippingW(UNREAD_ELEMENTS, RUN_PROPERTIES_READ)),
  styles: skippingW(['latentStyles', 'docDefaults', 'tblPr', 'trPr', 'tcPr', 'tblStylePr'], RUN_PROPERTIES_READ),
  numbering: skippingW(['rPr', 'pPr', 'numPicBullet']),
} as const;

export interface ReadDocxOptions {
  /** Zip-bomb guards; defaults: 64 MiB per entry, 256 MiB in total (declared uncompressed sizes). */
  limits?: Partial<ZipLimits>;
}

/**
 * Reads a .docx file into the host-neutral document model: one block per w:p of the body, in
 * Word's paragraph order. Throws only DocxReadError. What it skipped is in `notices` (and, in both languages,
 * `warnings`).
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): ReportDocument {
  try {
    return readPackage(new ZipReader(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.limits }));
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    if (error instanceof ZipError) throw new DocxReadError(error.diagnostic.code, error.diagnostic.params, { cause: error });
    // Attributes are parsed lazily, so a bad one can surface while reading the body.
    if (error instanceof XmlSyntaxError) throw new DocxReadError('docx-xml-invalid', { detail: error.message }, { cause: error });
    // A safety net: whatever odd input broke, callers get the one error type they handle.
    throw new DocxReadError('docx-failed', { detail: errorMessageOf(error) }, { cause: error });
  }
}

function readPackage(zip: ZipReader): ReportDocument {
  const { warn, notices } = warningCollector();

  const packageRels = optionalPart(zip, '_rels/.rels', warn);
  const declaredMainPart = packageRels && findRelationshipTarget(packageRels, '', RELATIONSHIP_TYPES.officeDocument);
  // A broken or dangling relationship should not hide a document.xml that is right there.
  const candidates = [...new Set([declaredMainPart ?? DEFAULT_MAIN_PART, DEFAULT_MAIN_PART])];
  const found = zip.read(candidates.flatMap((part) => [part, relsPartOf(part)]));
  const mainPart = candidates.find((part) => found.has(part)) ?? candidates[0] ?? DEFAULT_MAIN_PART;
  const mainRelsPart = relsPartOf(mainPart);
  const mainBytes = found.get(mainPart);
  if (!mainBytes) throw new DocxReadError('docx-no-main-part', { part: mainPart });
  const mainRelsBytes = found.get(mainRelsPart);
  const mainRels = mainRelsBytes && optionalParse(mainRelsBytes, mainRelsPart, warn);
  const stylesPart = (mainRels && findRelationshipTarget(mainRels, mainPart, RELATIONSHIP_TYPES.styles)) ?? 'word/styles.xml';
  const numberingPart = (mainRels && findRelationshipTarget(mainRels, mainPart, RELATIONSHIP_TYPES.numbering)) ?? 'word/numbering.xml';
  const parts = zip.read([stylesPart, numberingPart]);
  const stylesBytes = parts.get(stylesPart);
  const numberingBytes = parts.get(numberingPart);

  const documentRoot = parseXmlPart(mainBytes, mainPart, PARTS_UNREAD.document);
  if (wName(documentRoot) !== 'document') throw new DocxReadError('docx-not-body', { part: mainPart, root: documentRoot.name });
  const stylesRoot = stylesBytes && optionalParse(stylesBytes, stylesPart, warn, PARTS_UNREAD.styles);
  const styles = orWithout(stylesPart, warn, (root) => new StyleSheet(root, warn), stylesRoot);
  const numberingRoot = numberingBytes && optionalParse(numberingBytes, numberingPart, warn, PARTS_UNREAD.numbering);
  const numbering = orWithout(numberingPart, warn, (root) => new Numbering(root, (id) => styles.numIdOfStyle(id), warn), numberingRoot);
  const body = wChild(documentRoot, 'body');
  if (!body) warn('docx-no-body');
  const blocks = body ? readBodyBlocks(body, { styles, numbering, warn }) : [];
  const textUnread = notices.some((n) => n.code === 'docx-alt-chunk') ? { textUnread: true as const } : {};
  return { blocks, locationUnit: 'paragraph', warnings: notices.map(bilingual), notices, ...textUnread };
}

/** Builds from an optional part; if its (lazily parsed) attributes turn out malformed, warns and builds without it. */
function orWithout<T>(partName: string, warn: Warn, build: (root: XmlElement | undefined) => T, root: XmlElement | undefined): T {
  try {
    return build(root);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    warn('docx-part-malformed', { part: partName, detail: error.message });
    return build(undefined);
  }
}

/** A part the reader can do without: absent → undefined; unreadable → a warning and undefined. */
function optionalPart(zip: ZipReader, partName: string, warn: Warn): XmlElement | undefined {
  const bytes = zip.read([partName]).get(partName);
  return bytes && optionalParse(bytes, partName, warn);
}

function optionalParse(bytes: Uint8Array, partName: string, warn: Warn, options?: ParseOptions): XmlElement | undefined {
  try {
    return parseXmlPart(bytes, partName, options);
  } catch (error) {
    if (!(error instanceof DocxReadError)) throw error;
    warn('docx-part-ignored', { message: localize(error.diagnostic) });
    return undefined;
  }
}
