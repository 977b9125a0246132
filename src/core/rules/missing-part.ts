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
    // The frame's parts, each with where it goes (GB/T 9704: the date in Arabic numerals under the signature).
    'missing-part.title': {
      'zh-CN': '缺少“{partName}”：请在正文之前写明标题，写出发文机关、年度和报告名称。',
      'en-US': '“{partName}” is missing: put a title before the text, naming the issuing office, the year and the report.',
    },
    'missing-part.addressee': {
      'zh-CN': '缺少“{partName}”：请在标题下空一行，顶格写明主送机关，后加全角冒号（如“县人民政府：”）。',
      'en-US': '“{partName}” is missing: a line below the title, leaving one blank, name the body the report goes to, followed by a full-width colon (as in “县人民政府：”).',
    },
    'missing-part.signature': {
      'zh-CN': '缺少“{partName}”：请在正文之后写明发文机关全称。',
      'en-US': '“{partName}” is missing: after the text, put the issuing office’s full name.',
    },
    'missing-part.date': {
      'zh-CN': '缺少“{partName}”：请在发文机关署名之下写明成文日期，用阿拉伯数字写全年月日（如“2025年1月20日”）。',
      'en-US': '“{partName}” is missing: under the issuing office’s name, put the date in Arabic numerals, year, month and day (as in “2025年1月20日”).',
    },
    'missing-part.section': {
      'zh-CN': '缺少“{partName}”部分：请补写，或用“插入结构”补上它的标题和提示。',
      'en-US': 'The part “{partName}” is missing: write it, or insert the scaffold to add its heading and prompt.',
    },
  },
  run({ analysis }, _options, code) {
    return analysis.profile.parts.flatMap((spec) => {
      const state = analysis.parts.find((p) => p.id === spec.id);
      if (state?.status !== 'missing' || !spec.required) return [];
      const params: Params = { variant: spec.role };
      return [{ code, severity: spec.missingSeverity ?? 'error', part: spec.id, at: null, params }];
    });
  },
});
