import type { Block } from './document';
import { NATURAL_LEVEL, isBareHeadingShape, isHeadingShape, type LineShape, type MarkerStyle } from './headings';

const MARKER_ORDER: readonly MarkerStyle[] = ['chapter', 'cn', 'cn-paren', 'arabic', 'arabic-paren'];
import { sectionParts, type Profile } from './profile';
import type { PromptHit } from './prompts';
import { taggedPart } from './tags';

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

type CueScores = Map<string, number>;

interface Candidate {
  index: number;
  shape: LineShape;
  kind: string;
  rank: number;
  scores: CueScores;
  forcedPart?: string;
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
  const candidates: Candidate[] = [];
  for (let i = zone.bodyStart; i < zone.closingStart; i++) {
    const block = blocks[i] as Block;
    const shape = shapes[i] as LineShape;
    if (block.kind === 'table-cell' || prompts[i]) continue;
    const forcedPart = taggedPart(block.tags, 'heading');
    // Every numbered line takes part in the outline (so numbering sequences are whole), but only a
    // heading-length one can name a part.
    const bareShape = !shape.marker && shape.hostLevel === undefined && isBareHeadingShape(shape);
    const scores = isHeadingShape(shape) || bareShape ? score(shape.head) : new Map<string, number>();
    const isBare = bareShape && maxScore(scores) >= 2;
    if (!forcedPart && !shape.marker && !isHeadingShape(shape) && !isBare) continue;
    const kind = shape.marker ? shape.marker.style : shape.hostLevel !== undefined ? `host${shape.hostLevel}` : 'bare';
    const rank = shape.marker ? NATURAL_LEVEL[shape.marker.style] : (shape.hostLevel ?? 1);
    candidates.push({ index: i, shape, kind, rank, scores, forcedPart });
  }
  const headings = assignLevels(candidates);
  assignParts(candidates, headings, profile);
  setSectionEnds(headings, zone.closingStart);
  return headings;
}

function cueScorer(profile: Profile): (head: string) => CueScores {
  const parts = sectionParts(profile).map((part) => ({
    id: part.id,
    cues: (part.cues ?? []).map((cue) => ({ pattern: new RegExp(cue.pattern), weight: cue.weight })),
  }));
  return (head) => {
    const scores: CueScores = new Map();
    for (const part of parts) {
      const weight = Math.max(0, ...part.cues.filter((cue) => cue.pattern.test(head)).map((cue) => cue.weight));
      if (weight > 0) scores.set(part.id, weight);
    }
    return scores;
  };
}

function maxScore(scores: CueScores): number {
  return Math.max(0, ...scores.values());
}

/**
 * The top level is the kind of heading (一、, （一）, Heading 2 …) that most clearly names parts; other
 * kinds sit below it in the GB/T 9704 order. So a report numbering its sections 1. 2. still reads right.
 */
function assignLevels(candidates: Candidate[]): Heading[] {
  const votes = new Map<string, number>();
  for (const c of candidates) if (maxScore(c.scores) >= 2 || c.forcedPart) votes.set(c.kind, (votes.get(c.kind) ?? 0) + 1);
  const byVotes = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const topKind = byVotes[0]?.[0] ?? [...candidates].sort((a, b) => a.rank - b.rank)[0]?.kind;
  const top = candidates.find((c) => c.kind === topKind);
  const topIsMarker = !!top?.shape.marker;
  const topRank = top?.rank ?? 1;
  // Below the top level, the numbering kinds the document uses follow in the GB/T 9704 order: sections
  // 第一部分 with items 一、, sections 1. with items （一）, or styled sections with （一）, nest as written.
  const below = MARKER_ORDER.filter((style) => style !== topKind && candidates.some((c) => c.kind === style));
  const markerLevel = new Map<string, number>(below.map((style, i) => [style, i + 2]));
  return candidates.map((c) => {
    let level: number;
    if (c.kind === topKind || c.kind === 'bare') level = 1;
    // Top level set by heading styles: a styled heading keeps its style's level even when numbered.
    else if (!topIsMarker && c.shape.hostLevel !== undefined) level = Math.max(1, c.shape.hostLevel - topRank + 1);
    else if (c.shape.marker) level = markerLevel.get(c.kind) ?? c.rank;
    else level = c.rank;
    return { index: c.index, shape: c.shape, level, parts: [], end: c.index + 1 };
  });
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
    if (assigned.has(partId)) continue;
    // A heading names two parts only when it names both outright (存在的问题和下一步工作打算).
    const existing = heading.parts.map((p) => candidates[i]?.scores.get(p) ?? 3);
    if (existing.length && (weight < 3 || existing.some((w) => w < 3))) continue;
    give(heading, partId);
  }

  // Then clearly named sub-headings. One numbered in sequence with the top level is the top level mis-numbered
  // (一、 2、 三、) when it is not numbered as a direct sub-heading would be, or the next top heading goes on from it.
  let topBefore = 0;
  candidates.forEach((c, i) => {
    const heading = headings[i] as Heading;
    if (heading.level === 1 || heading.parts.length) {
      if (heading.level === 1) topBefore += 1;
      return;
    }
    const best = [...c.scores].filter(([id, w]) => w >= 2 && !assigned.has(id)).sort((a, b) => b[1] - a[1])[0];
    if (!best) return;
    give(heading, best[0]);
    const ordinal = c.shape.marker?.ordinal;
    if (ordinal !== topBefore + 1) return;
    const nextTop = headings.slice(i + 1).find((h) => h.level === 1)?.shape.marker?.ordinal;
    if (heading.level >= 3 || nextTop === ordinal + 1) {
      heading.level = 1;
      topBefore += 1;
    }
  });
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
