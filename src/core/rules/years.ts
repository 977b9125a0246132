import { partWithRole, type Analysis } from '../analysis';
import { yearsNamed } from '../dates';
import type { UnlocalizedFinding } from '../findings';
import { toHalfWidth } from '../numerals';
import type { Rule } from '../profile';

type PartYearRule = Extract<Rule, { rule: 'part-year' }>;

/** year-unknown, heading-year, and the profile's part-year rules (plans-year). */
export function yearFindings(a: Analysis): UnlocalizedFinding[] {
  const year = a.reportYear;
  if (year === undefined) return [{ code: 'year-unknown', severity: 'warning', part: partWithRole(a, 'title'), at: a.frame.title?.start ?? null, params: {} }];
  const partYearRules = a.profile.rules.filter((r): r is PartYearRule => r.rule === 'part-year');
  const ownYearParts = new Set(partYearRules.map((r) => r.part));
  const findings: UnlocalizedFinding[] = [];

  for (const heading of a.headings) {
    const namesPart = heading.parts.length > 0;
    if ((heading.level !== 1 && !namesPart) || heading.parts.some((p) => ownYearParts.has(p))) continue;
    const other = yearsNamed(heading.shape.head).find((y) => y !== year);
    if (other !== undefined) {
      findings.push({ code: 'heading-year', severity: 'warning', part: heading.parts[0] ?? null, at: heading.index, params: { found: other, reportYear: year } });
    }
  }

  for (const rule of partYearRules) {
    const heading = a.parts.find((p) => p.id === rule.part)?.heading;
    if (!heading) continue;
    const expected = year + rule.offset;
    let years = yearsNamed(heading.shape.head);
    let at = heading.index;
    if (!years.length) {
      // No year in the heading: a section that opens with a year says what it is about (2021年，我局将……);
      // a year later in the sentence is context (在2023年工作的基础上), not the plans' year.
      const first = firstBodyIndex(a, heading.index, heading.end);
      const leading = first === undefined ? undefined : /^\s*(\d{4})\s*年/.exec(toHalfWidth(a.blocks[first]?.text ?? ''));
      if (first !== undefined && leading) {
        years = [Number(leading[1])];
        at = first;
      }
    }
    if (years.length && !years.includes(expected)) {
      findings.push({ code: rule.code, severity: 'warning', part: rule.part, at, params: { found: years[0] as number, expected } });
    }
  }
  return findings;
}

function firstBodyIndex(a: Analysis, headingIndex: number, end: number): number | undefined {
  for (let i = headingIndex + 1; i < end; i++) if (a.shapes[i]?.title) return i;
  return undefined;
}
