/**
 * The phrases the wording checks look for (formulations, fixed expressions, sessions, cited titles …), found
 * in one pass over the report: one regular expression made of them all finds where any starts, and each is then
 * tried there on its own. One pass, not forty, keeps the check's time within its goal on long reports.
 */
import type { Analysis } from '../analysis';
import { joined, type BlockMatch } from './scan';

export interface Phrase {
  readonly id: number;
  readonly sticky: RegExp;
}

const SOURCES: string[] = [];
const PHRASES: Phrase[] = [];

/** Declares a phrase (a regular expression's source, no flags) when a module loads. */
export function phrase(source: string): Phrase {
  const declared = { id: PHRASES.length, sticky: new RegExp(source, 'y') };
  SOURCES.push(source);
  PHRASES.push(declared);
  return declared;
}

/**
 * Phrases are looked for in groups: V8 runs one regular expression of a dozen alternatives far faster per
 * alternative than one of forty (measured: half the time for the same phrases).
 */
const GROUP = 12;
let groups: { count: number; patterns: RegExp[] } | undefined;
const HITS = new WeakMap<Analysis, BlockMatch[][]>();

/** Where a phrase occurs in the checked blocks, as matchAll would find it in each block. */
export function phraseMatches(a: Analysis, declared: Phrase): BlockMatch[] {
  let hits = HITS.get(a);
  if (!hits || hits.length < PHRASES.length) HITS.set(a, (hits = scan(a)));
  return hits[declared.id] ?? [];
}

function scan(a: Analysis): BlockMatch[][] {
  if (groups?.count !== PHRASES.length) {
    const patterns: RegExp[] = [];
    for (let i = 0; i < SOURCES.length; i += GROUP) patterns.push(new RegExp(SOURCES.slice(i, i + GROUP).map((s) => `(?:${s})`).join('|'), 'g'));
    groups = { count: PHRASES.length, patterns };
  }
  const hits: BlockMatch[][] = PHRASES.map(() => []);
  groups.patterns.forEach((pattern, g) => scanGroup(a, pattern, PHRASES.slice(g * GROUP, (g + 1) * GROUP), hits));
  return hits;
}

/** One pass of a group's pattern; at each place where one of its phrases may start, each is tried on its own. */
function scanGroup(a: Analysis, pattern: RegExp, phrases: Phrase[], hits: BlockMatch[][]): void {
  const { text, blocks, starts } = joined(a);
  const endOfLast = new Map<number, number>();
  let k = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const at = m.index;
    while (k + 1 < starts.length && (starts[k + 1] as number) <= at) k++;
    const index = blocks[k] as number;
    const blockText = a.blocks[index]?.text ?? '';
    const start = at - (starts[k] as number);
    for (const p of phrases) {
      if (at < (endOfLast.get(p.id) ?? -1)) continue; // a phrase's own matches do not overlap
      p.sticky.lastIndex = start;
      const match = p.sticky.exec(blockText);
      if (!match) continue;
      hits[p.id]?.push({ index, text: blockText, start, match });
      endOfLast.set(p.id, at + Math.max(match[0].length, 1));
    }
    pattern.lastIndex = at + 1; // every start, so phrases that begin inside another's match are found too
  }
}
