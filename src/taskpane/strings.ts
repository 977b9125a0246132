import type { LocationUnit } from '../core/document';
import type { Severity } from '../core/findings';
import type { Lang } from '../core/profile';
import type { HostErrorKind } from '../host/contract';
import type { ProfileSource } from './hooks/useProfileChoice';

/** Every word the pane shows, in both languages. Finding messages come from core (src/core/i18n). */
export interface Strings {
  appTitle: string;
  /** The language switch names the other language, in that language. */
  otherLanguage: { lang: Lang; label: string; title: string };
  panelsLabel: string;
  panels: { scaffold: string; check: string; figures: string };
  starting: string;
  at: (unit: LocationUnit, index: number) => string;
  listSeparator: string;

  readingDocument: string;
  refresh: string;
  profileLabel: string;
  /** Shown after a profile loaded from a file, in the report-type list. */
  userProfileTag: string;
  profileFromTitle: (name: string) => string;
  profileChosenOverTitle: (guess: string) => string;
  profileNotTold: (name: string) => string;
  followTitle: (name: string) => string;
  loadProfile: string;
  loadProfileHint: string;
  /** remembered: kept in preferences for the next session (false: too large, kept for this session only). */
  profileLoaded: (name: string, file: string, remembered: boolean) => string;
  profileReplaced: (name: string, file: string, remembered: boolean) => string;
  profileInvalid: (file: string) => string;
  profileInvalidNext: string;
  profileNotJson: (file: string) => string;
  profileBuiltInId: (file: string, id: string, builtIn: string) => string;
  profileTooLarge: (file: string) => string;
  profileUnreadable: (file: string) => string;
  removeProfile: (name: string) => string;
  profileRemoved: (name: string) => string;
  checkedAs: (name: string, source: ProfileSource) => string;
  yearLabel: string;
  yearHintDocument: (year: number) => string;
  yearInvalid: string;
  unitLabel: string;
  unitHint: string;
  unitSuggestion: (unit: string) => string;
  useSuggestion: string;
  useSuggestionLabel: (unit: string) => string;
  previewHeading: string;
  partState: { present: string; empty: string; willInsert: string; optionalAbsent: string };
  insertAll: string;
  insertMissing: (n: number) => string;
  insertMissingTables: (n: number) => string;
  nothingMissing: string;
  explainFull: string;
  explainPartial: (n: number) => string;
  explainTables: (n: number) => string;
  explainNothing: string;
  inserting: string;
  inserted: (n: number, names: string) => string;
  insertedTables: (n: number, names: string) => string;
  insertedNext: string;
  renumberHeading: string;
  renumberNote: (where: string, from: string, to: string) => string;

  runCheck: string;
  runCheckAgain: string;
  checking: string;
  checkIntro: string;
  reportYear: (year: number | null, source: string | null) => string;
  checklistHeading: string;
  partMark: { present: string; missing: string; flagged: string; optional: string };
  partWhere: { missing: string; optional: string; empty: string };
  findingsHeading: string;
  severity: Record<Severity, string>;
  severityCount: (label: string, n: number) => string;
  counts: (errors: number, warnings: number, infos: number) => string;
  ready: string;
  toFix: (n: number) => string;
  noFindings: string;
  goTo: string;
  documentWarnings: string;

  errors: Record<HostErrorKind, { title: string; body: string }>;
  errorDetail: (detail: string) => string;
  readAgain: string;
  dismiss: string;
}

const YEAR_SOURCE_ZH: Record<string, string> = { title: '取自标题', opening: '取自开头段', date: '按成文日期推算' };
const YEAR_SOURCE_EN: Record<string, string> = { title: 'from the title', opening: 'from the opening paragraph', date: 'from the date' };

const REMEMBERED_ZH = (remembered: boolean) => (remembered ? '会记住，下次不用再载入。' : '文件较大，只在本次使用期间保留。');
const REMEMBERED_EN = (remembered: boolean) => (remembered ? 'It is remembered for next time.' : 'The file is large, so it is kept for this session only.');

