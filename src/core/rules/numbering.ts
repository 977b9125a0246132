import type { Analysis } from '../analysis';
import type { UnlocalizedFinding } from '../findings';
import { formatMarker, type HeadingMarker } from '../headings';
import type { Heading } from '../parts';

/**
 * numbering: in each run of sibling headings (the top level; level 2 within each top section; level 3
 * within each level-2 section), numbers must start at one, go up by one, and keep one style.
 */
export function numberingFindings(a: Analysis): UnlocalizedFinding[] {
  const findings: UnlocalizedFinding[] = [];
  const checkRun = (level: number, from: number, to: number) => {
    const atLevel = a.headings.filter((h) => h.level === level && h.index >= from && h.index < to);
    findings.push(...checkSiblings(atLevel.filter((h) => h.shape.marker), level));
    // Parents need no number of their own: unnumbered Heading 1 sections still hold numbered （一）（二）.
    if (level < 3) for (const parent of atLevel) checkRun(level + 1, parent.index + 1, parent.end);
  };
  checkRun(1, a.frame.bodyStart, a.frame.closingStart);
  return findings;
}

function checkSiblings(siblings: Heading[], level: number): UnlocalizedFinding[] {
  const findings: UnlocalizedFinding[] = [];
  const first = siblings[0]?.shape.marker as HeadingMarker | undefined;
  if (!first) return findings;
  const style = first.style;
  const report = (h: Heading, variant: string, params: Record<string, string | number>) =>
    findings.push({
      code: 'numbering',
      severity: 'warning',
      part: h.parts[0] ?? null,
      at: h.index,
      params: { variant, level, marker: (h.shape.marker as HeadingMarker).raw, ...params },
    });
  if (first.ordinal !== 1) report(siblings[0] as Heading, 'start', { expected: formatMarker(style, 1) });
  siblings.forEach((h, i) => {
    if (i === 0) return;
    const marker = h.shape.marker as HeadingMarker;
    const previous = (siblings[i - 1] as Heading).shape.marker as HeadingMarker;
    const expected = formatMarker(style, previous.ordinal + 1);
    if (marker.style !== style) report(h, 'mixed', { first: first.raw, expected });
    else if (marker.ordinal === previous.ordinal) report(h, 'repeat', { expected });
    else if (marker.ordinal !== previous.ordinal + 1) report(h, 'skip', { previous: previous.raw, expected });
  });
  return findings;
}
