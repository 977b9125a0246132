import type { Block } from './document';
import { assignLevels, maxScore, type Candidate, type CueScores } from './heading-levels';
import { NATURAL_LEVEL, isBareHeadingShape, isHeadingShape, type LineShape } from './headings';
import { sectionParts, type Profile } from './profile';
import { linearEngineLoaded, profilePattern, type TextPattern } from './patterns';
import type { PromptHit } from './prompts';
import { tableLabelTest } from './table-labels';
import { taggedPart } from './tags';

/** The scores of a line no cue is tried on (most lines: one map for them all). */
const NO_SCORES: CueScores = new Map();

/** A heading named by a hint alone (weight 1) is that short: a longer one is a theme (突出问题导向，…), not the part. */
const HINT_HEADING_CHARS = 10;

export interface Heading {
  index: number;
  shape: LineShape;
  /** 1 for the document's top level, as the document itself numbers it. */
  level: number;
  /** The parts this heading names (a combined heading such as 存在的问题和下一步打算 names two). */
  parts: string[];
  /** Exclusive end of the heading's section. */
  end: number;
}

/** Finds the headings of the body zone and which mandated part each one names. */
export function findHeadings(
  blocks: readonly Block[],
  shapes: readonly LineShape[],
  prompts: ReadonlyArray<PromptHit | undefined>,
  zone: { bodyStart: number; closingStart: number },
  profile: Profile,
): Heading[] {
  const score = cueScorer(profile);
  const isTableLabel = tableLabelTest(profile);
  const candidates: Candidate[] = [];
  for (let i = zone.bodyStart; i < zone.closingStart; i++) {
    const block = blocks[i] as Block;
    const shape = shapes[i] as LineShape;
    // A table copied out as text keeps its row labels (一、本年新收政府信息公开申请数量): rows, not headings.
    if (block.kind === 'table-cell' || prompts[i] || shape.tableText || isTableLabel(shape)) continue;
    const forcedPart = taggedPart(block.tags, 'heading');
    // Every numbered line takes part in the outline (so numbering sequences are whole), but only a
    // heading-length one can name a part.
    const bareShape = !shape.marker && shape.hostLevel === undefined && isBareHeadingShape(shape);
    const scores = isHeadingShape(shape) || bareShape ? score(shape.head) : NO_SCORES;
    const isBare = bareShape && maxScore(scores) >= 2;
    if (!forcedPart && !shape.marker && !isHeadingShape(shape) && !isBare) continue;
    const kind = shape.marker ? shape.marker.style : shape.hostLevel !== undefined ? `host${shape.hostLevel}` : 'bare';
    const rank = shape.marker ? NATURAL_LEVEL[shape.marker.style] : (shape.hostLevel ?? 1);
    candidates.push({ index: i, shape, kind, rank, scores, forcedPart });
  }
  const headings = assignLevels(candidates);
  assignParts(candidates, headings, profile);
  setSectionEnds(headings, zone.closingStart);
  assignThematic(headings, profile);
  return headings;
}

type PartCues = Array<{ id: string; cues: Array<{ pattern: TextPattern; weight: number }> }>;
/** Per profile, and per engine: a user's profile is compiled anew once the linear-time engine is there. */
const CUES = new WeakMap<Profile, { linear: boolean; parts: PartCues }>();

function cueScorer(profile: Profile): (head: string) => CueScores {
  let cached = CUES.get(profile);
  if (!cached || cached.linear !== linearEngineLoaded()) {
    const parts = sectionParts(profile).map((part) => ({
      id: part.id,
      cues: (part.cues ?? []).map((cue) => ({ pattern: profilePattern(profile, cue.pattern), weight: cue.weight })),
    }));
    CUES.set(profile, (cached = { linear: linearEngineLoaded(), parts }));
  }
  const partCues = cached.parts;
  return (head) => {
    const scores = new Map<string, number>();
    for (const part of partCues) {
      const weight = Math.max(0, ...part.cues.filter((cue) => cue.pattern.test(head)).map((cue) => cue.weight));
      if (weight > 0) scores.set(part.id, weight);
    }
    return scores;
  };
}

