import { sectionMustExist } from './option-checks';
import { defineRule } from './rule';

/** A part must mention one of the cues: causes (原因、由于…) for the shortcomings, 改进 for the problems. */
export const mentions = defineRule({
  type: 'object',
  properties: {
    part: { type: 'string', description: 'The section part that must mention one of the cues.' },
    cues: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Words of which the part must use one.' },
  },
  required: ['part', 'cues'],
  additionalProperties: false,
})({
  name: 'mentions',
  description: { 'zh-CN': '某部分写到了规定的内容（如不足要分析原因）', 'en-US': 'A part mentions what it must (shortcomings: their causes)' },
  runs: 'configured',
  ownCode: true,
  codes: { mentions: 'warning' },
  messages: {
    mentions: { 'zh-CN': '“{partName}”没有写到以下任何一项：{cues}。', 'en-US': '“{partName}” mentions none of: {cues}.' },
  },
  validate: (options, profile) => sectionMustExist(profile, options.part, 'part'),
  run({ analysis: a }, options, code) {
    const state = a.parts.find((p) => p.id === options.part);
    if (!state?.heading || state.status !== 'present') return [];
    const { heading } = state;
    // The part's own text: its heading's words excluded (不足和原因 in a heading is not a cause).
    const body = [heading.shape.title.slice(heading.shape.head.length)];
    for (let i = heading.index + 1; i < heading.end; i++) body.push(a.blocks[i]?.text ?? '');
    const text = body.join('\n');
    if (options.cues.some((cue) => text.includes(cue))) return [];
    return [{ code, part: options.part, at: heading.index, params: { cues: options.cues.join('、') } }];
  },
});
