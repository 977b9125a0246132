/** `report-check --data FILE` with no report: what the data file holds, for the office that sends it round. */
import type { MessageTable } from '../render';

export const CLI_DATA_LISTING_MESSAGES: MessageTable = {
  'cli-data-units': { 'zh-CN': '单位 {count} 个：', 'en-US': { one: '{count} unit:', other: '{count} units:' } },
  'cli-data-unit-line': {
    'zh-CN': '{unit}：{years}，数字 {count} 条',
    'en-US': { one: '{unit}: {years}, {count} figure', other: '{unit}: {years}, {count} figures' },
  },
  'cli-data-blank': { 'zh-CN': '（其中空白 {count} 条）', 'en-US': ' ({count} blank)' },
  'cli-data-years': { 'zh-CN': '年度：{years}', 'en-US': 'Years: {years}' },
  'cli-data-indicators': { 'zh-CN': '指标 {count} 个：{names}', 'en-US': { one: '{count} indicator: {names}', other: '{count} indicators: {names}' } },
  'cli-data-problems': { 'zh-CN': '问题 {count} 处：', 'en-US': { one: '{count} problem:', other: '{count} problems:' } },
  'cli-data-no-problems': { 'zh-CN': '没有发现问题', 'en-US': 'no problems found' },
  'cli-data-inconsistent': {
    'zh-CN': '数字前后不一致 {count} 处（按报告类型规定的核对关系）：',
    'en-US': { one: '{count} figure that does not agree with the others (by the report types’ checks):', other: '{count} figures that do not agree with the others (by the report types’ checks):' },
  },
};
