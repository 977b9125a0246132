/**
 * Numbers as offices type them: 1,102 / １，１０２ / 97% / 12331件 / -3 / blank. Formula text is never evaluated:
 * "=SUM(A1:A3)" is just text that is not a number.
 */
import type { Cell } from './model';

export type ParsedFigure =
  | { kind: 'blank' }
  /** `suffix` is what followed the digits: '%', '‰', a measure word (件, 万元), or ''. */
  | { kind: 'number'; value: number; suffix: string }
  | { kind: 'invalid'; reason: 'not-a-number' | 'not-finite' | 'formula' | 'approximate' };

/** Cells that mean "no figure" in Chinese tables: empty, or a dash. */
const BLANK = /^(?:|[-—–]{1,2}|\/)$/;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity|∞)$/i;
/** Digits with optional thousands grouping (1,102), decimals and, without grouping, an exponent (1e309). */
const NUMBER = /^([+-]?)(?:(\d{1,3}(?:,\d{3})+)(\.\d+)?|(\d+(?:\.\d+)?|\.\d+)([eE][+-]?\d+)?)(.*)$/;
/** A measure word after the number: 件, 人次, 万元, or a percent / per-mille sign. */
const SUFFIX = /^(?:%|‰|[\u4e00-\u9fff]{1,4})$/;
/** "1000余件", "约50": approximations are not figures. */
const APPROXIMATE = /[余多]|左右|以上|以下|上下/;

/** Full-width digits and punctuation to ASCII; the minus signs offices paste to "-". */
export function normalizeNumberText(text: string): string {
  return text.normalize('NFKC').replace(/[\u2212\u2012\u2013\ufe63]/g, '-').trim();
}

export function parseFigure(cell: Cell): ParsedFigure {
  if (cell === null || cell === undefined) return { kind: 'blank' };
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? { kind: 'number', value: cell, suffix: '' } : { kind: 'invalid', reason: 'not-finite' };
  }
  const text = normalizeNumberText(cell);
  if (BLANK.test(text)) return { kind: 'blank' };
  if (text.startsWith('=')) return { kind: 'invalid', reason: 'formula' };
  if (NON_FINITE.test(text)) return { kind: 'invalid', reason: 'not-finite' };
  if (/^[约近逾超]/.test(text)) return { kind: 'invalid', reason: 'approximate' };
  const match = NUMBER.exec(text);
  if (!match) return { kind: 'invalid', reason: 'not-a-number' };
  const [, sign = '', grouped, groupedDecimals = '', plain, exponent = '', rest = ''] = match;
  const suffix = rest.trim();
  if (suffix && APPROXIMATE.test(suffix)) return { kind: 'invalid', reason: 'approximate' };
  if (suffix && !SUFFIX.test(suffix)) return { kind: 'invalid', reason: 'not-a-number' };
  const digits = grouped !== undefined ? grouped.replace(/,/g, '') + groupedDecimals : `${plain ?? ''}${exponent}`;
  const value = Number(sign + digits);
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'not-finite' };
  return { kind: 'number', value: value === 0 ? 0 : value, suffix };
}

/** A year cell: 2024, "2024", "2024年", "2024年度", full-width digits. Whole years 1900–2100 only. */
export function parseYear(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1900 && cell <= 2100 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const match = /^(\d{4})(?:年度?)?$/.exec(normalizeNumberText(cell).replace(/\s+/g, ''));
  const year = match ? Number(match[1]) : NaN;
  return year >= 1900 && year <= 2100 ? year : undefined;
}

/** Text of a label cell (unit, indicator, measure): numbers as written, whitespace runs collapsed. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).replace(/[\s\u3000]+/g, ' ').trim();
}

/** The measure an indicator names in trailing brackets: "出庭应诉率（%）" → "%". Used when the measure column is blank. */
export function measureInName(indicator: string): string {
  const match = /[（(]\s*([^（）()]{1,6}?)\s*[）)]\s*$/.exec(indicator.normalize('NFKC'));
  return match ? (match[1] as string) : '';
}
