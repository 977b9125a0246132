/** report-check's own words: its usage, usage errors and the --data file's messages. */
import type { MessageTable } from '../render';

export const CLI_MESSAGES: MessageTable = {
  'cli-usage': {
    'zh-CN': `用法：report-check [选项] 文件或文件夹...
  文件        .docx、.txt 或 .md 报告，可多个；文件夹连同子文件夹一并检查；
              *.docx 这样的通配符由本程序展开（cmd、PowerShell 中也可用）
  --profile   报告类型 id（rule-of-law-annual、gov-info-disclosure-annual）
              或 JSON 文件；不给时按标题判断
  --data      数据文件（.xlsx、.csv、.json）：核对文中关联的数字；
              不给报告时，列出它读到的单位、年度、指标和问题，
              并按报告类型的核对关系核对各单位各年度的数字
  --unit      数据文件中的单位（看不出报告是哪个单位时使用）
  --summary   把汇总表写入 .xlsx（另附问题清单）或 .csv 文件
  --previous  上年报告（文件）：与本年报告对比沿用的文字、上年安排和数字；
              给文件夹或通配符时，按单位和年度为每份报告配对上年报告
  --pair-years 所给报告含两个年度：每份与同一单位上一年度的报告对比
  --json      输出 JSON
  --lang      zh（默认）或 en
退出码：0 无错误 · 1 有错误 · 2 用法错误或文件无法读取`,
    'en-US': `Usage: report-check [options] FILE-OR-FOLDER...
  FILE        one or more .docx, .txt or .md reports; a folder is checked with
              its subfolders; wildcards such as *.docx are expanded here
  --profile   report profile id (rule-of-law-annual,
              gov-info-disclosure-annual) or JSON file; else told from titles
  --data      figures data file (.xlsx, .csv, .json): linked figures checked;
              with no report, lists its units, years, indicators and problems,
              and runs the report types' cross-checks on every unit and year
  --unit      the data file's unit, for reports whose unit cannot be told
  --summary   write the summary table to .xlsx (with every finding) or .csv
  --previous  last year's report: text carried over, plans taken up, figures
              unchanged; a folder or wildcard pairs reports by unit and year
  --pair-years the reports given hold two years: each is compared with the
              same unit's report of the year before
  --json      print JSON
  --lang      zh (default) or en
Exit code: 0 when no error is found · 1 when one is · 2 on bad usage or a file that cannot be read`,
  },
  'cli-usage-hint': { 'zh-CN': '用法见 report-check --help', 'en-US': 'Usage: report-check --help' },
  'cli-needs-value': { 'zh-CN': '{option} 需要一个值', 'en-US': '{option} needs a value' },
  'cli-bad-lang': { 'zh-CN': '--lang 只接受 zh 或 en，收到“{value}”', 'en-US': '--lang takes zh or en, got "{value}"' },
  'cli-unknown-option': { 'zh-CN': '未知选项 {option}', 'en-US': 'unknown option {option}' },
  'cli-no-files': { 'zh-CN': '没有给出要检查的文件', 'en-US': 'no files to check' },
  'cli-unit-without-data': { 'zh-CN': '--unit 要和 --data 一起用', 'en-US': '--unit goes with --data' },
  'cli-data-not-loaded': {
    'zh-CN': '--data 的数据还没有读入',
    'en-US': '--data was given but its figures were not loaded (use runCliWithData)',
  },
  'cli-unknown-profile': {
    'zh-CN': '没有名为“{name}”的报告类型（内置的有：{known}；也可以给出 .json 文件）',
    'en-US': 'no profile named "{name}" (built in: {known}; or give a .json file)',
  },
  'cli-profile-unreadable': { 'zh-CN': '无法读取报告类型文件 {file}：{detail}', 'en-US': 'cannot read profile file {file}: {detail}' },
  'cli-profile-needs-fixing': { 'zh-CN': '报告类型文件 {file} 有误，请修改：', 'en-US': 'profile file {file} needs fixing:' },
  'cli-data-unreadable': { 'zh-CN': '无法读取数据文件：{detail}', 'en-US': 'cannot read the data file: {detail}' },
  'cli-data-no-unit': { 'zh-CN': '数据文件中没有单位“{unit}”，有：{units}', 'en-US': 'the data file has no unit "{unit}"; it has: {units}' },
  'cli-more-problems': { 'zh-CN': '另有 {count} 处问题未列出。', 'en-US': { one: '{count} more problem not listed.', other: '{count} more problems not listed.' } },
  'cli-unreadable': { 'zh-CN': '无法读取：', 'en-US': 'cannot read: ' },
};
