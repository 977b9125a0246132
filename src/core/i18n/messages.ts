/**
 * The message store: messages by key, in both languages, and how they are rendered. It starts empty: the one catalog
 * (./catalog) fills it with every table; the task pane fills it with its first panel's tables only and loads the
 * catalog with the panels it loads later (src/taskpane/strings.ts), so its first load carries no other layer's words.
 * A diagnostic's key is its code, or code.variant when its params name a variant. Rendering happens where the text is
 * shown, in the reader's language; `localize` renders both, for results that travel (a data file's problems).
 */
import type { Diagnostic, Place } from '../diagnostic';
import type { Lang, Localized } from './lang';
import { ownEntry } from '../own-entry';
import { renderMessage, type Message, type MessageTable, type NameResolver, type Params } from './render';

const CATALOG: MessageTable = {};

/** The catalog adds its tables here, and rule modules their messages when the registry loads. */
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
  return diagnostic.place ? withPlace(diagnostic.place, message, lang) : message;
}

/** A message with its file place in front, as every data-file message reads ("第 5 行“数值”列（C 列）：…"). */
export function withPlace(at: Place, message: string, lang: Lang): string {
  const place = placeLabel(at, lang);
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
