import { formatMarker, type HeadingMarker } from '../headings';
import type { Heading } from '../parts';
import { defineRule, NO_OPTIONS, type RuleFinding } from './rule';

/**
 * In each run of sibling headings (the top level; level 2 within each top section; level 3 within each level-2
 * section), numbers must start at one, go up by one, and keep one style; a number typed with a slip (一， １、 ①) or
 * in one of Word's other formats (壹、 甲、) is given its standard form.
 */
export const numbering = defineRule(NO_OPTIONS)({
  name: 'numbering',
  description: { 'zh-CN': '各级标题编号从一开始、连续、体例一致', 'en-US': 'Heading numbers start at one, run on and keep one style, per level' },
  runs: 'always',
  codes: { numbering: 'warning' },
  messages: {
    'numbering.mixed': {
      'zh-CN': '第 {level} 级标题编号“{marker}”与前面的“{first}”体例不一致，应为“{expected}”。',
      'en-US': 'Level-{level} heading number “{marker}” does not match the style of “{first}”; expected “{expected}”.',
    },
    'numbering.skip': {
      'zh-CN': '第 {level} 级标题编号从“{previous}”跳到了“{marker}”，应为“{expected}”。',
      'en-US': 'Level-{level} heading numbers jump from “{previous}” to “{marker}”; expected “{expected}”.',
    },
    'numbering.repeat': {
      'zh-CN': '第 {level} 级标题编号“{marker}”重复了，应为“{expected}”。',
      'en-US': 'Level-{level} heading number “{marker}” is repeated; expected “{expected}”.',
    },
    'numbering.form': {
      'zh-CN': '第 {level} 级标题编号“{marker}”写法不规范，应为“{expected}”。',
      'en-US': 'Level-{level} heading number “{marker}” is not in the standard form; expected “{expected}”.',
    },
    'numbering.start': {
      'zh-CN': '第 {level} 级标题编号从“{marker}”开始，应从“{expected}”开始。',
      'en-US': 'Level-{level} heading numbers start at “{marker}”; expected “{expected}”.',
    },
  },
  run({ analysis: a }, _options, code) {
    return siblingRuns(a.headings, a.frame.bodyStart, a.frame.closingStart).flatMap(({ level, headings }) =>
      checkSiblings(headings.filter((h) => h.shape.marker), level, code),
    );
  },
});

/** Levels whose numbering is checked: sections, their items, and items within those. */
const CHECKED_LEVELS = 3;

/**
 * The runs of sibling headings, in one pass: the top level of the body, then for each heading of level L < 3 the
 * headings of level L + 1 in its section. Parents need no number of their own: unnumbered Heading 1 sections still
 * hold numbered （一）（二）. A heading deeper than its parent's next level (a 1. straight under 一、) is in no run.
 */
function siblingRuns(headings: readonly Heading[], from: number, to: number): Array<{ level: number; headings: Heading[] }> {
  const top = { level: 1, headings: [] as Heading[] };
  const runs = [top];
  // open[L]: the run that a heading of level L joins now, if any (the current level L-1 parent's children).
  const open: Array<{ level: number; headings: Heading[] } | undefined> = [undefined, top];
  for (const heading of headings) {
    if (heading.index < from || heading.index >= to) continue;
    const { level } = heading;
    if (level > CHECKED_LEVELS) continue;
    open[level]?.headings.push(heading);
    for (let deeper = level + 1; deeper <= CHECKED_LEVELS; deeper++) open[deeper] = undefined;
    // Its section holds the next level's run (its end is the next heading of its level or higher: the loop resets it).
    if (open[level] && level < CHECKED_LEVELS) runs.push((open[level + 1] = { level: level + 1, headings: [] }));
  }
  return runs;
}

function checkSiblings(siblings: Heading[], level: number, code: string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const first = siblings[0]?.shape.marker as HeadingMarker | undefined;
  if (!first) return findings;
  const style = first.style;
  const report = (h: Heading, variant: string, params: Record<string, string | number>) =>
    findings.push({ code, part: h.parts[0] ?? null, at: h.index, params: { variant, level, marker: (h.shape.marker as HeadingMarker).raw, ...params } });
  if (first.ordinal !== 1) report(siblings[0] as Heading, 'start', { expected: formatMarker(style, 1) });
  siblings.forEach((h, i) => {
    const written = h.shape.marker as HeadingMarker;
    if (written.slip) report(h, 'form', { expected: formatMarker(written.style, written.ordinal) });
    if (i === 0) return;
    const marker = h.shape.marker as HeadingMarker;
    const previous = (siblings[i - 1] as Heading).shape.marker as HeadingMarker;
    const expected = formatMarker(style, previous.ordinal + 1);
    if (marker.style !== style) report(h, 'mixed', { first: first.raw, expected });
    else if (marker.ordinal === previous.ordinal) report(h, 'repeat', { expected });
    else if (marker.ordinal !== previous.ordinal + 1 && !followsRepeatTold(siblings, i)) report(h, 'skip', { previous: previous.raw, expected });
  });
  return findings;
}

/**
 * （一）（一）（三）: the repeated （一） is told to be （二）, and then （三） follows it — not a jump to be told to be （二）
 * as well, which would undo the first advice.
 */
function followsRepeatTold(siblings: readonly Heading[], i: number): boolean {
  const [before, previous, marker] = [siblings[i - 2], siblings[i - 1], siblings[i]].map((h) => h?.shape.marker);
  if (!before || !previous || !marker) return false;
  return previous.style === before.style && previous.ordinal === before.ordinal && marker.ordinal === previous.ordinal + 2;
}
