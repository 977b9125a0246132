import type { LineShape, MarkerStyle } from './headings';
import type { Heading } from './parts';

const MARKER_ORDER: readonly MarkerStyle[] = ['chapter', 'cn', 'cn-paren', 'arabic', 'arabic-paren'];

/** Each part's cue weight for a heading's words. */
export type CueScores = ReadonlyMap<string, number>;

/** A line that may be a heading: its numbering kind (一、, （一）, Heading 2 …), natural rank and cue scores. */
export interface Candidate {
  index: number;
  shape: LineShape;
  kind: string;
  rank: number;
  scores: CueScores;
  forcedPart?: string;
}

export function maxScore(scores: CueScores): number {
  return Math.max(0, ...scores.values());
}

/**
 * The top level is the kind of heading (一、, （一）, Heading 2 …) that most clearly names parts; other
 * kinds sit below it in the GB/T 9704 order. So a report numbering its sections 1. 2. still reads right.
 */
export function assignLevels(candidates: Candidate[]): Heading[] {
  const topKind = topLevelKind(candidates);
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

/**
 * The kind with most headings naming parts; but a numbering higher in the GB/T 9704 order that names a part and
 * opens the outline before it encloses it (一、总体情况 over （一）主动公开情况 （二）依申请公开情况, in a page cut
 * before 二、).
 */
function topLevelKind(candidates: Candidate[]): string | undefined {
  const votes = new Map<string, number>();
  for (const c of candidates) if (maxScore(c.scores) >= 2 || c.forcedPart) votes.set(c.kind, (votes.get(c.kind) ?? 0) + 1);
  const byVotes = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const winner = byVotes[0]?.[0];
  if (winner === undefined) return [...candidates].sort((a, b) => a.rank - b.rank)[0]?.kind;
  const first = (kind: string) => candidates.find((c) => c.kind === kind) as Candidate;
  const isMarker = (kind: string) => (MARKER_ORDER as readonly string[]).includes(kind);
  const enclosing = byVotes
    .map(([kind]) => kind)
    .filter((kind) => isMarker(kind) && isMarker(winner) && first(kind).rank < first(winner).rank && first(kind).index < first(winner).index)
    .sort((a, b) => first(a).rank - first(b).rank);
  return enclosing[0] ?? winner;
}

