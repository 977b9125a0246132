import { partWithRole } from '../analysis';
import { defineRule, NO_OPTIONS } from './rule';

/** The date's own form: 虚位 (01月) is a warning; Chinese numerals, which GB/T 9704—2012 replaced, information. */
export const dateFormat = defineRule(NO_OPTIONS)({
  name: 'date-format',
  description: { 'zh-CN': '成文日期的写法符合 GB/T 9704', 'en-US': 'The date is written as GB/T 9704 sets' },
  runs: 'always',
  codes: { 'date-format': 'warning' },
  messages: {
    'date-format.impossible': {
      'zh-CN': '成文日期“{text}”不存在（{month}月没有{day}日）：请核对日期。',
      'en-US': 'The date “{text}” does not exist (month {month} has no day {day}): check the date.',
    },
    'date-format.form': {
      'zh-CN': '成文日期“{text}”写法不规范：请写“{expected}”。',
      'en-US': 'The date “{text}” is not written in the standard form: write “{expected}”.',
    },
    'date-format.padded': {
      'zh-CN': '成文日期“{text}”的月、日不应编虚位（写 1月，不写 01月）。',
      'en-US': 'Write the date “{text}” without leading zeros (1月, not 01月).',
    },
    'date-format.chinese': {
      'zh-CN': '成文日期“{text}”用了汉字数字；GB/T 9704—2012 要求用阿拉伯数字，如“{expected}”。',
      'en-US': 'The date “{text}” uses Chinese numerals; GB/T 9704—2012 asks for Arabic numerals, as in “{expected}”.',
    },
  },
  run({ analysis: a }, _options, code) {
    const date = a.frame.date;
    if (!date?.value) return [];
    const { value } = date;
    const part = partWithRole(a, 'date');
    const params = { text: date.text, expected: `${value.year}年${value.month}月${value.day}日` };
    if (value.impossible) return [{ code, part, at: date.index, params: { variant: 'impossible', text: date.text, month: value.month, day: value.day } }];
    if (value.loose) return [{ code, part, at: date.index, params: { variant: 'form', ...params } }];
    if (value.padded) return [{ code, part, at: date.index, params: { variant: 'padded', ...params } }];
    if (value.chineseNumerals) return [{ code, severity: 'info', part, at: date.index, params: { variant: 'chinese', ...params } }];
    return [];
  },
});
