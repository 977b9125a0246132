/**
 * Messages for the figure findings (by code or code.variant, like src/core/i18n/messages.ts, so they can be merged
 * into MESSAGES), and the labels the comparison table uses.
 */
import type { UnlocalizedFinding } from '../diagnostic';
import type { Lang } from '../i18n/lang';
import { renderMessage } from '../i18n/render';
import type { Direction } from './format';

export const FIGURE_MESSAGES: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    'figure-stale': '{unit}{year}年“{indicator}”在文中是 {shown}，数据文件中是 {source}：请更新为 {source}。',
    'figure-stale.change': '{unit}{year}年“{indicator}”比上年的增减在文中是 {shown}，按数据文件应为 {source}：请更新。',
    'figure-stale.yoy': '{unit}{year}年“{indicator}”的同比在文中是 {shown}，按数据文件应为 {source}：请更新。',
    'figure-missing': '{unit}{year}年“{indicator}”的数字还没有填入。',
    'figure-missing.empty': '{unit}{year}年“{indicator}”的数字还没有填入：请从数据文件插入，或手工填写。',
    'figure-missing.no-source': '数据文件里没有{unit}{year}年“{indicator}”的数字：请向法制机构核实，或删除这处引用。',
    'figure-missing.placeholder': '“{text}”是待填的数字：请填入实际数字。',
    'figure-inconsistent': '{unit}{year}年的数字前后不一致。',
    'figure-inconsistent.at-most': '{unit}{year}年“{left}”（{leftValue}）大于“{right}”（{rightValue}），前者不应超过后者：请核对。',
    'figure-inconsistent.sum': '{unit}{year}年“{total}”（{totalValue}）不等于 {parts} 之和（{partsSum}）：请核对。',
    'figure-inconsistent.ratio': '{unit}{year}年“{rate}”是 {rateValue}，按“{numerator}”÷“{denominator}”应为 {expected}：请核对。',
  },
  'en-US': {
    'figure-stale': '{indicator} ({unit}, {year}) reads {shown} in the report but {source} in the data file: update it to {source}.',
    'figure-stale.change': 'The change in {indicator} ({unit}, {year}) reads {shown} in the report; the data file gives {source}: update it.',
    'figure-stale.yoy': 'The year-on-year change in {indicator} ({unit}, {year}) reads {shown} in the report; the data file gives {source}: update it.',
    'figure-missing': 'The figure for {indicator} ({unit}, {year}) has not been filled in.',
    'figure-missing.empty': 'The figure for {indicator} ({unit}, {year}) has not been filled in: insert it from the data file, or type it.',
    'figure-missing.no-source': 'The data file has no figure for {indicator} ({unit}, {year}): check with the legal-affairs office, or remove this link.',
    'figure-missing.placeholder': '“{text}” is a figure still to be filled in: write the actual number.',
    'figure-inconsistent': 'The figures for {unit}, {year} do not agree.',
    'figure-inconsistent.at-most': 'For {unit}, {year}: {left} ({leftValue}) is larger than {right} ({rightValue}), which it cannot exceed: check them.',
    'figure-inconsistent.sum': 'For {unit}, {year}: {total} ({totalValue}) is not the sum of {parts} ({partsSum}): check them.',
    'figure-inconsistent.ratio': 'For {unit}, {year}: {rate} is {rateValue}, but {numerator} ÷ {denominator} gives {expected}: check them.',
  },
};

/** Labels for the comparison's direction column (增加 / 减少 / 持平). */
export const DIRECTION_LABELS: Record<Lang, Record<Direction, string>> = {
  'zh-CN': { up: '增加', down: '减少', flat: '持平' },
  'en-US': { up: 'up', down: 'down', flat: 'unchanged' },
};

/** The unit of a rate's change (ComparisonRow.changeInPoints). */
export const POINTS_LABEL: Record<Lang, string> = { 'zh-CN': '个百分点', 'en-US': 'percentage points' };

/** Column headings for a comparison table the Word adapter inserts. */
export const COMPARISON_HEADINGS: Record<Lang, Record<'indicator' | 'measure' | 'prior' | 'current' | 'change' | 'yoy', string>> = {
  'zh-CN': { indicator: '指标', measure: '计量单位', prior: '{year}年', current: '{year}年', change: '增减', yoy: '同比' },
  'en-US': { indicator: 'Indicator', measure: 'Measure', prior: '{year}', current: '{year}', change: 'Change', yoy: 'Year on year' },
};

/** A figure finding's message without a profile (figure findings name no part). */
export function describeFigureFinding(finding: UnlocalizedFinding, lang: Lang): string {
  const messages = FIGURE_MESSAGES[lang];
  const variant = finding.params.variant;
  const template = (variant !== undefined ? messages[`${finding.code}.${String(variant)}`] : undefined) ?? messages[finding.code];
  return template ? renderMessage(template, finding.params, lang) : `${finding.code} ${JSON.stringify(finding.params)}`;
}
