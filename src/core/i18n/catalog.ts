/**
 * The one catalog: every message the product shows, by key, in both languages, gathered from the message
 * tables (each layer's own file under ./tables, and each check rule's own messages). A diagnostic's key is
 * its code, or code.variant when its params name a variant. Rendering happens where the text is shown, in
 * the reader's language; `localize` renders both, for results that travel (a data file's problems).
 */
import type { Diagnostic, Place } from '../diagnostic';
import type { Lang, Localized } from './lang';
import { ownEntry } from '../own-entry';
import { renderMessage, type Message, type MessageTable, type NameResolver, type Params } from './render';
import { CLI_MESSAGES } from './tables/cli';
import { CLI_DATA_LISTING_MESSAGES } from './tables/cli-data-listing';
import { CLI_PREVIOUS_MESSAGES } from './tables/cli-previous';
import { CLI_SUMMARY_MESSAGES } from './tables/cli-summary';
import { DATA_FILE_MESSAGES } from './tables/data-file';
import { FILE_MESSAGES } from './tables/files';
import { HOST_ERROR_MESSAGES } from './tables/host-errors';
import { PANE_MESSAGES } from './tables/pane';
import { PANE_CHECK_MESSAGES } from './tables/pane-check';
import { PANE_FIGURE_MESSAGES } from './tables/pane-figures';
import { PANE_PREVIOUS_MESSAGES } from './tables/pane-previous';
import { PANE_SCAFFOLD_MESSAGES } from './tables/pane-scaffold';
import { PROFILE_MESSAGES } from './tables/profile';
import { PROFILE_FILE_MESSAGES } from './tables/profile-file';
import { REPORT_MESSAGES } from './tables/report';

/** Every table, in one list: a key may appear in one table only (tests/core/catalog.test.ts holds to that). */
export const MESSAGE_TABLES: readonly MessageTable[] = [
  DATA_FILE_MESSAGES,
  FILE_MESSAGES,
  PROFILE_MESSAGES,
  PROFILE_FILE_MESSAGES,
  REPORT_MESSAGES,
  CLI_MESSAGES,
  CLI_SUMMARY_MESSAGES,
  CLI_PREVIOUS_MESSAGES,
  CLI_DATA_LISTING_MESSAGES,
  PANE_MESSAGES,
  PANE_SCAFFOLD_MESSAGES,
  PANE_CHECK_MESSAGES,
  PANE_FIGURE_MESSAGES,
  PANE_PREVIOUS_MESSAGES,
  HOST_ERROR_MESSAGES,
];

const CATALOG: MessageTable = Object.assign({}, ...MESSAGE_TABLES);

/** Rule modules add their messages here when the registry loads, so the catalog stays the one place to look. */
export function addMessages(table: MessageTable): void {
  Object.assign(CATALOG, table);
}

export function hasMessage(key: string): boolean {
  return ownEntry(CATALOG, key) !== undefined;
}

/** The message for a code, or for code.variant when there is one. */
export function messageOf(code: string, params: Params = {}): Localized<Message> | undefined {
  const variant = params.variant;
  return (variant !== undefined ? ownEntry(CATALOG, `${code}.${String(variant)}`) : undefined) ?? ownEntry(CATALOG, code);
}

/** Renders a key with params; an unknown key shows itself and its params, so nothing is silently empty. */
export function text(key: string, params: Params, lang: Lang, resolve?: NameResolver): string {
  const message = messageOf(key, params);
  return message ? renderMessage(message[lang], params, lang, resolve) : `${key} ${JSON.stringify(params)}`;
}

/** A diagnostic in one language, with its file place in front when it has one ("第 5 行“数值”列（C 列）：…"). */
export function render(diagnostic: Pick<Diagnostic, 'code' | 'params' | 'place'>, lang: Lang, resolve?: NameResolver): string {
  const message = text(diagnostic.code, diagnostic.params, lang, resolve);
  const place = diagnostic.place ? placeLabel(diagnostic.place, lang) : '';
  return place ? text('place.before-message', { place: capitalized(place, lang), message }, lang) : message;
}

/** Both languages at once, for results that are shown later in either. */
export function localize(diagnostic: Pick<Diagnostic, 'code' | 'params' | 'place'>, resolve?: NameResolver): Localized {
  return { 'zh-CN': render(diagnostic, 'zh-CN', resolve), 'en-US': render(diagnostic, 'en-US', resolve) };
}

/** One line in both languages ("中文 / English"), for logs and error objects that anyone may read. */
export function bilingual(diagnostic: Pick<Diagnostic, 'code' | 'params' | 'place'>): string {
  const both = localize(diagnostic);
  return both['zh-CN'] === both['en-US'] ? both['zh-CN'] : `${both['zh-CN']} / ${both['en-US']}`;
}

/** "工作表“数据”第 5 行“数值”列（C 列）" / "sheet “数据”, row 5, column “数值” (C)"; a JSON path as written. */
export function placeLabel(place: Place, lang: Lang): string {
  const parts: string[] = [];
  if (place.sheet) parts.push(text('place.sheet', { sheet: place.sheet }, lang));
  if (place.row !== undefined) parts.push(text('place.row', { row: place.row }, lang));
  if (place.column !== undefined || place.columnLetter) {
    const letter = place.columnLetter ? text('place.column-letter', { letter: place.columnLetter }, lang) : '';
    const name = place.column ? text('place.column', { column: place.column }, lang) : text('place.column-unnamed', {}, lang);
    parts.push(`${name}${letter}`);
  }
  if (place.path) parts.push(place.path);
  return parts.join(text('place.separator', {}, lang));
}

/** English starts a sentence with "Row 5, …"; a JSON path is left as written. */
function capitalized(place: string, lang: Lang): string {
  return lang === 'en-US' && /^(sheet|row|column)\b/.test(place) ? place.charAt(0).toUpperCase() + place.slice(1) : place;
}
