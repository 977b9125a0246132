/** The scaffold panel's words: the form, the parts preview, what will be inserted and what was. */
import type { MessageTable } from '../render';

export const PANE_SCAFFOLD_MESSAGES = {
  'pane-year-label': { 'zh-CN': '报告年度', 'en-US': 'Report year' },
  'pane-year-hint-document': { 'zh-CN': '文档标题写的是 {year} 年度。', 'en-US': 'The document\'s title names {year}.' },
  /** The year read elsewhere than the title; {source} is where (取自开头段, 取自部分标题, 按成文日期推算). */
  'pane-year-hint-document-text': { 'zh-CN': '按文档，报告年度是 {year} 年（{source}）。', 'en-US': 'From the document, the report is for {year} ({source}).' },
  'pane-year-invalid': { 'zh-CN': '请填写四位数的年份，如 2024。', 'en-US': 'Enter a four-digit year, such as 2024.' },
  'pane-unit-label': { 'zh-CN': '单位名称', 'en-US': 'Unit name' },
  'pane-unit-hint': { 'zh-CN': '用于标题和落款；会记住，下次不用再填。', 'en-US': 'Used in the title and the signature; remembered for next time.' },
  /** An empty box looks empty: the placeholder is an example of what to type, never a name that looks filled in. */
  'pane-unit-placeholder': { 'zh-CN': '例如：市司法局', 'en-US': 'e.g. 市司法局' },
  'pane-unit-suggestion-used': { 'zh-CN': '框里不填，落款就用它；要用别的名称，请在上面填写。', 'en-US': 'With the box empty, the signature uses it; to use another name, type it above.' },
  'pane-unit-suggestion': { 'zh-CN': '文档标题上方写的是“{unit}”。', 'en-US': 'The line above the document\'s title reads “{unit}”.' },
  'pane-use-suggestion': { 'zh-CN': '填入', 'en-US': 'Use it' },
  'pane-use-suggestion-label': { 'zh-CN': '填入单位名称“{unit}”', 'en-US': 'Use “{unit}” as the unit name' },
  'pane-preview-heading': { 'zh-CN': '文档中的部分', 'en-US': 'Parts in the document' },
  'pane-part-state.present': { 'zh-CN': '已有', 'en-US': 'present' },
  'pane-part-state.empty': { 'zh-CN': '已有标题，还没有内容', 'en-US': 'heading only, nothing under it yet' },
  'pane-part-state.will-insert': { 'zh-CN': '缺少，将插入', 'en-US': 'missing, will be inserted' },
  'pane-part-state.optional-absent': { 'zh-CN': '未写（可选，不插入）', 'en-US': 'absent (optional, not inserted)' },
  /** The insert button and the sentence below it, by what the plan would insert. */
  'pane-offer.full': { 'zh-CN': '插入全部结构', 'en-US': 'Insert the whole scaffold' },
  'pane-offer.parts': { 'zh-CN': '补上缺少的 {count} 个部分', 'en-US': { one: 'Add the {count} missing part', other: 'Add the {count} missing parts' } },
  'pane-offer.tables': { 'zh-CN': '补上缺少的 {count} 张统计表', 'en-US': { one: 'Add the {count} missing table', other: 'Add the {count} missing tables' } },
  'pane-offer.nothing': { 'zh-CN': '结构已完整', 'en-US': 'Nothing is missing' },
  'pane-explain.full': {
    'zh-CN': '文档是空的：将插入标题、各部分标题和提示文字，再由您把提示换成正文。',
    'en-US': 'The document is empty: the title, every part’s heading and prompts will be inserted for you to replace with text.',
  },
  'pane-explain.parts': {
    'zh-CN': '文档缺少 {count} 个必需部分：只插入这些部分，已写的内容一字不动。',
    'en-US': {
      one: 'The document lacks {count} required part: only it is inserted; nothing already written changes.',
      other: 'The document lacks {count} required parts: only they are inserted; nothing already written changes.',
    },
  },
  'pane-explain.tables': {
    'zh-CN': '各部分都已写，但缺少 {count} 张规定的统计表：只在所属部分末尾插入这些空表，已写的内容一字不动。',
    'en-US': {
      one: 'Every part is written, but {count} standard table is missing: only it goes in, empty, at the end of its part; nothing already written changes.',
      other: 'Every part is written, but {count} standard tables are missing: only they go in, empty, at the end of their parts; nothing already written changes.',
    },
  },
  'pane-explain.nothing': { 'zh-CN': '必需的部分都已在文档中，不需要插入。', 'en-US': 'Every required part is in the document; there is nothing to insert.' },
  'pane-inserting': { 'zh-CN': '正在插入…', 'en-US': 'Inserting…' },
  'pane-inserted': { 'zh-CN': '已插入 {count} 个部分：{names}。', 'en-US': { one: 'Inserted {count} part: {names}.', other: 'Inserted {count} parts: {names}.' } },
  'pane-inserted-tables': { 'zh-CN': '已插入 {count} 张统计表：{names}。', 'en-US': { one: 'Inserted {count} table: {names}.', other: 'Inserted {count} tables: {names}.' } },
  'pane-inserted-next': { 'zh-CN': '请把【】中的提示文字换成正文。', 'en-US': 'Replace the prompts in 【】 with your text.' },
  /** The writer's edits since the document was read changed what would be inserted: nothing went in. */
  'pane-plan-changed': { 'zh-CN': '读取之后的改动使要插入的内容也变了，这次没有插入。', 'en-US': 'The edits since it was read change what would be inserted, so nothing was inserted.' },
  'pane-plan-changed-dropped': {
    'zh-CN': '文档里现在已有：{names}，不再插入。',
    'en-US': { one: 'The document now has {names}; it is no longer inserted.', other: 'The document now has {names}; they are no longer inserted.' },
  },
  'pane-plan-changed-added': {
    'zh-CN': '现在还缺少：{names}，将一并插入。',
    'en-US': { one: 'Now also missing: {names}; it would be inserted too.', other: 'Now also missing: {names}; they would be inserted too.' },
  },
  'pane-plan-changed-next': {
    'zh-CN': '下方已按改动后的文档更新，核对后再点插入（也可以请重新读取文档，再试一次）。',
    'en-US': 'The list below shows the document as it now is: check it, then insert (or read it again, then try again).',
  },
  'pane-renumber-heading': { 'zh-CN': '以下标题的编号需要您改一下：', 'en-US': 'These headings need a new number:' },
  'pane-renumber-note': { 'zh-CN': '{where}“{from}”应改为“{to}”', 'en-US': '{where}: “{from}” should become “{to}”' },
  'pane-contents-stale': { 'zh-CN': '插入了新的标题，文档的目录需要更新。', 'en-US': 'New headings went in: the table of contents needs updating.' },
  'pane-update-contents': { 'zh-CN': '更新目录', 'en-US': 'Update the table of contents' },
  'pane-updating-contents': { 'zh-CN': '正在更新目录…', 'en-US': 'Updating the table of contents…' },
  'pane-contents-updated': { 'zh-CN': '目录已更新。', 'en-US': 'The table of contents is updated.' },
  'pane-contents-by-hand': {
    'zh-CN': '此版本的 Word 不让加载项更新目录：请在目录上单击右键，选择“更新域”，再选“更新整个目录”。',
    'en-US': 'This version of Word does not let the add-in update the table of contents: right-click the contents, choose Update Field, then Update entire table.',
  },
} satisfies MessageTable;
