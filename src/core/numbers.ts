/**
 * The one number parser, in two modes.
 *  figure: numbers as offices type them in a data file or a sentence: 1,102 / １，１０２ / 97% / 12331件 / -3; a
 *    blank or a dash is no figure; formula text ("=SUM(A1:A3)") is never evaluated, approximations (约50,
 *    1000余件) and NaN or infinity are refused, each with its reason.
 *  table-cell: a number cell of a report's statistical table: digits only (1,102 / 3.5 / full-width digits),
 *    spaces anywhere ignored, no measure after it; an empty cell is no figure, anything else (a dash, 无) is
 *    not a number.
 */
import { toHalfWidth } from './numerals';

export type NumberInput = string | number | null | undefined;

export type ParsedFigure =
  | { kind: 'blank' }
  /** `suffix` is what followed the digits: '%', '‰', a measure word (件, 万元), or ''. */
  | { kind: 'number'; value: number; suffix: string }
  | { kind: 'invalid'; reason: 'not-a-number' | 'not-finite' | 'formula' | 'approximate' };

export type NumberMode = 'figure' | 'table-cell';

/** Digits with optional thousands grouping (1,102) and decimals; `rest` is whatever follows the number. */
const NUMBER = /^([+-]?)(?:(\d{1,3}(?:,\d{3})+)(\.\d+)?|(\d+(?:\.\d+)?|\.\d+)([eE][+-]?\d+)?)(.*)$/;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity|∞)$/i;
/** A measure word after the number: 件, 人次, 万元, or a percent / per-mille sign. */
const SUFFIX = /^(?:%|‰|[\u4e00-\u9fff]{1,4})$/;
/** "1000余件", "约50": approximations are not figures. */
const APPROXIMATE = /[余多]|左右|以上|以下|上下/;

const MODES: Record<NumberMode, { normalize: (text: string) => string; blank: RegExp; lenient: boolean }> = {
  // Cells that mean "no figure" in Chinese tables: empty, or a dash.
  figure: { normalize: normalizeNumberText, blank: /^(?:|[-—–]{1,2}|\/)$/, lenient: true },
  'table-cell': { normalize: (text) => toHalfWidth(text).replace(/\s+/g, ''), blank: /^$/, lenient: false },
};

const BLANK: ParsedFigure = { kind: 'blank' };
const invalid = (reason: Extract<ParsedFigure, { kind: 'invalid' }>['reason']): ParsedFigure => ({ kind: 'invalid', reason });

/** Full-width digits and punctuation to ASCII; the minus signs offices paste to "-". */
export function normalizeNumberText(text: string): string {
  return text.normalize('NFKC').replace(/[\u2212\u2012\u2013\ufe63]/g, '-').trim();
}

export function parseNumber(input: NumberInput, mode: NumberMode): ParsedFigure {
  if (input === null || input === undefined) return BLANK;
  if (typeof input === 'number') return Number.isFinite(input) ? { kind: 'number', value: input, suffix: '' } : invalid('not-finite');
  const { normalize, blank, lenient } = MODES[mode];
  const text = normalize(input);
  if (blank.test(text)) return BLANK;
  if (lenient) {
    if (text.startsWith('=')) return invalid('formula');
    if (NON_FINITE.test(text)) return invalid('not-finite');
    if (/^[约近逾超]/.test(text)) return invalid('approximate');
  }
  const match = NUMBER.exec(text);
  if (!match) return invalid('not-a-number');
  const [, sign = '', grouped, groupedDecimals = '', plain = '', exponent = '', rest = ''] = match;
  const suffix = rest.trim();
  const digits = grouped !== undefined ? grouped.replace(/,/g, '') + groupedDecimals : plain + exponent;
  if (!lenient) {
    // Strict: the digits and nothing else; the value as written (a table's sums compare it as is).
    return suffix || exponent || plain.startsWith('.') ? invalid('not-a-number') : { kind: 'number', value: Number(sign + digits), suffix: '' };
  }
  if (suffix && APPROXIMATE.test(suffix)) return invalid('approximate');
  if (suffix && !SUFFIX.test(suffix)) return invalid('not-a-number');
  const value = Number(sign + digits);
  if (!Number.isFinite(value)) return invalid('not-finite');
  return { kind: 'number', value: value === 0 ? 0 : value, suffix };
}

/** A figure from a data file's cell or a report's sentence. */
export function parseFigure(input: NumberInput): ParsedFigure {
  return parseNumber(input, 'figure');
}

/** A report table cell's number (1,102 / 0 / 3.5, full-width too); null when the cell is empty. */
export function cellNumber(text: string): number | null | 'not-a-number' {
  const parsed = parseNumber(text, 'table-cell');
  return parsed.kind === 'number' ? parsed.value : parsed.kind === 'blank' ? null : 'not-a-number';
}

/** 万 and 亿 before a measure are multipliers, not measures: 1.3万 of 元 is 13000 元. */
export const MULTIPLIER_POWERS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/**
 * A figure typed with 万 or 亿 (1.3万, 2.05亿元), in the measure its row states: 1.3万 in a 元 column is 13000
 * (the suffix left is what followed 万: '' or 元); in a 万元 column 1.3万 is 1.3 万元 as written. Anything else is returned as it came, so
 * a real mismatch (件 in a 元 column, 1.3万件 in a 元 column) still shows.
 */
export function inStatedMeasure(value: number, suffix: string, measure: string): { value: number; suffix: string } {
  const multiplier = suffix.charAt(0);
  const power = MULTIPLIER_POWERS[multiplier];
  if (power === undefined || !measure) return { value, suffix };
  const stated = measure.normalize('NFKC');
  const rest = suffix.slice(1);
  if (stated.startsWith(multiplier)) return rest ? { value, suffix } : { value, suffix: measure };
  if (rest && rest.normalize('NFKC') !== stated) return { value, suffix };
  return { value: shiftDecimal(value, power), suffix: rest };
}

/** value × 10^power, shifting the decimal point in the text: 1.1万 is 11000, where 1.1 * 10000 is 11000.000000000002. */
export function shiftDecimal(value: number, power: number): number {
  const scaled = Number(`${value}e${power}`);
  return Number.isFinite(scaled) ? scaled : value * 10 ** power;
}
