/** report-check's overview of a batch: the closing summary table, the --summary file and its sheets. */
import type { MessageTable } from '../render';

export const CLI_SUMMARY_MESSAGES: MessageTable = {
  'cli-summary-title': {
    'zh-CN': '汇总：{count} 份报告（问题多的在前）',
    'en-US': { one: 'Summary: {count} report (worst first)', other: 'Summary: {count} reports (worst first)' },
  },
  'cli-summary-column.file': { 'zh-CN': '文件', 'en-US': 'File' },
  'cli-summary-column.unit': { 'zh-CN': '单位', 'en-US': 'Unit' },
  'cli-summary-column.year': { 'zh-CN': '年度', 'en-US': 'Year' },
  'cli-summary-column.type': { 'zh-CN': '报告类型', 'en-US': 'Report type' },
  'cli-summary-column.date': { 'zh-CN': '成文日期', 'en-US': 'Date' },
  'cli-summary-column.late': { 'zh-CN': '逾期', 'en-US': 'Late' },
  'cli-summary-column.missing': { 'zh-CN': '缺少部分', 'en-US': 'Parts missing' },
  'cli-summary-column.errors': { 'zh-CN': '错误', 'en-US': 'Errors' },
  'cli-summary-column.warnings': { 'zh-CN': '警告', 'en-US': 'Warnings' },
  'cli-summary-column.problem': { 'zh-CN': '无法检查', 'en-US': 'Not checked' },
  'cli-summary-column.severity': { 'zh-CN': '级别', 'en-US': 'Severity' },
  'cli-summary-column.place': { 'zh-CN': '位置', 'en-US': 'Place' },
  'cli-summary-column.heading': { 'zh-CN': '所在标题', 'en-US': 'Under heading' },
  'cli-summary-column.message': { 'zh-CN': '问题', 'en-US': 'Finding' },
  'cli-summary-column.code': { 'zh-CN': '代码', 'en-US': 'Code' },
  'cli-summary-late.yes': { 'zh-CN': '逾期', 'en-US': 'late' },
  'cli-summary-late.no': { 'zh-CN': '按期', 'en-US': 'on time' },
  'cli-summary-sheet.reports': { 'zh-CN': '汇总', 'en-US': 'Reports' },
  'cli-summary-sheet.findings': { 'zh-CN': '问题清单', 'en-US': 'Findings' },
  'cli-severity.error': { 'zh-CN': '错误', 'en-US': 'error' },
  'cli-severity.warning': { 'zh-CN': '警告', 'en-US': 'warning' },
  'cli-severity.info': { 'zh-CN': '提示', 'en-US': 'note' },
  'cli-save-as-docx': { 'zh-CN': '旧版格式：请另存为 .docx', 'en-US': 'old format: save as .docx' },
  'cli-finding-heading': { 'zh-CN': '（在“{heading}”下）', 'en-US': ' (under “{heading}”)' },
  'cli-finding-repeated': { 'zh-CN': '（共 {count} 处）', 'en-US': { one: ' ({count} time)', other: ' ({count} times)' } },
  'cli-no-match': { 'zh-CN': '没有与“{pattern}”相符的报告文件', 'en-US': 'no report file matches "{pattern}"' },
  'cli-no-match.folder-wildcard': {
    'zh-CN': '没有与“{pattern}”相符的报告文件；通配符只能用在文件名中（路径的最后一段）：请直接给出文件夹，子文件夹会一并检查',
    'en-US': 'no report file matches "{pattern}"; wildcards work only in the file name (the last part of the path): give the folder itself; its subfolders are checked too',
  },
  'cli-no-match.folder': {
    'zh-CN': '文件夹里没有可检查的报告（.docx、.txt 或 .md）：请核对是否选对了文件夹',
    'en-US': 'no report in this folder (.docx, .txt or .md): check it is the right folder',
  },
  'cli-progress': { 'zh-CN': '已检查 {done}/{count} 个文件', 'en-US': { one: 'checked {done} of {count} file', other: 'checked {done} of {count} files' } },
  'cli-summary-written': { 'zh-CN': '汇总表已写入 {file}', 'en-US': 'summary written to {file}' },
  'cli-summary-bad-type': {
    'zh-CN': '--summary 只能写 .xlsx 或 .csv 文件，收到“{file}”',
    'en-US': '--summary writes a .xlsx or .csv file, got "{file}"',
  },
  'cli-summary-not-written': { 'zh-CN': '无法写入汇总表 {file}：{detail}', 'en-US': 'cannot write the summary {file}: {detail}' },
  'cli-summary-write-failure.no-folder': {
    'zh-CN': '要写入的文件夹不存在：请先建好这个文件夹，或写到别处',
    'en-US': 'the folder to write it in does not exist: create the folder, or write it elsewhere',
  },
  'cli-summary-write-failure.folder': { 'zh-CN': '这是一个文件夹：请给出 .xlsx 或 .csv 文件的名字', 'en-US': 'this is a folder: give the name of a .xlsx or .csv file' },
  'cli-summary-write-failure.in-use': {
    'zh-CN': '文件正被其他程序（如 Excel）打开，或没有写入权限：请关闭它后再试，或换一个文件名',
    'en-US': 'the file is open in another program (such as Excel) or may not be written: close it and try again, or choose another name',
  },
  'cli-data-no-links': {
    'zh-CN': '文中没有与数据文件关联的数字（用报告助手“数据”面板插入的才会核对），文中写的数字没有与数据文件核对',
    'en-US': 'the report has no figures linked to the data file (only those inserted from the add-in’s Figures panel are checked), so the figures written in it were not checked against the file',
  },
  'cli-data-unit-untold': {
    'zh-CN': '看不出这份报告是哪个单位的（没有关联数字，标题和署名里的单位也不在数据文件中）：请用 --unit 指定其一：{units}',
    'en-US': 'cannot tell which unit this report is from (no linked figures; no unit of the data file in its title or signature): name one with --unit: {units}',
  },
};
