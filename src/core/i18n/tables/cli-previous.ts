/** report-check with last year's reports (--previous, --pair-years): pairing, and the comparison line per report. */
import type { MessageTable } from '../render';

export const CLI_PREVIOUS_MESSAGES: MessageTable = {
  'cli-previous-missing.none': {
    'zh-CN': '上年报告：没有找到{unit} {year} 年度的报告（按标题或署名中的单位和报告年度配对），未作对比',
    'en-US': 'last year: no {year} report of {unit} was found (paired by the unit in the title or signature and the report year); not compared',
  },
  'cli-previous-missing.no-year': {
    'zh-CN': '上年报告：看不出这份报告的年度，无法配对上年报告，未作对比',
    'en-US': 'last year: this report’s year cannot be told, so it cannot be paired with last year’s; not compared',
  },
  'cli-previous-missing.no-unit': {
    'zh-CN': '上年报告：标题和署名里都看不出单位，无法配对上年报告，未作对比（可用 --previous 直接给出上年报告）',
    'en-US': 'last year: neither the title nor the signature names the unit, so it cannot be paired with last year’s; not compared (give last year’s report with --previous)',
  },
  // --previous FILE given for one report, as they come; these two are mistakes, not comparisons.
  'cli-previous-missing.same-file': {
    'zh-CN': '上年报告：--previous 给的就是这份报告本身，未作对比：请给出上一年度的报告',
    'en-US': 'last year: --previous names this report itself; not compared: give last year’s report',
  },
  'cli-previous-missing.same-year': {
    'zh-CN': '上年报告：{file} 与这份报告是同一年度（{year} 年度）的，未作对比：请给出上一年度的报告',
    'en-US': 'last year: {file} is of the same year as this one ({year}); not compared: give the previous year’s report',
  },
  'cli-previous-missing.not-earlier': {
    'zh-CN': '上年报告：{file} 是 {previousYear} 年度的报告，不早于这份报告（{year} 年度），未作对比：请检查两个文件是否弄反了',
    'en-US': 'last year: {file} is the {previousYear} report, not earlier than this one ({year}); not compared: check whether the two files were given the wrong way round',
  },
  'cli-previous-missing.unread': {
    'zh-CN': '上年报告：--previous 给的文件无法读取（原因见报错信息），未作对比',
    'en-US': 'last year: what --previous names could not be read (the error message says why); not compared',
  },
  'cli-previous-compared.parts': {
    'zh-CN': '对比上年报告 {file}：沿用上年文字 {share}%（{parts}）；上年安排 {count} 项，本年写到 {taken} 项',
    'en-US': {
      one: 'compared with last year’s {file}: {share}% carried over ({parts}); {taken} of last year’s {count} plan taken up',
      other: 'compared with last year’s {file}: {share}% carried over ({parts}); {taken} of last year’s {count} plans taken up',
    },
  },
  'cli-previous-compared.whole': {
    'zh-CN': '对比上年报告 {file}：没有沿用上年的文字；上年安排 {count} 项，本年写到 {taken} 项',
    'en-US': {
      one: 'compared with last year’s {file}: nothing carried over; {taken} of last year’s {count} plan taken up',
      other: 'compared with last year’s {file}: nothing carried over; {taken} of last year’s {count} plans taken up',
    },
  },
  'cli-previous-compared.parts-no-plans': {
    'zh-CN': '对比上年报告 {file}：沿用上年文字 {share}%（{parts}）；上年报告中没有找到下一年度安排',
    'en-US': 'compared with last year’s {file}: {share}% carried over ({parts}); no plans found in last year’s report',
  },
  'cli-previous-compared.whole-no-plans': {
    'zh-CN': '对比上年报告 {file}：没有沿用上年的文字；上年报告中没有找到下一年度安排',
    'en-US': 'compared with last year’s {file}: nothing carried over; no plans found in last year’s report',
  },
  'cli-previous-part': { 'zh-CN': '{part} {share}%', 'en-US': '{part} {share}%' },
  'cli-previous-unreadable': { 'zh-CN': '无法读取上年报告：{detail}', 'en-US': 'cannot read last year’s report: {detail}' },
  'cli-summary-column.carried': { 'zh-CN': '沿用上年', 'en-US': 'Carried over' },
};