function assignParts(candidates: Candidate[], headings: Heading[], profile: Profile): void {
  const assigned = new Set<string>();
  const order = sectionParts(profile).map((p) => p.id);
  const give = (heading: Heading, partId: string) => {
    heading.parts.push(partId);
    assigned.add(partId);
  };
  candidates.forEach((c, i) => {
    if (c.forcedPart && order.includes(c.forcedPart) && !assigned.has(c.forcedPart)) give(headings[i] as Heading, c.forcedPart);
  });

  // Top level first, strongest wording first: a part goes to the heading that names it most clearly.
  const pairs: Array<{ i: number; partId: string; weight: number }> = [];
  candidates.forEach((c, i) => {
    if ((headings[i] as Heading).level !== 1) return;
    for (const [partId, weight] of c.scores) pairs.push({ i, partId, weight });
  });
  pairs.sort((a, b) => b.weight - a.weight || a.i - b.i);
  for (const { i, partId, weight } of pairs) {
    const heading = headings[i] as Heading;
    if (assigned.has(partId) || (weight === 1 && heading.shape.head.length > HINT_HEADING_CHARS)) continue;
    // A heading names two parts only when it names both outright (存在的问题和下一步工作打算).
    const existing = heading.parts.map((p) => candidates[i]?.scores.get(p) ?? 3);
    if (existing.length && (weight < 3 || existing.some((w) => w < 3))) continue;
    give(heading, partId);
  }

  // Then sub-headings that name a part outright (a part the profile allows below the top level). One numbered in
  // sequence with the top level is the top level mis-numbered (一、 2、 三、) when it is not numbered as a direct
  // sub-heading would be, or the next top heading goes on from it — unless it goes on from an item before it
  // (1. … 2. …第一责任人职责 is an item in its list).
  const subHeadingParts = new Set(sectionParts(profile).filter((p) => p.asSubHeading !== false).map((p) => p.id));
  let topBefore = 0;
  candidates.forEach((c, i) => {
    const heading = headings[i] as Heading;
    if (heading.level === 1 || heading.parts.length) {
      if (heading.level === 1) topBefore += 1;
      return;
    }
    const best = [...c.scores].filter(([id, w]) => w >= 3 && !assigned.has(id) && subHeadingParts.has(id)).sort((a, b) => b[1] - a[1])[0];
    if (!best) return;
    give(heading, best[0]);
    const ordinal = c.shape.marker?.ordinal;
    if (ordinal !== topBefore + 1 || continuesItems(headings, i)) return;
    const nextTop = headings.slice(i + 1).find((h) => h.level === 1)?.shape.marker?.ordinal;
    if (heading.level >= 3 || nextTop === ordinal + 1) {
      heading.level = 1;
      topBefore += 1;
    }
  });
}

/** Whether the heading follows an item of its own numbering, one less, since the last heading above its level. */
function continuesItems(headings: readonly Heading[], i: number): boolean {
  const heading = headings[i] as Heading;
  const marker = heading.shape.marker;
  if (!marker) return false;
  for (let k = i - 1; k >= 0; k--) {
    const before = headings[k] as Heading;
    if (before.level < heading.level) return false;
    if (before.shape.marker?.style === marker.style) return before.shape.marker.ordinal === marker.ordinal - 1;
  }
  return false;
}

/**
 * Thematic sections (一、加强党的领导 二、深化“放管服”改革 … and only then 存在的问题) are the year's work: a part
 * that says so in its profile takes the first top-level section naming no part, before the parts it names.
 */
function assignThematic(headings: Heading[], profile: Profile): void {
  const named = new Set(headings.flatMap((h) => h.parts));
  for (const part of sectionParts(profile)) {
    if (!part.thematicBefore || named.has(part.id)) continue;
    const limit = headings.find((h) => h.parts.some((id) => part.thematicBefore?.includes(id)))?.index ?? Infinity;
    const section = headings.find((h) => h.level === 1 && h.parts.length === 0 && h.index < limit);
    if (section) {
      section.parts.push(part.id);
      named.add(part.id);
    }
  }
}

/** A section ends where the next heading of the same or a higher level starts (one pass, with a stack). */
function setSectionEnds(headings: Heading[], closingStart: number): void {
  const open: Heading[] = [];
  for (const heading of headings) {
    while (open.length && (open[open.length - 1] as Heading).level >= heading.level) (open.pop() as Heading).end = heading.index;
    open.push(heading);
  }
  for (const heading of open) heading.end = closingStart;
}
