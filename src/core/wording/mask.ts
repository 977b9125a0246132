/**
 * Text with what punctuation rules must not judge blotted out, one character for one so offsets stay: web
 * addresses, e-mail addresses, numbers with their separators (1,234.5, 10:30, 2021-2025) and English runs.
 */
const MASK = '\u2060'; // WORD JOINER: neither Chinese nor punctuation
const MASKED = [
  /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#@!$&*+;=%]+/gi,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /\d+(?:[.,:：/\-]\d+)*%?/g,
  /[A-Za-z][A-Za-z0-9'’&\-]*(?:[ .,:;!?/]+[A-Za-z0-9][A-Za-z0-9'’&\-]*)*\.?/g,
];

export function masked(text: string): string {
  let out = text;
  for (const pattern of MASKED) out = out.replace(pattern, (m) => MASK.repeat(m.length));
  return out;
}

/** Chinese characters, and the Chinese punctuation that stands where a Chinese character would. */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export const HAN_OR_CLOSING = /[\u3400-\u9fff\uf900-\ufaff”’）》】」』]/;
export const HAN_OR_OPENING = /[\u3400-\u9fff\uf900-\ufaff“‘（《【「『]/;
