/** A profile file as a whole: not JSON (and where), a built-in's id. Field-level mistakes are in ./profile. */
import type { MessageTable } from '../render';

export const PROFILE_FILE_MESSAGES: MessageTable = {
  'profile-not-json': {
    'zh-CN': '不是有效的 JSON：第 {line} 行第 {column} 列的“{found}”不合语法。请检查那里及前面的括号、引号和逗号是否成对、齐全。',
    'en-US': 'Not valid JSON: “{found}” at line {line}, column {column} breaks the syntax. Check that the brackets, quotes and commas there and just before are complete and paired.',
  },
  'profile-not-json.end': {
    'zh-CN': '不是有效的 JSON：文件在第 {line} 行第 {column} 列提前结束。请检查括号、引号是否都已配对。',
    'en-US': 'Not valid JSON: the file ends too soon, at line {line}, column {column}. Check that every bracket and quote is closed.',
  },
  'profile-not-json.full-width': {
    'zh-CN': '不是有效的 JSON：第 {line} 行第 {column} 列是全角的“{found}”。JSON 的引号、逗号、冒号和括号必须是半角的（" , : [ ] { }），请在英文输入法下改写。',
    'en-US': 'Not valid JSON: line {line}, column {column} has the full-width “{found}”. JSON’s quotes, commas, colons and brackets must be half-width (" , : [ ] { }): retype them with an English keyboard.',
  },
  'profile-built-in-id': {
    'zh-CN': 'id“{id}”与内置的报告类型“{builtIn}”相同。为免混淆，没有载入；请在文件中改用别的 id。',
    'en-US': 'The id “{id}” is the built-in report type “{builtIn}”. To avoid confusion it was not loaded; give the file another id.',
  },
};
