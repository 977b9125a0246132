/**
 * How the pane speaks: `paneText(lang)` makes the `t` its components call, rendering the pane's message
 * tables (src/core/i18n/tables/pane*.ts, host-errors.ts) in the pane's language. `t` is synchronous, so a
 * message must be in the store before it renders: the pane opens with its frame's table only, the scaffold panel's
 * work (./scaffold-work) adds its own tables when it loads, and
 * `loadAllMessages` (the one catalog, its own chunk) comes with every panel or file reader loaded later.
 * Keys are typed, so a misspelt one fails to compile. What the pane says as report-check says it (places,
 * report year, counts, verdict) comes from core/i18n/report-text.
 */
import type { LocationUnit } from '../core/document';
import type { Lang } from '../core/i18n/lang';
import { addMessages, text } from '../core/i18n/messages';
import type { Params } from '../core/i18n/render';
import { atStart, placeText } from '../core/i18n/report-text';
import type { HOST_ERROR_MESSAGES } from '../core/i18n/tables/host-errors';
import { PANE_MESSAGES } from '../core/i18n/tables/pane';
import type { PANE_CHECK_MESSAGES } from '../core/i18n/tables/pane-check';
import type { PANE_FIGURE_MESSAGES } from '../core/i18n/tables/pane-figures';
import type { PANE_PREVIOUS_MESSAGES } from '../core/i18n/tables/pane-previous';
import type { PANE_SCAFFOLD_MESSAGES } from '../core/i18n/tables/pane-scaffold';

export type PaneKey =
  | keyof typeof PANE_MESSAGES
  | keyof typeof PANE_SCAFFOLD_MESSAGES
  | keyof typeof PANE_CHECK_MESSAGES
  | keyof typeof PANE_FIGURE_MESSAGES
  | keyof typeof PANE_PREVIOUS_MESSAGES
  | keyof typeof HOST_ERROR_MESSAGES;

// What the pane says before anything loads on demand: the frame's words and the first panel's button and status.
// The rest of the first panel's words come with its work (./scaffold-work), Word's errors with the notices.
addMessages(PANE_MESSAGES);

/** Every message of the product (the check's, the figures', the files'), loaded once; resolves when they are in. */
export function loadAllMessages(): Promise<unknown> {
  return import(/* webpackChunkName: "messages" */ '../core/i18n/catalog');
}

/** A pane message in the pane's language; `count` picks English plurals. */
export type PaneText = (key: PaneKey, params?: Params) => string;

export function paneText(lang: Lang): PaneText {
  return (key, params = {}) => text(key, params, lang);
}

/** "第 5 段" / "Paragraph 5": a block's place as the pane labels it (English labels start with a capital). */
export function placeLabel(unit: LocationUnit, index: number, lang: Lang): string {
  return atStart(placeText(unit, index, lang), lang);
}

/** Office's display language (or a browser's) → the pane's language: Chinese of any region, else English. */
export function langFromDisplayLanguage(tag: string | undefined | null): Lang {
  return tag && /^zh($|[-_])/i.test(tag.trim()) ? 'zh-CN' : 'en-US';
}