const zhCN: Strings = {
  appTitle: '报告助手',
  otherLanguage: { lang: 'en-US', label: 'English', title: 'Show the pane in English' },
  panelsLabel: '功能',
  panels: { scaffold: '插入结构', check: '完整性检查', figures: '数据' },
  starting: '正在连接 Word…',
  at: (unit, index) => `第 ${index + 1} ${unit === 'line' ? '行' : '段'}`,
  listSeparator: '、',

  readingDocument: '正在读取文档…',
  refresh: '重新读取文档',
  profileLabel: '报告类型',
  userProfileTag: '（从文件载入）',
  profileFromTitle: (name) => `根据标题判断为：${name}`,
  profileChosenOverTitle: (guess) => `根据标题判断为：${guess}；现按您选择的类型。`,
  profileNotTold: (name) => `标题中看不出是哪种报告，暂按：${name}`,
  followTitle: (name) => `改用“${name}”`,
  loadProfile: '从文件载入报告类型…',
  loadProfileHint: '选择描述报告类型的 JSON 文件。文件只在本机读取，不会上传。',
  profileLoaded: (name, file, remembered) => `已从“${file}”载入报告类型“${name}”，并已选用。${REMEMBERED_ZH(remembered)}`,
  profileReplaced: (name, file, remembered) => `已用“${file}”更新报告类型“${name}”，并已选用。${REMEMBERED_ZH(remembered)}`,
  profileInvalid: (file) => `“${file}”中的报告类型有误，没有载入。`,
  profileInvalidNext: '请修改以下各处后再载入：',
  profileNotJson: (file) => `“${file}”不是有效的 JSON 文件，没有载入。请检查括号、引号和逗号是否成对、齐全。`,
  profileBuiltInId: (file, id, builtIn) => `“${file}”的 id“${id}”与内置的报告类型“${builtIn}”相同。为免混淆，没有载入；请在文件中改用别的 id。`,
  profileTooLarge: (file) => `“${file}”太大（超过 1 MB），不是报告类型文件，没有载入。`,
  profileUnreadable: (file) => `无法读取“${file}”，没有载入。文件可能已被移走或正被其他程序占用。`,
  removeProfile: (name) => `移除“${name}”`,
  profileRemoved: (name) => `已移除报告类型“${name}”。`,
  checkedAs: (name, source) => `按“${name}”检查（${{ chosen: '您选择的类型', title: '根据标题判断', default: '标题中看不出类型，按默认' }[source]}）`,
  yearLabel: '报告年度',
  yearHintDocument: (year) => `文档标题写的是 ${year} 年度。`,
  yearInvalid: '请填写四位数的年份，如 2024。',
  unitLabel: '单位名称',
  unitHint: '用于标题和落款；会记住，下次不用再填。',
  unitSuggestion: (unit) => `文档标题上方写的是“${unit}”。`,
  useSuggestion: '填入',
  useSuggestionLabel: (unit) => `填入单位名称“${unit}”`,
  previewHeading: '文档中的部分',
  partState: { present: '已有', empty: '已有标题，还没有内容', willInsert: '缺少，将插入', optionalAbsent: '未写（可选，不插入）' },
  insertAll: '插入全部结构',
  insertMissing: (n) => `补上缺少的 ${n} 个部分`,
  insertMissingTables: (n) => `补上缺少的 ${n} 张统计表`,
  nothingMissing: '结构已完整',
  explainFull: '文档是空的：将插入标题、各部分标题和提示文字，再由您把提示换成正文。',
  explainPartial: (n) => `文档缺少 ${n} 个必需部分：只插入这些部分，已写的内容一字不动。`,
  explainTables: (n) => `各部分都已写，但缺少 ${n} 张规定的统计表：只在所属部分末尾插入这些空表，已写的内容一字不动。`,
  explainNothing: '必需的部分都已在文档中，不需要插入。',
  inserting: '正在插入…',
  inserted: (n, names) => `已插入 ${n} 个部分：${names}。`,
  insertedTables: (n, names) => `已插入 ${n} 张统计表：${names}。`,
  insertedNext: '请把【】中的提示文字换成正文。',
  renumberHeading: '以下标题的编号需要您改一下：',
  renumberNote: (where, from, to) => `${where}“${from}”应改为“${to}”`,

  runCheck: '检查',
  runCheckAgain: '重新检查',
  checking: '正在检查…',
  checkIntro: '检查文档是否包含规定的各个部分，以及编号、年份、日期等常见问题。',
  reportYear: (year, source) => (year ? `报告年度 ${year}（${YEAR_SOURCE_ZH[source ?? ''] ?? ''}）` : '看不出报告年度'),
  checklistHeading: '各部分',
  partMark: { present: '已有', missing: '缺少', flagged: '需要处理', optional: '可选，未写' },
  partWhere: { missing: '缺少', optional: '未写（可选）', empty: '只有标题' },
  findingsHeading: '发现的问题',
  severity: { error: '错误', warning: '警告', info: '提示' },
  severityCount: (label, n) => `${label}（${n}）`,
  counts: (e, w, i) => `错误 ${e} · 警告 ${w} · 提示 ${i}`,
  ready: '可以报送',
  toFix: (n) => `还有 ${n} 处需要处理`,
  noFindings: '没有发现问题。',
  goTo: '转到',
  documentWarnings: '文档中有些内容无法读取：',

  errors: {
    'outside-office': {
      title: '请在 Word 中打开报告助手',
      body: '这个页面是在浏览器中直接打开的，无法读取文档。请在 Word 的“开始”选项卡中点击“报告助手”。',
    },
    unsupported: {
      title: '这个版本的 Word 不支持报告助手',
      body: '报告助手需要 Microsoft 365 版 Word、Word 2021 或更高版本，或网页版 Word。请升级 Office，或改用网页版 Word。',
    },
    'read-only': {
      title: '文档是只读的',
      body: '文档处于只读或受保护状态，无法插入。请先点击“启用编辑”或取消文档保护，再试一次。',
    },
    'document-changed': {
      title: '文档已有改动',
      body: '读取文档之后，文档又有了改动。为免插错位置，这次没有插入。请重新读取文档，再试一次。',
    },
    'not-found': {
      title: '找不到这一段',
      body: '这一段已不在原来的位置，文档可能已有改动。请重新检查。',
    },
    failed: {
      title: '操作没有完成',
      body: 'Word 没有完成这次操作。请再试一次；如果仍不成功，请关闭任务窗格后重新打开。',
    },
  },
  errorDetail: (detail) => `详细信息：${detail}`,
  readAgain: '重新读取',
  dismiss: '关闭提示',
};

