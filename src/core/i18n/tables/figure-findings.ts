/** The figure findings' messages (figure-stale, figure-missing, figure-inconsistent, figure-typed), by code or code.variant. */
import type { MessageTable } from '../render';

export const FIGURE_FINDING_MESSAGES: MessageTable = {
  'figure-stale': {
    'zh-CN': '{unit}{year}年“{indicator}”在文中是 {shown}，数据文件中是 {source}：请更新为 {source}。',
    'en-US': '{indicator} ({unit}, {year}) reads {shown} in the report but {source} in the data file: update it to {source}.',
  },
  'figure-stale.change': {
    'zh-CN': '{unit}{year}年“{indicator}”比上年的增减在文中是 {shown}，按数据文件应为 {source}：请更新。',
    'en-US': 'The change in {indicator} ({unit}, {year}) reads {shown} in the report; the data file gives {source}: update it.',
  },
  'figure-stale.yoy': {
    'zh-CN': '{unit}{year}年“{indicator}”的同比在文中是 {shown}，按数据文件应为 {source}：请更新。',
    'en-US': 'The year-on-year change in {indicator} ({unit}, {year}) reads {shown} in the report; the data file gives {source}: update it.',
  },
  // The data has both years' figures, but no change or 同比 follows from them (findings.ts, sourceFigure).
  'figure-stale.yoy-from-zero': {
    'zh-CN': '{unit}{year}年“{indicator}”上年是 0，算不出同比，文中却是 {shown}：请改写这句话（如“上年为 0，本年新增……”），或改为“{source}”。',
    'en-US': '{indicator} ({unit}, {year}) was 0 the year before, so there is no year-on-year change, yet the report shows {shown}: reword the sentence (say it rose from 0), or change it to “{source}”.',
  },
  'figure-stale.yoy-across-measures': {
    'zh-CN': '{unit}{year}年“{indicator}”两年的计量单位不同或无法换算，算不出同比，文中却是 {shown}：请核对数据文件里这两年的计量单位，或改为“{source}”。',
    'en-US': '{indicator} ({unit}, {year}) is in measures that cannot be compared in the two years, so there is no year-on-year change, yet the report shows {shown}: check the two years’ measures in the data file, or change it to “{source}”.',
  },
  'figure-stale.change-across-measures': {
    'zh-CN': '{unit}{year}年“{indicator}”两年的计量单位不同或无法换算，算不出增减，文中却是 {shown}：请核对数据文件里这两年的计量单位，或改为“{source}”。',
    'en-US': '{indicator} ({unit}, {year}) is in measures that cannot be compared in the two years, so there is no change to give, yet the report shows {shown}: check the two years’ measures in the data file, or change it to “{source}”.',
  },
  'figure-typed': {
    'zh-CN': '{unit}{year}年“{indicator}”的关联数字里有手写文字（“{shown}”）：刷新和顺延不会改动它。请把数字以外的文字移到数字控件之后，再刷新。',
    'en-US': 'The linked figure for {indicator} ({unit}, {year}) holds typed words (“{shown}”): refresh and roll forward leave it alone. Move the words out of the figure’s control, after it, then refresh.',
  },
  'figure-missing': {
    'zh-CN': '{unit}{year}年“{indicator}”的数字还没有填入。',
    'en-US': 'The figure for {indicator} ({unit}, {year}) has not been filled in.',
  },
  'figure-missing.empty': {
    'zh-CN': '{unit}{year}年“{indicator}”的数字还没有填入：请从数据文件插入，或手工填写。',
    'en-US': 'The figure for {indicator} ({unit}, {year}) has not been filled in: insert it from the data file, or type it.',
  },
  'figure-missing.no-source': {
    'zh-CN': '数据文件里没有{unit}{year}年“{indicator}”的数字：请向法制机构核实，或删除这处引用。',
    'en-US': 'The data file has no figure for {indicator} ({unit}, {year}): check with the legal-affairs office, or remove this link.',
  },
  /** Alike findings grouped (always two or more). */
  'figure-missing.empty-many': {
    'zh-CN': '{unit}{year}年有 {count} 处关联数字还没有填入（如“{indicator}”）：请从数据文件插入，或手工填写。',
    'en-US': '{count} linked figures for {unit}, {year} have not been filled in (such as {indicator}): insert them from the data file, or type them.',
  },
  'figure-missing.no-source-many': {
    'zh-CN': '文中有 {count} 处关联数字在数据文件里找不到{unit}{year}年的数字（如“{indicator}”）：请向法制机构核实；文件补上后点“全部刷新”即可填入，或删除这些引用。',
    'en-US': '{count} linked figures (such as {indicator}) have no figure for {unit}, {year} in the data file: check with the legal-affairs office; once the file has them, “Refresh all” fills them in; or remove the links.',
  },
  'figure-missing.placeholder': {
    'zh-CN': '“{text}”是待填的数字：请填入实际数字。',
    'en-US': '“{text}” is a figure still to be filled in: write the actual number.',
  },
  'figure-inconsistent': {
    'zh-CN': '{unit}{year}年的数字前后不一致。',
    'en-US': 'The figures for {unit}, {year} do not agree.',
  },
  'figure-inconsistent.at-most': {
    'zh-CN': '{unit}{year}年“{left}”（{leftValue}）大于“{right}”（{rightValue}），前者不应超过后者：请核对。',
    'en-US': 'For {unit}, {year}: {left} ({leftValue}) is larger than {right} ({rightValue}), which it cannot exceed: check them.',
  },
  'figure-inconsistent.sum': {
    'zh-CN': '{unit}{year}年“{total}”（{totalValue}）不等于 {parts} 之和（{partsSum}）：请核对。',
    'en-US': 'For {unit}, {year}: {total} ({totalValue}) is not the sum of {parts} ({partsSum}): check them.',
  },
  'figure-inconsistent.ratio': {
    'zh-CN': '{unit}{year}年“{rate}”是 {rateValue}，按“{numerator}”÷“{denominator}”应为 {expected}：请核对。',
    'en-US': 'For {unit}, {year}: {rate} is {rateValue}, but {numerator} ÷ {denominator} gives {expected}: check them.',
  },
};
