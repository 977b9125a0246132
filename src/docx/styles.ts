import type { Warn } from './errors';
import { childElements, intAttr, isOn, wAttr, wChild, wName, wPath, type XmlElement } from './xml';
import { headingLevelFromName } from '../core/heading-styles';

/** A paragraph's numbering reference (w:numPr). */
export interface NumberingRef {
  numId: number;
  ilvl: number;
}

/** What a paragraph style contributes to a paragraph, after following w:basedOn. */
export interface ResolvedStyle {
  /** Display name (w:name), e.g. "heading 1", "标题 2", "Normal". */
  name?: string;
  /** Heading level 1-9 from a heading name or an outline level; undefined for body text. */
  level?: number;
  numbering?: NumberingRef;
  /** The style's run properties hide its text (w:vanish): an old draft hidden rather than deleted. */
  hidden?: boolean;
}

interface RawStyle {
  id: string;
  name?: string;
  basedOn?: string;
  /** w:outlineLvl as written: 0-8 are heading levels, 9 is body text. */
  outlineLevel?: number;
  numId?: number;
  ilvl?: number;
  /** w:vanish in the style's w:rPr, as written (absent: as its base). */
  hidden?: boolean;
}


/** w:outlineLvl 0-8 → level 1-9; 9 (body text) or anything else → undefined. */
export function levelFromOutline(outlineLevel: number): number | undefined {
  return outlineLevel >= 0 && outlineLevel <= 8 ? outlineLevel + 1 : undefined;
}

/** word/styles.xml, with resolution cached per style id so each chain is walked once. */
export class StyleSheet {
  private readonly styles = new Map<string, RawStyle>();
  private readonly resolved = new Map<string, ResolvedStyle>();
  readonly defaultParagraphStyleId: string | undefined;

  constructor(
    root: XmlElement | undefined,
    private readonly warn: Warn = () => undefined,
  ) {
    let defaultId: string | undefined;
    if (root) {
      for (const element of childElements(root)) {
        if (wName(element) !== 'style') continue;
        const id = wAttr(element, 'styleId');
        if (id === undefined) continue;
        const type = wAttr(element, 'type') ?? 'paragraph';
        this.styles.set(id, readRawStyle(element, id));
        if (type === 'paragraph' && isTrue(wAttr(element, 'default'))) defaultId ??= id;
      }
    }
    this.defaultParagraphStyleId = defaultId;
  }

  /** The style a paragraph gets: its w:pStyle, else the default paragraph style. */
  forParagraph(styleId: string | undefined): ResolvedStyle {
    if (styleId !== undefined && this.styles.has(styleId)) return this.resolve(styleId);
    if (styleId !== undefined) this.warn('docx-style-missing', { id: styleId });
    const fallback = this.defaultParagraphStyleId;
    return fallback === undefined ? {} : this.resolve(fallback);
  }

  /** Whether a character style (w:rStyle) hides its text; a missing one hides nothing. */
  hidesText(styleId: string): boolean {
    return this.styles.has(styleId) && this.resolve(styleId).hidden === true;
  }

  /** The w:numId a (numbering) style declares itself, for w:numStyleLink. */
  numIdOfStyle(styleId: string): number | undefined {
    return this.styles.get(styleId)?.numId;
  }

  /** Resolved once per style; `visiting`, the styles whose chain is being followed (to stop a loop), only then. */
  private resolve(id: string, visiting?: Set<string>): ResolvedStyle {
    return this.resolved.get(id) ?? this.resolveChain(id, visiting ?? new Set());
  }

  private resolveChain(id: string, visiting: Set<string>): ResolvedStyle {
    const raw = this.styles.get(id);
    if (!raw) return {};
    visiting.add(id);
    let base: ResolvedStyle = {};
    if (raw.basedOn !== undefined && raw.basedOn !== id) {
      if (visiting.has(raw.basedOn)) {
        this.warn('docx-style-loop', { id });
      } else {
        base = this.resolve(raw.basedOn, visiting);
      }
    }
    const result: ResolvedStyle = { name: raw.name ?? raw.id };
    // Built-in heading names fix the level, as Word does; otherwise an own outline level wins over the base's.
    const nameLevel = headingLevelFromName(raw.name ?? raw.id);
    const level = nameLevel ?? (raw.outlineLevel !== undefined ? levelFromOutline(raw.outlineLevel) : base.level);
    if (level !== undefined) result.level = level;
    const numbering = raw.numId !== undefined ? { numId: raw.numId, ilvl: raw.ilvl ?? 0 } : base.numbering;
    if (numbering) result.numbering = numbering;
    const hidden = raw.hidden ?? base.hidden;
    if (hidden) result.hidden = true;
    this.resolved.set(id, result);
    return result;
  }
}

function readRawStyle(element: XmlElement, id: string): RawStyle {
  const raw: RawStyle = { id };
  const name = wAttr(wChild(element, 'name'), 'val');
  if (name !== undefined) raw.name = name;
  const basedOn = wAttr(wChild(element, 'basedOn'), 'val');
  if (basedOn !== undefined) raw.basedOn = basedOn;
  const vanish = wPath(element, 'rPr', 'vanish');
  if (vanish) raw.hidden = isOn(vanish);
  const pPr = wChild(element, 'pPr');
  if (pPr) {
    const outlineLevel = intAttr(wChild(pPr, 'outlineLvl'), 'val');
    if (outlineLevel !== undefined) raw.outlineLevel = outlineLevel;
    const numId = intAttr(wPath(pPr, 'numPr', 'numId'), 'val');
    if (numId !== undefined) raw.numId = numId;
    const ilvl = intAttr(wPath(pPr, 'numPr', 'ilvl'), 'val');
    if (ilvl !== undefined) raw.ilvl = ilvl;
  }
  return raw;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}
