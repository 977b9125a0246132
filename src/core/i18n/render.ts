import type { Lang, Localized } from './lang';
import { ownEntry } from '../own-entry';

/**
 * A message template: `{name}` is filled from the params. Where English needs a plural, the template is an
 * object chosen by the `count` param (Intl.PluralRules: one / other); Chinese needs no plural forms.
 */
export type Message = string | { one: string; other: string };

/** Messages by key, each in both languages: the unit every message table (rules' included) is written in. */
export type MessageTable = Record<string, Localized<Message>>;

/** A param is language-neutral (a number, a name as written) or, where words differ, given in both languages. */
export type Params = Record<string, string | number | Localized>;

/** Names a renderer fills from context rather than from params ({partName} from the profile, say). */
export type NameResolver = (name: string) => string | undefined;

const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralOf(lang: Lang, count: number): 'one' | 'other' {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/**
 * Fills a template. Context names come first, then params; a name neither knows stays visible as `{name}`,
 * so a missing param is noticed, never hidden. Replacer functions keep "$&" in values as typed.
 */
export function renderMessage(message: Message, params: Params, lang: Lang, resolve?: NameResolver): string {
  const template = typeof message === 'string' ? message : message[pluralOf(lang, Number(params.count ?? 0))];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const fromContext = resolve?.(name);
    if (fromContext !== undefined) return fromContext;
    const value = ownEntry(params, name);
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

/** The names a message uses, for checking that both languages of a message take the same params. */
export function namesIn(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : [message.one, message.other];
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)))].sort();
}
