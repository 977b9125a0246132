/**
 * How the CLI and the pane speak of a checked report: places, the report year's source, part states, the
 * counts and the verdict. One table, so report-check and the task pane say the same thing the same way.
 */
import type { MessageTable } from '../render';

export const REPORT_MESSAGES: MessageTable = {
  'report-at.line': { 'zh-CN': '第 {n} 行', 'en-US': 'line {n}' },
  'report-at.paragraph': { 'zh-CN': '第 {n} 段', 'en-US': 'paragraph {n}' },
  'report-year': { 'zh-CN': '报告年度 {year}（{source}）', 'en-US': 'report year {year} ({source})' },
  'report-year.unknown': { 'zh-CN': '看不出报告年度', 'en-US': 'the report year cannot be told' },
  'report-year-source.title': { 'zh-CN': '取自标题', 'en-US': 'from the title' },
  'report-year-source.opening': { 'zh-CN': '取自开头段', 'en-US': 'from the opening paragraph' },
  'report-year-source.heading': { 'zh-CN': '取自部分标题', 'en-US': 'from a part\'s heading' },
  'report-year-source.date': { 'zh-CN': '按成文日期推算', 'en-US': 'from the date' },
  'report-part.missing': { 'zh-CN': '缺少', 'en-US': 'missing' },
  'report-part.optional': { 'zh-CN': '未写（可选）', 'en-US': 'absent (optional)' },
  'report-part.empty': { 'zh-CN': '只有标题', 'en-US': 'heading only' },
  /** One count of the summary line "错误 2 · 警告 3 · 提示 0", by severity. */
  'report-count.error': { 'zh-CN': '错误 {count}', 'en-US': { one: '{count} error', other: '{count} errors' } },
  'report-count.warning': { 'zh-CN': '警告 {count}', 'en-US': { one: '{count} warning', other: '{count} warnings' } },
  'report-count.info': { 'zh-CN': '提示 {count}', 'en-US': { one: '{count} note', other: '{count} notes' } },
  'report-ready': { 'zh-CN': '可以报送', 'en-US': 'ready to send' },
  'report-to-fix': { 'zh-CN': '还有 {count} 处需要处理', 'en-US': { one: '{count} thing to fix', other: '{count} things to fix' } },
  'report-profile-guessed': { 'zh-CN': '（按标题判断）', 'en-US': ' (told from the title)' },
  'report-profile-guessed.text': { 'zh-CN': '（未见标题，按正文判断）', 'en-US': ' (no title: told from the text)' },
  'report-profile-guessed.fallback': {
    'zh-CN': '（看不出报告类型，按此类型检查；可用 --profile 指定）',
    'en-US': ' (type not told: checked as this one; choose with --profile)',
  },
};
