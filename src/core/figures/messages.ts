/** The figure findings' messages by language, and the labels the comparison table uses. */
import type { UnlocalizedFinding } from '../diagnostic';
import type { Lang } from '../i18n/lang';
import { renderMessage } from '../i18n/render';
import { ownEntry } from '../own-entry';
import { FIGURE_FINDING_MESSAGES } from '../i18n/tables/figure-findings';
import type { Direction } from './format';

/** The figure findings' messages by language (the catalog's table, as the comparison code and tests read it). */
export const FIGURE_MESSAGES: Record<Lang, Record<string, string>> = {
  'zh-CN': byLanguage('zh-CN'),
  'en-US': byLanguage('en-US'),
};

function byLanguage(lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(FIGURE_FINDING_MESSAGES).map(([key, message]) => [key, message[lang] as string]));
}

/** Labels for the comparison's direction column (增加 / 减少 / 持平). */
export const DIRECTION_LABELS: Record<Lang, Record<Direction, string>> = {
  'zh-CN': { up: '增加', down: '减少', flat: '持平' },
  'en-US': { up: 'up', down: 'down', flat: 'unchanged' },
};

/** Labels for a rate's change (提高 / 降低 / 持平 3个百分点). */
export const RATE_DIRECTION_LABELS: Record<Lang, Record<Direction, string>> = {
  'zh-CN': { up: '提高', down: '降低', flat: '持平' },
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
  const template = (variant !== undefined ? ownEntry(messages, `${finding.code}.${String(variant)}`) : undefined) ?? ownEntry(messages, finding.code);
  return template ? renderMessage(template, finding.params, lang) : `${finding.code} ${JSON.stringify(finding.params)}`;
}
