import { childElements, plainAttr, type XmlElement } from './xml';

/** Part names of the pieces of a WordprocessingML package the reader needs. */
export const DEFAULT_MAIN_PART = 'word/document.xml';
export const RELATIONSHIP_TYPES = {
  officeDocument: '/officeDocument',
  styles: '/styles',
  numbering: '/numbering',
} as const;

/** The rels part that belongs to a part: word/document.xml → word/_rels/document.xml.rels. */
export function relsPartOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/**
 * Finds the internal target of the first relationship whose type ends with `typeSuffix`
 * (matching the suffix covers both transitional and strict relationship URIs), resolved to a part name.
 */
export function findRelationshipTarget(rels: XmlElement, sourcePart: string, typeSuffix: string): string | undefined {
  for (const relationship of childElements(rels)) {
    if (relationship.localName !== 'Relationship') continue;
    if (!(plainAttr(relationship, 'Type') ?? '').endsWith(typeSuffix)) continue;
    if (plainAttr(relationship, 'TargetMode') === 'External') continue;
    const target = plainAttr(relationship, 'Target');
    if (target) return resolvePartName(sourcePart, target);
  }
  return undefined;
}

/** Resolves a relationship target against the source part's folder ("" for the package root). */
export function resolvePartName(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  const segments = [...base];
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}
