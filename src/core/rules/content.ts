import { partWithRole, type Analysis } from '../analysis';
import type { UnlocalizedFinding } from '../findings';
import { toHalfWidth } from '../numerals';
import type { Rule } from '../profile';
import { escapeRegExp } from '../regexp';

type RuleOf<K extends Rule['rule']> = Extract<Rule, { rule: K }>;

/** The profile's content rules: mentions, deadline, cited-period; and the date's own form (date-format). */
export function contentFindings(a: Analysis): UnlocalizedFinding[] {
  const findings: UnlocalizedFinding[] = [...dateFormat(a)];
  for (const rule of a.profile.rules) {
    if (rule.rule === 'mentions') findings.push(...mentions(a, rule));
    if (rule.rule === 'deadline') findings.push(...deadline(a, rule));
    if (rule.rule === 'cited-period') findings.push(...citedPeriod(a, rule));
  }
  return findings;
}

/** The part's own text (its heading's words excluded: 不足和原因 in a heading is not a cause). */
function mentions(a: Analysis, rule: RuleOf<'mentions'>): UnlocalizedFinding[] {
  const state = a.parts.find((p) => p.id === rule.part);
  if (!state?.heading || state.status !== 'present') return [];
  const { heading } = state;
  const body = [heading.shape.title.slice(heading.shape.head.length)];
  for (let i = heading.index + 1; i < heading.end; i++) body.push(a.blocks[i]?.text ?? '');
  const text = body.join('\n');
  return rule.cues.some((cue) => text.includes(cue))
    ? []
    : [{ code: rule.code, severity: 'warning', part: rule.part, at: heading.index, params: {} }];
}

function dateFormat(a: Analysis): UnlocalizedFinding[] {
  const date = a.frame.date;
  if (!date?.value) return [];
  const { value } = date;
  const part = partWithRole(a, 'date');
  const params = { text: date.text, expected: `${value.year}年${value.month}月${value.day}日` };
  if (value.padded) return [{ code: 'date-format', severity: 'warning', part, at: date.index, params: { variant: 'padded', ...params } }];
  if (value.chineseNumerals) return [{ code: 'date-format', severity: 'info', part, at: date.index, params: { variant: 'chinese', ...params } }];
  return [];
}

function deadline(a: Analysis, rule: RuleOf<'deadline'>): UnlocalizedFinding[] {
  const value = a.frame.date?.value;
  if (!value || a.reportYear === undefined) return [];
  const units = [a.frame.signature?.text, a.frame.unitLine?.text, a.frame.title?.text].filter((t): t is string => !!t);
  const unitMatches = (pattern: string) => units.some((unit) => new RegExp(pattern).test(unit.replace(/关于.*$/, '')));
  if ((rule.when && !unitMatches(rule.when)) || (rule.unless && unitMatches(rule.unless))) return [];
  const due = [a.reportYear + 1, rule.month, rule.day];
  const given = [value.year, value.month, value.day];
  const late = given[0]! * 10000 + given[1]! * 100 + given[2]! > due[0]! * 10000 + due[1]! * 100 + due[2]!;
  if (!late) return [];
  return [{
    code: rule.code,
    severity: 'info',
    part: partWithRole(a, 'date'),
    at: a.frame.date?.index ?? null,
    params: { date: `${value.year}年${value.month}月${value.day}日`, deadline: `${due[0]}年${due[1]}月${due[2]}日` },
  }];
}

function citedPeriod(a: Analysis, rule: RuleOf<'cited-period'>): UnlocalizedFinding[] {
  const name = escapeRegExp(rule.document);
  const citation = new RegExp(`${name}\\s*[（(]\\s*(\\d{4})\\s*年?\\s*[—–\\-－~～至到]+\\s*(\\d{4})\\s*年?\\s*[）)]`, 'g');
  const periods = rule.periods.map(([from, to]) => `${from}—${to}`).join(' / ');
  const findings: UnlocalizedFinding[] = [];
  a.blocks.forEach((block, index) => {
    if (!block.text.includes(rule.document)) return;
    for (const m of toHalfWidth(block.text).matchAll(citation)) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (rule.periods.some(([f, t]) => f === from && t === to)) continue;
      findings.push({ code: rule.code, severity: 'warning', part: null, at: index, params: { document: rule.document, from, to, periods } });
    }
  });
  return findings;
}
