import { defineRule, NO_OPTIONS } from './rule';

/** A heading with nothing under it: an error for a required part, a warning for an optional one. */
export const emptyPart = defineRule(NO_OPTIONS)({
  name: 'empty-part',
  description: { 'zh-CN': '各部分标题下有内容', 'en-US': 'Every part has something under its heading' },
  runs: 'always',
  codes: { 'empty-part': 'error' },
  messages: {
    'empty-part': {
      'zh-CN': '“{partName}”只有标题，下面还没有内容：请补写这一部分。',
      'en-US': '“{partName}” has a heading but nothing under it yet: write this part.',
    },
  },
  run({ analysis }, _options, code) {
    return analysis.profile.parts.flatMap((spec) => {
      const state = analysis.parts.find((p) => p.id === spec.id);
      if (state?.status !== 'empty') return [];
      return [{ code, severity: spec.required ? 'error' : 'warning', part: spec.id, at: state.at, params: {} }];
    });
  },
});
