import { earlierPrevious, planChecks, RULE_OF_LAW_PLAN_PARTS } from '../previous/compare';
import { defineRule } from './rule';

/** A plan's words as a message quotes them: its first sentence without its end mark, cut to 40 characters. */
function planWords(text: string): string {
  const first = (text.trim().split(/(?<=[。；;])/u)[0] ?? '').replace(/[。；;，,]+$/u, '');
  return first.length > 40 ? `${first.slice(0, 39)}…` : first;
}

/**
 * Last year's plans (its 下一年度主要安排, item by item) and whether this year's measures take them up (by key terms:
 * ../previous/plans): information to confirm, never an error — one finding per plan not taken up, and one listing
 * those taken up. The pane shows them as a checklist.
 */
export const plansTakenUp = defineRule({
  type: 'object',
  properties: {
    plansPart: { type: 'string', description: 'The part holding next year’s plans (read in last year’s report).' },
    measuresPart: { type: 'string', description: 'The part holding the year’s measures (read in this year’s report).' },
  },
  additionalProperties: false,
})({
  name: 'plans-taken-up',
  description: { 'zh-CN': '上年报告的下一年度安排，本年度是否落实', 'en-US': 'Whether last year’s plans were taken up this year' },
  runs: 'always',
  codes: { 'plan-not-taken-up': 'info', 'plans-taken-up': 'info' },
  defaults: { plansPart: RULE_OF_LAW_PLAN_PARTS.plans, measuresPart: RULE_OF_LAW_PLAN_PARTS.measures },
  messages: {
    'plan-not-taken-up': {
      'zh-CN': '上年报告安排了“{plan}”，本年度的主要举措中没有找到相应内容：请核对是否落实，落实了的写进主要举措和成效，没有落实的说明原因。',
      'en-US': 'Last year’s report planned “{plan}”; this year’s measures do not seem to take it up: check whether it was done, and write it in (or say why not).',
    },
    'plans-taken-up': {
      'zh-CN': '上年报告的 {count} 项安排在本年度的主要举措中写到了：{plans}。',
      'en-US': { one: '{count} of last year’s plans is taken up in this year’s measures: {plans}.', other: '{count} of last year’s plans are taken up in this year’s measures: {plans}.' },
    },
  },
  run({ analysis, previous: given }, options) {
    const previous = earlierPrevious(analysis, given);
    if (!previous) return [];
    const parts = { plans: options.plansPart ?? RULE_OF_LAW_PLAN_PARTS.plans, measures: options.measuresPart ?? RULE_OF_LAW_PLAN_PARTS.measures };
    const plans = planChecks(analysis, previous.analysis, parts);
    const measures = analysis.parts.find((p) => p.id === parts.measures);
    const where = { part: parts.measures, at: measures?.at ?? null };
    const takenUp = plans.filter((p) => p.takenUp);
    return [
      ...plans.filter((p) => !p.takenUp).map((p) => ({ code: 'plan-not-taken-up', ...where, params: { plan: planWords(p.text) } })),
      ...(takenUp.length > 0 ? [{ code: 'plans-taken-up', ...where, params: { count: takenUp.length, plans: takenUp.map((p) => planWords(p.text)).join('；') } }] : []),
    ];
  },
});
