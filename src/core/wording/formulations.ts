/** Outdated formulations (current until a date) and wrong forms of fixed expressions, found in a report's words. */
import type { Analysis } from '../analysis';
import { escapeRegExp } from '../regexp';
import type { RuleFinding } from '../rules/rule';
import { FIXED_EXPRESSIONS, OUTDATED } from './data';
import { phrase, phraseMatches } from './phrases';
import { inPlans, sentenceAround, wordsFinding, yearOf, yearOfBlock } from './scan';

const COMPILED_OUTDATED = OUTDATED.map((entry) => ({
  entry,
  pattern: phrase(entry.pattern),
  unless: entry.unless ? new RegExp(entry.unless) : undefined,
}));

/**
 * A formulation current until `until`, in a block about a later year (a report year after it; with scope "plans",
 * only in the plans), outside a sentence that tells history.
 */
export function outdatedFormulations(a: Analysis, code: string): RuleFinding[] {
  if (a.reportYear === undefined) return [];
  const findings: RuleFinding[] = [];
  for (const { entry, pattern, unless } of COMPILED_OUTDATED) {
    if (a.reportYear + 1 <= yearOf(entry.until)) continue; // not even the plans are about a later year
    for (const { index, text, start, match } of phraseMatches(a, pattern)) {
      const year = yearOfBlock(a, index) as number;
      if (year <= yearOf(entry.until) || (entry.scope === 'plans' && !inPlans(a, index))) continue;
      if (unless?.test(sentenceAround(text, start, start + match[0].length))) continue;
      const expected = match[0].replace(new RegExp(entry.pattern), entry.expected);
      findings.push(wordsFinding(code, index, start, match[0], { expected, year, why: entry.why }, entry.replaces !== false));
    }
  }
  return findings;
}

const COMPILED_FIXED = FIXED_EXPRESSIONS.map((entry) => ({
  entry,
  pattern: phrase(entry.pattern ?? (entry.wrong ?? []).map(escapeRegExp).join('|')),
}));

/** A wrong form of a fixed expression, with the right one. */
export function fixedExpressions(a: Analysis, code: string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const { entry, pattern } of COMPILED_FIXED) {
    for (const { index, start, match } of phraseMatches(a, pattern)) {
      if (match[0] === entry.expected || (entry.pattern && !sameWords(match[0], entry.expected))) continue;
      findings.push(wordsFinding(code, index, start, match[0], { expected: entry.expected }));
    }
  }
  return findings;
}

/** The same characters in another order (规范严格公正文明执法 for 严格规范公正文明执法), not another phrase. */
function sameWords(found: string, expected: string): boolean {
  return [...found].sort().join('') === [...expected].sort().join('');
}
