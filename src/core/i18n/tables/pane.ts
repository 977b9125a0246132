/**
 * The task pane's own words: its frame (title, tabs, language switch, notices) and the report-type picker.
 * The panels' words are in ./pane-scaffold, ./pane-check and ./pane-figures; what the pane says the way
 * report-check says it (places, report year, counts, verdict) is in ./report. Typed keys: the pane's `t`
 * accepts only keys these tables have, so a misspelt key fails to compile.
 */
import type { MessageTable } from '../render';

export const PANE_MESSAGES = {
  'pane-title': { 'zh-CN': '报告助手', 'en-US': 'Report Assistant' },
  /** The language switch names the other language in that language: rendered in the language it names. */
  'pane-language-name': { 'zh-CN': '中文', 'en-US': 'English' },
  'pane-show-in-language': { 'zh-CN': '以中文显示', 'en-US': 'Show the pane in English' },
  'pane-panels': { 'zh-CN': '功能', 'en-US': 'Tools' },
  'pane-panel.scaffold': { 'zh-CN': '插入结构', 'en-US': 'Scaffold' },
  'pane-panel.check': { 'zh-CN': '完整性检查', 'en-US': 'Check' },
  'pane-panel.figures': { 'zh-CN': '数据', 'en-US': 'Figures' },
  'pane-starting': { 'zh-CN': '正在连接 Word…', 'en-US': 'Connecting to Word…' },
  /** While a panel's code loads (the first time its tab is opened, on a slow connection). */
  'pane-loading-panel': { 'zh-CN': '正在载入…', 'en-US': 'Loading…' },
  'pane-list-separator': { 'zh-CN': '、', 'en-US': ', ' },
  'pane-error-detail': { 'zh-CN': '详细信息：{detail}', 'en-US': 'Details: {detail}' },
  'pane-read-again': { 'zh-CN': '重新读取', 'en-US': 'Read again' },
  'pane-dismiss': { 'zh-CN': '关闭提示', 'en-US': 'Dismiss' },
  /** The scaffold panel's button before the document is read: it inserts what the document lacks, all of it if empty. */
  'pane-insert-structure': { 'zh-CN': '插入报告结构', 'en-US': 'Insert the report structure' },
  'pane-reading-document': { 'zh-CN': '正在读取文档…', 'en-US': 'Reading the document…' },
  'pane-insert-queued': { 'zh-CN': '读完即插入。', 'en-US': 'It will be inserted once the document is read.' },
  'pane-refresh': { 'zh-CN': '重新读取文档', 'en-US': 'Read the document again' },
  /** A file picked in the pane (last year's report, a report type) that its reader's code, loaded on demand, did not come to read. */
  'pane-file-code-unavailable': {
    'zh-CN': '没能读取“{name}”：读取这种文件的程序没有从服务器载入（可能是网络断开，或报告助手刚更新过），不是文件的问题。请检查网络后再选一次这个文件；如果仍不成功，请关闭任务窗格后重新打开。',
    'en-US': 'Could not read “{name}”: the code that reads such files did not load from the server (the network may be down, or Report Assistant has just been updated); the file is not at fault. Check the connection, then choose the file again; if it keeps failing, close the pane and open it again.',
  },
  /** Where code loaded on demand did not come (offline): said in the frame's words, the only ones surely there. */
  'pane-code-unavailable': {
    'zh-CN': '这部分没能显示：它的程序没有载入（可能是网络断开，或报告助手刚更新过）。请检查网络，再点“再试一次”；如果仍不成功，请关闭任务窗格后重新打开。',
    'en-US': 'This part could not be shown: its code did not load (the connection may have dropped, or Report Assistant has just been updated). Check the connection, then choose Try again; if it keeps failing, close the pane and open it again.',
  },
  'pane-try-again': { 'zh-CN': '再试一次', 'en-US': 'Try again' },

  'pane-profile-label': { 'zh-CN': '报告类型', 'en-US': 'Report type' },
  /** Shown after a profile loaded from a file, in the report-type list. */
  'pane-user-profile-tag': { 'zh-CN': '（从文件载入）', 'en-US': ' (from a file)' },
  'pane-profile-from-title': { 'zh-CN': '根据标题判断为：{name}', 'en-US': 'Told from the title: {name}' },
  'pane-profile-from-text': { 'zh-CN': '未找到标题，根据正文判断为：{name}', 'en-US': 'No title found; told from the text: {name}' },
  /** A report type chosen for one document stays with it; it is the default for others only when asked. */
  'pane-profile-scope-document': {
    'zh-CN': '这个选择只用于本文档（下次打开本文档仍会记得）；新文档仍按标题判断类型。',
    'en-US': 'This choice is for this document only (remembered next time it opens); new documents are still told by their title.',
  },
  'pane-profile-scope-default': {
    'zh-CN': '已设为默认：没有单独选择的文档（包括新文档）都先按这个类型。',
    'en-US': 'Set as the default: documents without a choice of their own (new ones too) use this type first.',
  },
  'pane-profile-as-default': { 'zh-CN': '设为新文档的默认类型', 'en-US': 'Make it the default for new documents' },
  'pane-profile-chosen-over-title': { 'zh-CN': '根据标题判断为：{guess}；现按您选择的类型。', 'en-US': 'Told from the title: {guess}; your choice is used instead.' },
  'pane-profile-not-told': { 'zh-CN': '标题中看不出是哪种报告，暂按：{name}', 'en-US': 'The title does not tell which report this is; using {name} for now.' },
  'pane-follow-title': { 'zh-CN': '改用“{name}”', 'en-US': 'Use “{name}”' },
  'pane-load-profile': { 'zh-CN': '从文件载入报告类型…', 'en-US': 'Load a report type from a file…' },
  'pane-load-profile-hint': {
    'zh-CN': '选择描述报告类型的 JSON 文件。文件只在本机读取，不会上传。',
    'en-US': 'Choose a JSON file describing a report type. The file is read on this computer only; nothing is uploaded.',
  },
  'pane-profile-loaded': { 'zh-CN': '已从“{file}”载入报告类型“{name}”，并已选用。{kept}', 'en-US': 'Loaded the report type “{name}” from “{file}” and selected it. {kept}' },
  'pane-profile-replaced': { 'zh-CN': '已用“{file}”更新报告类型“{name}”，并已选用。{kept}', 'en-US': 'Updated the report type “{name}” from “{file}” and selected it. {kept}' },
  /** Whether a loaded profile is kept in preferences for the next session (too large: this session only). */
  'pane-profile-kept.remembered': { 'zh-CN': '会记住，下次不用再载入。', 'en-US': 'It is remembered for next time.' },
  'pane-profile-kept.session': { 'zh-CN': '文件较大，只在本次使用期间保留。', 'en-US': 'The file is large, so it is kept for this session only.' },
  'pane-profile-invalid': { 'zh-CN': '“{file}”中的报告类型有误，没有载入。', 'en-US': 'The report type in “{file}” has mistakes, so it was not loaded.' },
  'pane-profile-invalid-next': { 'zh-CN': '请修改以下各处后再载入：', 'en-US': 'Fix these, then load it again:' },
  /** One mistake in a profile file: its field as written in the file, then what is wrong there. */
  'pane-profile-problem': { 'zh-CN': '{field}: {message}', 'en-US': '{field}: {message}' },
  'pane-profile-not-json': { 'zh-CN': '“{file}”不是有效的 JSON 文件，没有载入。', 'en-US': '“{file}” is not a valid JSON file, so it was not loaded.' },
  'pane-profile-built-in-id': {
    'zh-CN': '“{file}”的 id“{id}”与内置的报告类型“{builtIn}”相同。为免混淆，没有载入；请在文件中改用别的 id。',
    'en-US': 'The id “{id}” in “{file}” is the built-in report type “{builtIn}”. To avoid confusion it was not loaded; give the file another id.',
  },
  'pane-profile-too-large': { 'zh-CN': '“{file}”太大（超过 1 MB），不是报告类型文件，没有载入。', 'en-US': '“{file}” is too large (over 1 MB) to be a report type file, so it was not loaded.' },
  'pane-profile-unreadable': {
    'zh-CN': '无法读取“{file}”，没有载入。文件可能已被移走或正被其他程序占用。',
    'en-US': '“{file}” could not be read, so it was not loaded. It may have been moved, or another program may be using it.',
  },
  'pane-remove-profile': { 'zh-CN': '移除“{name}”', 'en-US': 'Remove “{name}”' },
  'pane-profile-removed': { 'zh-CN': '已移除报告类型“{name}”。', 'en-US': 'Removed the report type “{name}”.' },
} satisfies MessageTable;
