/** The check panel's words; the summary line, the report year and the parts' places come from ./report. */
import type { MessageTable } from '../render';

export const PANE_CHECK_MESSAGES = {
  'pane-run-check': { 'zh-CN': '检查', 'en-US': 'Check' },
  'pane-run-check-again': { 'zh-CN': '重新检查', 'en-US': 'Check again' },
  'pane-checking': { 'zh-CN': '正在检查…', 'en-US': 'Checking…' },
  'pane-check-intro': {
    'zh-CN': '检查文档是否包含规定的各个部分，以及编号、年份、日期、提法、引用的法规名称和标点等常见问题。',
    'en-US': 'Checks that the document has every mandated part, and looks for common problems with numbering, years, dates, formulations, cited titles and punctuation.',
  },
  'pane-checked-as': { 'zh-CN': '按“{name}”检查（{source}）', 'en-US': 'Checked as “{name}” ({source})' },
  'pane-checked-as-source.chosen': { 'zh-CN': '您选择的类型', 'en-US': 'your choice' },
  'pane-checked-as-source.title': { 'zh-CN': '根据标题判断', 'en-US': 'told from the title' },
  'pane-checked-as-source.default': { 'zh-CN': '标题中看不出类型，按默认', 'en-US': 'the title does not tell; the default' },
  'pane-checklist-heading': { 'zh-CN': '各部分', 'en-US': 'Parts' },
  /** Read out before each part's name (the mark itself is a glyph). */
  'pane-part-mark.present': { 'zh-CN': '已有', 'en-US': 'present' },
  'pane-part-mark.missing': { 'zh-CN': '缺少', 'en-US': 'missing' },
  'pane-part-mark.flagged': { 'zh-CN': '需要处理', 'en-US': 'needs attention' },
  'pane-part-mark.optional': { 'zh-CN': '可选，未写', 'en-US': 'optional, absent' },
  'pane-findings-heading': { 'zh-CN': '发现的问题', 'en-US': 'What the check found' },
  'pane-findings-group.error': { 'zh-CN': '错误（{count}）', 'en-US': 'Errors ({count})' },
  'pane-findings-group.warning': { 'zh-CN': '警告（{count}）', 'en-US': 'Warnings ({count})' },
  'pane-findings-group.info': { 'zh-CN': '提示（{count}）', 'en-US': 'Notes ({count})' },
  'pane-no-findings': { 'zh-CN': '没有发现问题。', 'en-US': 'Nothing found.' },
  /** Under a finding about words: the words as written and the right form. */
  'pane-finding-right-form': { 'zh-CN': '“{found}”改为“{expected}”', 'en-US': 'Change “{found}” to “{expected}”' },
  /** A missing part's finding inserts it, through the scaffold, at its place. */
  'pane-finding-insert': { 'zh-CN': '插入', 'en-US': 'Insert' },
  'pane-finding-insert-label': { 'zh-CN': '插入“{name}”（放在它应在的位置）', 'en-US': 'Insert “{name}” (in its place)' },
  'pane-finding-inserting': { 'zh-CN': '正在插入…', 'en-US': 'Inserting…' },
  /** A heading number's finding (and a note after an insertion) rewrites the number only. */
  'pane-finding-renumber': { 'zh-CN': '改为“{to}”', 'en-US': 'Change to “{to}”' },
  'pane-finding-renumber-label': { 'zh-CN': '把{where}的“{from}”改为“{to}”（只改编号，不动文字）', 'en-US': 'Change “{from}” to “{to}” at {where} (the number only, not the words)' },
  'pane-renumbered': { 'zh-CN': '已把“{from}”改为“{to}”，并重新检查。', 'en-US': 'Changed “{from}” to “{to}” and checked again.' },
  'pane-document-notices': { 'zh-CN': '读取文档时发现：', 'en-US': 'Found while reading the document:' },
} satisfies MessageTable;
