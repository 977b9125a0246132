import type { Params } from '../i18n/render';
import { defineRule, NO_OPTIONS } from './rule';

/** A mandated part is not there (a missing signature or date can be a warning: the profile's missingSeverity). */
export const missingPart = defineRule(NO_OPTIONS)({
  name: 'missing-part',
  description: { 'zh-CN': '规定的部分都在', 'en-US': 'Every mandated part is there' },
  runs: 'always',
  codes: { 'missing-part': 'error' },
  messages: {
    'missing-part': { 'zh-CN': '缺少“{partName}”。', 'en-US': '“{partName}” is missing.' },
    'missing-part.section': {
      'zh-CN': '缺少“{partName}”部分：请补写，或用“插入结构”补上它的标题和提示。',
      'en-US': 'The part “{partName}” is missing: write it, or insert the scaffold to add its heading and prompt.',
    },
  },
  run({ analysis }, _options, code) {
    return analysis.profile.parts.flatMap((spec) => {
      const state = analysis.parts.find((p) => p.id === spec.id);
      if (state?.status !== 'missing' || !spec.required) return [];
      const params: Params = spec.role === 'section' ? { variant: 'section' } : {};
      return [{ code, severity: spec.missingSeverity ?? 'error', part: spec.id, at: null, params }];
    });
  },
});
