/**
 * A fast first pass over the plain XML Word writes: elements with ASCII names, attributes in quotes, text with
 * XML's five named entities, an XML 1.0 declaration — nothing else. At the first thing outside that subset
 * (a DTD, comment, CDATA section, processing instruction, character reference, carriage return, control character,
 * unpaired surrogate, non-ASCII name, tab or newline in an attribute value, `]]>` in text, a duplicate attribute,
 * a mismatched or missing end tag, text outside the root) it stops and says so; the strict parser (saxes,
 * ./xml-parser.ts) then reads the part from the start and reports any error. It never expands anything but the five
 * entities, so it adds no risk the strict parser does not have. Why: saxes checks each character one call at a time,
 * and reading document.xml was the batch checker's largest cost; these expressions let V8 scan the common case.
 */

/** What the pass reports, in document order; any of them may throw to stop it. */
export interface XmlEvents {
  /** An element opens: its qualified name and its first `count` attributes (the array is reused). */
  openElement(name: string, attributes: readonly PlainAttribute[], count: number): void;
  closeElement(): void;
  text(text: string): void;
}

export interface PlainAttribute {
  name: string;
  value: string;
}

/** A whole start or empty-element tag, and a whole end tag: checked before they are taken apart by hand. */
const START_TAG = /<[A-Za-z_][\w.:-]*(?:[ \t\n]+[A-Za-z_][\w.:-]*[ \t\n]*=[ \t\n]*(?:"[^"<\t\n]*"|'[^'<\t\n]*'))*[ \t\n]*\/?>/y;
const END_TAG = /<\/[A-Za-z_][\w.:-]*[ \t\n]*>/y;
/** The declaration Word writes, in the order XML requires. */
const DECLARATION = /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][\w.-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/;
/** Characters the strict parser normalizes or refuses: carriage returns, controls, non-characters, unpaired surrogates. */
const NOT_PLAIN = /[\0-\x08\x0B-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Every character NOT_PLAIN can match, in one class: V8 scans a whole part for it several times faster, and only a part
 * that has one (surrogate pairs, mostly) is then given the exact test.
 */
const MAYBE_NOT_PLAIN = /[\0-\x08\x0B-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** An ampersand that does not start one of the five named entities. */
const OTHER_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos);)/;
const ONLY_WHITESPACE = /^[ \t\n]*$/;
/** More attributes than this on one element is not Word's: left to the strict parser (duplicates are sought in pairs). */
const MAX_ATTRIBUTES = 16;
/** Longer names are cut each time rather than sought among those met. */
const MAX_KNOWN_NAME = 40;

class OutsidePlainXml extends Error {}
const outside = new OutsidePlainXml();

/** The five entities replaced one after the other, &amp; last (so &amp;lt; stays &lt;): each a pass in V8's own code. */
function decoded(text: string): string {
  if (!text.includes('&')) return text;
  if (OTHER_REFERENCE.test(text)) throw outside;
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * The names met so far, by length: a part repeats a few dozen names thousands of times, and each is found here
 * without cutting (and hashing) a new string every time.
 */
class NameTable {
  private readonly byLength: string[][] = [];

  at(source: string, from: number, end: number): string {
    const length = end - from;
    if (length > MAX_KNOWN_NAME) return source.slice(from, end);
    const known = (this.byLength[length] ??= []);
    for (const name of known) if (source.startsWith(name, from)) return name;
    const name = source.slice(from, end);
    if (known.length < 16) known.push(name);
    return name;
  }
}

const SLASH = 0x2f;
const GREATER_THAN = 0x3e;
const EQUALS_CODE = 0x3d;

/** Space, tab or newline: the whitespace allowed inside tags (carriage returns never reach here). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a;
}

/** Where the name starting at `from` ends, in a tag already matched whole. */
function nameEnd(source: string, from: number): number {
  let at = from;
  for (let code = source.charCodeAt(at); !isSpace(code) && code !== SLASH && code !== GREATER_THAN && code !== EQUALS_CODE; code = source.charCodeAt(at)) at += 1;
  return at;
}

/**
 * Reports `source`'s elements and text to `events`; false as soon as it meets anything outside the plain subset,
 * or when `events` throws (what was reported before then is to be thrown away). Tags are matched whole by an
 * expression with no groups, then taken apart by position: V8 then allocates no match for each token.
 */
export function scanPlainXml(source: string, events: XmlEvents): boolean {
  if (MAYBE_NOT_PLAIN.test(source) && NOT_PLAIN.test(source)) return false;
  const declaration = DECLARATION.exec(source);
  const open: string[] = [];
  const names = new NameTable();
  const attributes: PlainAttribute[] = [];
  let seenRoot = false;
  let at = declaration ? declaration[0].length : 0;
  try {
    while (at < source.length) {
      const lessThan = source.indexOf('<', at);
      if (lessThan !== at) {
        const end = lessThan === -1 ? source.length : lessThan;
        const text = source.slice(at, end);
        if (open.length === 0) {
          if (!ONLY_WHITESPACE.test(text)) return false;
        } else {
          if (text.includes(']]>')) return false;
          events.text(decoded(text));
        }
        at = end;
        continue;
      }
      const closing = source.charCodeAt(at + 1) === SLASH;
      const tag = closing ? END_TAG : START_TAG;
      tag.lastIndex = at;
      if (!tag.test(source)) return false;
      const after = tag.lastIndex;
      const nameAt = closing ? at + 2 : at + 1;
      const end = nameEnd(source, nameAt);
      if (closing) {
        const expected = open.pop();
        if (expected === undefined || end - nameAt !== expected.length || !source.startsWith(expected, nameAt)) return false;
        events.closeElement();
      } else {
        const name = names.at(source, nameAt, end);
        if (open.length === 0 && seenRoot) return false;
        seenRoot = true;
        const count = readAttributes(source, end, attributes, names);
        events.openElement(name, attributes, count);
        if (source.charCodeAt(after - 2) === SLASH) events.closeElement();
        else open.push(name);
      }
      at = after;
    }
  } catch {
    return false;
  }
  return seenRoot && open.length === 0;
}

/**
 * The attributes of a start tag already matched whole, from just after its name, into `into` (decoded); a name
 * given twice is left to the strict parser to refuse.
 */
function readAttributes(source: string, from: number, into: PlainAttribute[], names: NameTable): number {
  let count = 0;
  let at = from;
  for (;;) {
    while (isSpace(source.charCodeAt(at))) at += 1;
    const code = source.charCodeAt(at);
    if (code === SLASH || code === GREATER_THAN) return count;
    if (count === MAX_ATTRIBUTES) throw outside;
    const name = names.at(source, at, nameEnd(source, at));
    const equals = source.indexOf('=', at);
    for (let i = 0; i < count; i++) if ((into[i] as PlainAttribute).name === name) throw outside;
    let quote = equals + 1;
    while (isSpace(source.charCodeAt(quote))) quote += 1;
    const closing = source.indexOf(source[quote] as string, quote + 1);
    const value = decoded(source.slice(quote + 1, closing));
    const slot = into[count];
    if (slot) {
      slot.name = name;
      slot.value = value;
    } else into[count] = { name, value };
    count += 1;
    at = closing + 1;
  }
}