const enUS: Strings = {
  appTitle: 'Report Assistant',
  otherLanguage: { lang: 'zh-CN', label: '中文', title: '以中文显示' },
  panelsLabel: 'Tools',
  panels: { scaffold: 'Scaffold', check: 'Check', figures: 'Figures' },
  starting: 'Connecting to Word…',
  at: (unit, index) => `${unit === 'line' ? 'Line' : 'Paragraph'} ${index + 1}`,
  listSeparator: ', ',

  readingDocument: 'Reading the document…',
  refresh: 'Read the document again',
  profileLabel: 'Report type',
  userProfileTag: ' (from a file)',
  profileFromTitle: (name) => `Told from the title: ${name}`,
  profileChosenOverTitle: (guess) => `Told from the title: ${guess}; your choice is used instead.`,
  profileNotTold: (name) => `The title does not tell which report this is; using ${name} for now.`,
  followTitle: (name) => `Use “${name}”`,
  loadProfile: 'Load a report type from a file…',
  loadProfileHint: 'Choose a JSON file describing a report type. The file is read on this computer only; nothing is uploaded.',
  profileLoaded: (name, file, remembered) => `Loaded the report type “${name}” from “${file}” and selected it. ${REMEMBERED_EN(remembered)}`,
  profileReplaced: (name, file, remembered) => `Updated the report type “${name}” from “${file}” and selected it. ${REMEMBERED_EN(remembered)}`,
  profileInvalid: (file) => `The report type in “${file}” has mistakes, so it was not loaded.`,
  profileInvalidNext: 'Fix these, then load it again:',
  profileNotJson: (file) => `“${file}” is not a valid JSON file, so it was not loaded. Check that brackets, quotes and commas are complete and paired.`,
  profileBuiltInId: (file, id, builtIn) => `The id “${id}” in “${file}” is the built-in report type “${builtIn}”. To avoid confusion it was not loaded; give the file another id.`,
  profileTooLarge: (file) => `“${file}” is too large (over 1 MB) to be a report type file, so it was not loaded.`,
  profileUnreadable: (file) => `“${file}” could not be read, so it was not loaded. It may have been moved, or another program may be using it.`,
  removeProfile: (name) => `Remove “${name}”`,
  profileRemoved: (name) => `Removed the report type “${name}”.`,
  checkedAs: (name, source) => `Checked as “${name}” (${{ chosen: 'your choice', title: 'told from the title', default: 'the title does not tell; the default' }[source]})`,
  yearLabel: 'Report year',
  yearHintDocument: (year) => `The document's title names ${year}.`,
  yearInvalid: 'Enter a four-digit year, such as 2024.',
  unitLabel: 'Unit name',
  unitHint: 'Used in the title and the signature; remembered for next time.',
  unitSuggestion: (unit) => `The line above the document's title reads “${unit}”.`,
  useSuggestion: 'Use it',
  useSuggestionLabel: (unit) => `Use “${unit}” as the unit name`,
  previewHeading: 'Parts in the document',
  partState: { present: 'present', empty: 'heading only, nothing under it yet', willInsert: 'missing, will be inserted', optionalAbsent: 'absent (optional, not inserted)' },
  insertAll: 'Insert the whole scaffold',
  insertMissing: (n) => `Add the ${n} missing part${n === 1 ? '' : 's'}`,
  insertMissingTables: (n) => `Add the ${n} missing table${n === 1 ? '' : 's'}`,
  nothingMissing: 'Nothing is missing',
  explainFull: 'The document is empty: the title, every part’s heading and prompts will be inserted for you to replace with text.',
  explainPartial: (n) => `The document lacks ${n} required part${n === 1 ? '' : 's'}: only ${n === 1 ? 'it is' : 'they are'} inserted; nothing already written changes.`,
  explainTables: (n) => `Every part is written, but ${n} standard table${n === 1 ? ' is' : 's are'} missing: only ${n === 1 ? 'it goes' : 'they go'} in, empty, at the end of ${n === 1 ? 'its part' : 'their parts'}; nothing already written changes.`,
  explainNothing: 'Every required part is in the document; there is nothing to insert.',
  inserting: 'Inserting…',
  inserted: (n, names) => `Inserted ${n} part${n === 1 ? '' : 's'}: ${names}.`,
  insertedTables: (n, names) => `Inserted ${n} table${n === 1 ? '' : 's'}: ${names}.`,
  insertedNext: 'Replace the prompts in 【】 with your text.',
  renumberHeading: 'These headings need a new number:',
  renumberNote: (where, from, to) => `${where}: “${from}” should become “${to}”`,

  runCheck: 'Check',
  runCheckAgain: 'Check again',
  checking: 'Checking…',
  checkIntro: 'Checks that the document has every mandated part, and looks for common problems with numbering, years and dates.',
  reportYear: (year, source) => (year ? `Report year ${year} (${YEAR_SOURCE_EN[source ?? ''] ?? ''})` : 'The report year cannot be told'),
  checklistHeading: 'Parts',
  partMark: { present: 'present', missing: 'missing', flagged: 'needs attention', optional: 'optional, absent' },
  partWhere: { missing: 'missing', optional: 'absent (optional)', empty: 'heading only' },
  findingsHeading: 'What the check found',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  severityCount: (label, n) => `${label} (${n})`,
  counts: (e, w, i) => `${e} error${e === 1 ? '' : 's'} · ${w} warning${w === 1 ? '' : 's'} · ${i} note${i === 1 ? '' : 's'}`,
  ready: 'Ready to send',
  toFix: (n) => `${n} thing${n === 1 ? '' : 's'} to fix`,
  noFindings: 'Nothing found.',
  goTo: 'Go to',
  documentWarnings: 'Some content in the document could not be read:',

  errors: {
    'outside-office': {
      title: 'Open Report Assistant in Word',
      body: 'This page was opened in a browser, so there is no document to read. In Word, choose Report Assistant on the Home tab.',
    },
    unsupported: {
      title: 'This version of Word cannot run Report Assistant',
      body: 'Report Assistant needs Word for Microsoft 365, Word 2021 or later, or Word on the web. Update Office, or use Word on the web.',
    },
    'read-only': {
      title: 'The document is read-only',
      body: 'The document is read-only or protected, so nothing can be inserted. Choose Enable Editing or remove the protection, then try again.',
    },
    'document-changed': {
      title: 'The document changed',
      body: 'The document changed after it was read, so nothing was inserted (it could have landed in the wrong place). Read it again, then try again.',
    },
    'not-found': {
      title: 'That paragraph is no longer there',
      body: 'The document may have changed since the check. Check again.',
    },
    failed: {
      title: 'That did not work',
      body: 'Word did not finish the operation. Try again; if it keeps failing, close the pane and open it again.',
    },
  },
  errorDetail: (detail) => `Details: ${detail}`,
  readAgain: 'Read again',
  dismiss: 'Dismiss',
};

export const STRINGS: Record<Lang, Strings> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Office's display language (or a browser's) → the pane's language: Chinese of any region, else English. */
export function langFromDisplayLanguage(tag: string | undefined | null): Lang {
  return tag && /^zh($|[-_])/i.test(tag.trim()) ? 'zh-CN' : 'en-US';
}
