/**
 * Mistakes in a report profile (a JSON file an office writes), each named by its field. Schema errors are
 * said by keyword in plain words (never the validator's own English); `detail` carries a technical
 * detail (a regular-expression engine's message) that only the English text shows.
 */
import type { MessageTable } from '../render';

export const PROFILE_MESSAGES: MessageTable = {
  'profile-whole-file': { 'zh-CN': '整个文件', 'en-US': 'the whole file' },
  'profile-unknown-field': { 'zh-CN': '未知字段', 'en-US': 'unknown field' },
  'profile-required': { 'zh-CN': '缺少必填字段“{property}”', 'en-US': 'the required field "{property}" is missing' },
  'profile-type': { 'zh-CN': '应为{expected}', 'en-US': 'should be {expected}' },
  'profile-enum': { 'zh-CN': '应为以下之一：{values}', 'en-US': 'should be one of: {values}' },
  'profile-const': { 'zh-CN': '应为 {value}', 'en-US': 'should be {value}' },
  'profile-minimum': { 'zh-CN': '不应小于 {limit}', 'en-US': 'should be at least {limit}' },
  'profile-maximum': { 'zh-CN': '不应大于 {limit}', 'en-US': 'should be at most {limit}' },
  'profile-min-length': { 'zh-CN': '不能为空', 'en-US': 'must not be empty' },
  'profile-min-items': { 'zh-CN': '至少要有 {limit} 项', 'en-US': { one: 'needs at least {limit} item', other: 'needs at least {limit} items' } },
  'profile-max-items': { 'zh-CN': '最多只能有 {limit} 项', 'en-US': { one: 'may have at most {limit} item', other: 'may have at most {limit} items' } },
  'profile-id-pattern': {
    'zh-CN': '只能用小写字母、数字和连字符，并以字母或数字开头（如 county-audit-annual）',
    'en-US': 'use lower-case letters, digits and hyphens, starting with a letter or digit (e.g. county-audit-annual)',
  },
  'profile-pattern': { 'zh-CN': '格式不对，应符合 {pattern}', 'en-US': 'does not match the pattern {pattern}' },
  'profile-invalid': { 'zh-CN': '不符合报告类型文件的格式', 'en-US': 'is not valid here ({detail})' },
  'profile-duplicate-id': { 'zh-CN': '“{id}” 重复', 'en-US': 'is used twice' },
  'profile-no-section': { 'zh-CN': '至少要有一个 section 部分', 'en-US': 'needs at least one part with role "section"' },
  'profile-no-section-part': { 'zh-CN': '没有 id 为“{id}”的 section 部分', 'en-US': 'no section part has the id "{id}"' },
  'profile-pattern-unsupported': {
    'zh-CN': '正则表达式“{pattern}”用到了安全匹配引擎不支持的写法（{detail}）：请不用向前/向后查看 (?=…)、(?<=…) 和反向引用 \\1，改写成普通的写法',
    'en-US': 'the pattern “{pattern}” uses syntax the safe (linear-time) engine does not run ({detail}): write it without look-arounds (?=…), (?<=…) and back-references \\1',
  },
  'profile-bad-pattern': { 'zh-CN': '不是有效的正则表达式', 'en-US': 'not a valid regular expression ({detail})' },
  'profile-identity-unknown-line': { 'zh-CN': '表中没有 id 为“{id}”的{line}', 'en-US': 'the table has no {line} "{id}"' },
  'profile-identity-no-numbers': { 'zh-CN': '“{id}”不填数字，不能参与求和', 'en-US': '"{id}" holds no numbers and cannot be summed' },
  'profile-line.rows': { 'zh-CN': '行', 'en-US': 'row' },
  'profile-line.columns': { 'zh-CN': '列', 'en-US': 'column' },
  'profile-type.string': { 'zh-CN': '文字（加引号的字符串）', 'en-US': 'text (a quoted string)' },
  'profile-type.integer': { 'zh-CN': '整数', 'en-US': 'a whole number' },
  'profile-type.number': { 'zh-CN': '数', 'en-US': 'a number' },
  'profile-type.boolean': { 'zh-CN': 'true 或 false', 'en-US': 'true or false' },
  'profile-type.array': { 'zh-CN': '列表（[ ]）', 'en-US': 'a list ([ ])' },
  'profile-type.object': { 'zh-CN': '对象（{ }）', 'en-US': 'an object ({ })' },
  'profile-type.null': { 'zh-CN': 'null', 'en-US': 'null' },
};
