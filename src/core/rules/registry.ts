/**
 * Every check rule, in the order they run (and so the order of findings that tie on severity and place).
 * Adding a check is adding its module here: the profile schema, the profile's types and the catalog follow.
 */
import type { Severity } from '../diagnostic';
import { addMessages } from '../i18n/catalog';
import type { Localized } from '../i18n/lang';
import { citedPeriod } from './cited-period';
import { carriedOverRule } from './carried-over';
import { citedTitlesRule } from './cited-titles';
import { dateEarly } from './date-early';
import { dateFormat } from './date-format';
import { deadline } from './deadline';
import { emptyPart } from './empty-part';
import { figureOtherReport } from './figure-other-report';
import { figureRule } from './figures';
import { figuresUnchanged } from './figures-unchanged';
import { placeholderRule } from './placeholders';
import { formulations } from './formulations';
import { headingYear } from './heading-year';
import { mentions } from './mentions';
import { missingPart } from './missing-part';
import { numbering } from './numbering';
import { partOrder } from './part-order';
import { partYear } from './part-year';
import { plansTakenUp } from './plans-taken-up';
import { previousYear } from './previous-year';
import { promptLeft } from './prompt-left';
import { punctuation } from './punctuation';
import type { CheckRule } from './rule';
import { standardTableRule } from './standard-tables';
import { usage } from './usage';
import { unitMismatch } from './unit-mismatch';
import { yearUnknown } from './year-unknown';

/** The wording checks (formulations, cited titles, punctuation, usage): the false-alarm benchmark runs these. */
export const WORDING_RULES = [formulations, citedTitlesRule, punctuation, usage] as const;

export const RULES = [
  missingPart,
  emptyPart,
  partOrder,
  promptLeft,
  numbering,
  yearUnknown,
  unitMismatch,
  headingYear,
  partYear,
  dateFormat,
  mentions,
  deadline,
  citedPeriod,
  dateEarly,
  ...WORDING_RULES,
  standardTableRule,
  figureRule,
  placeholderRule,
  figureOtherReport,
  previousYear,
  carriedOverRule,
  plansTakenUp,
  figuresUnchanged,
] as const;

for (const rule of RULES) addMessages(rule.messages);

type AnyRule = (typeof RULES)[number];

export type RuleName = AnyRule['name'];

/** A profile's `rules` entry: which rule, its options, and for rules naming their own code that code and message. */
export type RuleEntry = AnyRule extends infer R
  ? R extends { name: infer N; ownCode?: infer Own; run(context: never, options: infer O, code: string): unknown }
    ? { rule: N; severity?: Severity | 'off' } & (Own extends true ? { code: string; message?: Localized } : unknown) & O
    : never
  : never;

export function findRule(name: string): CheckRule<string, unknown> | undefined {
  return (RULES as readonly CheckRule<string, never>[]).find((rule) => rule.name === name) as CheckRule<string, unknown> | undefined;
}
