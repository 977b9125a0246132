/**
 * Character data and names as XML 1.0 (fifth edition) and Namespaces in XML define them, for the reader's parser:
 * only the five predefined entities and character references are ever expanded; anything else after `&` is an error.
 */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\uD800-\\uDBFF\\uDC00-\\uDFFF';
/** An XML Name, as a regular expression source. */
export const NAME = `[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`;

/** Characters XML 1.0 never allows, written or as references; a half of a surrogate pair alone is no character. */
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&([^;&]*);?/g;

/** The first character XML forbids in the whole source, or -1. */
export function forbiddenCharacterAt(source: string): number {
  const forbidden = source.search(FORBIDDEN_CHARACTER);
  // Surrogates are rare in reports (an emoji, a rare character): the slower look around runs only when there are some.
  const lone = /[\uD800-\uDFFF]/.test(source) ? source.search(LONE_SURROGATE) : -1;
  return forbidden === -1 || lone === -1 ? Math.max(forbidden, lone) : Math.min(forbidden, lone);
}

/** Expands the predefined entities and character references; throws on any other `&`. */
export function expandReferences(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new XmlSyntaxError(`"&" not starting a reference: ${whole.slice(0, 12)}`);
    const predefined = PREDEFINED[name];
    if (predefined !== undefined) return predefined;
    const code = /^#x[0-9a-fA-F]{1,6}$/.test(name) ? Number.parseInt(name.slice(2), 16) : /^#[0-9]{1,7}$/.test(name) ? Number(name.slice(1)) : NaN;
    if (Number.isNaN(code)) throw new XmlSyntaxError(`undefined entity &${name}; (only XML's five are known)`);
    const valid = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!valid) throw new XmlSyntaxError(`character reference &${name}; is not an XML character`);
    return String.fromCodePoint(code);
  });
}

/** Text as XML hands it on: line ends read as \n. */
export function textOf(raw: string): string {
  if (raw.includes(']]>')) throw new XmlSyntaxError('"]]>" in text');
  return expandReferences(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
}

/** An attribute's value as XML hands it on: written tabs and line ends read as spaces, then references expanded. */
export function attributeValueOf(raw: string): string {
  return expandReferences(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);
}

/** "w:p" → ["w", "p"]; "p" → [undefined, "p"]; throws on names Namespaces in XML forbids ("a:b:c", ":a", "a:"). */
export function splitQName(name: string): [string | undefined, string] {
  const colon = name.indexOf(':');
  if (colon === -1) return [undefined, name];
  if (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) !== -1) throw new XmlSyntaxError(`name "${name}" is not a namespace-qualified name`);
  return [name.slice(0, colon), name.slice(colon + 1)];
}
