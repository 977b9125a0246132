import type { PartState } from '../analysis';
import { defineRule, NO_OPTIONS, type RuleFinding } from './rule';

/** Each place where a part comes before one the regulation puts ahead of it. */
export const partOrder = defineRule(NO_OPTIONS)({
  name: 'part-order',
  description: { 'zh-CN': '各部分按规定的顺序排列', 'en-US': 'The parts come in the order the rules set' },
  runs: 'always',
  codes: { 'part-order': 'warning' },
  messages: {
    'part-order': {
      'zh-CN': '“{partName}”应排在“{otherPartName}”之后（按规定的顺序）。',
      'en-US': '“{partName}” should come after “{otherPartName}” (the order the rules set).',
    },
  },
  run({ analysis: a }, _options, code) {
    const rank = new Map(a.profile.parts.map((p, i) => [p.id, i]));
    const sections = a.parts
      .filter((p): p is PartState & { at: number } => p.at !== null && p.heading !== undefined)
      .sort((x, y) => x.at - y.at || (rank.get(x.id) ?? 0) - (rank.get(y.id) ?? 0));
    const findings: RuleFinding[] = [];
    for (let i = 0; i + 1 < sections.length; i++) {
      const here = sections[i] as PartState & { at: number };
      const next = sections[i + 1] as PartState;
      if ((rank.get(here.id) ?? 0) > (rank.get(next.id) ?? 0)) findings.push({ code, part: here.id, at: here.at, params: { otherPart: next.id } });
    }
    return findings;
  },
});
