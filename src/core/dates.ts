import { CHINESE_NUMERAL_CLASS, parseChineseCount, parseChineseDigits, toHalfWidth } from './numerals';

export interface ReportDate {
  year: number;
  month: number;
  day: number;
  /** True when month or day is zero-padded (01月), which GB/T 9704 forbids (虚位). */
  padded: boolean;
  /** True for 二〇二一年一月二十八日; GB/T 9704—2012 asks for Arabic numerals. */
  chineseNumerals: boolean;
  /** Written as a date line should not be (2025.1.20, 2025-01-20, 元月, 20号): read, so the closing is still found. */
  loose?: true;
  /** A day the month does not have (2月30日): read, so the closing is still found, and named. */
  impossible?: true;
}

const ARABIC_DATE_SOURCE = '(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';
const CHINESE_DATE_SOURCE = `([〇○零一二三四五六七八九]{4})年(${CHINESE_NUMERAL_CLASS}{1,3})月(${CHINESE_NUMERAL_CLASS}{1,3})日`;
const ARABIC_DATE = new RegExp(`^${ARABIC_DATE_SOURCE}$`);
const CHINESE_DATE = new RegExp(`^${CHINESE_DATE_SOURCE}$`);
/** 2025.1.20, 2025-01-20, 2025/1/20; 2025年元月20日, 2025年1月20号. */
const LOOSE_DATE_SOURCE = String.raw`(\d{4})\s*(?:[.．\-－/／]\s*(\d{1,2})\s*[.．\-－/／]\s*(\d{1,2})|年\s*(\d{1,2}|元)\s*月\s*(\d{1,2})\s*[日号])`;
const LOOSE_DATE = new RegExp(`^${LOOSE_DATE_SOURCE}$`);
const TRAILING_DATE = new RegExp(`(${ARABIC_DATE_SOURCE}|${CHINESE_DATE_SOURCE})\\s*$`);
/** A loose date ending a line, not the end of a longer number (V12025.1.20). */
const TRAILING_LOOSE_DATE = new RegExp(String.raw`(?<![\d.．\-－/／])(${LOOSE_DATE_SOURCE})\s*$`);

/** Reads a line that is a date and nothing else (成文日期), in Arabic or Chinese numerals. */
export function parseDateLine(text: string): ReportDate | undefined {
  const line = toHalfWidth(text).replace(/[\s\u3000]+/g, ' ').trim();
  const arabic = ARABIC_DATE.exec(line);
  if (arabic) {
    const [, y, m, d] = arabic as unknown as [string, string, string, string];
    return valid(Number(y), Number(m), Number(d), /^0/.test(m) || /^0/.test(d), false);
  }
  const chinese = CHINESE_DATE.exec(line.replace(/ /g, ''));
  if (chinese) {
    const [, y, m, d] = chinese as unknown as [string, string, string, string];
    const year = parseChineseDigits(y);
    const month = parseChineseCount(m);
    const day = parseChineseCount(d);
    if (year === undefined || month === undefined || day === undefined) return undefined;
    return valid(year, month, day, false, true);
  }
  return undefined;
}

/**
 * Reads a line written as a date in a form a 成文日期 should not take (2025.1.20, 2025-01-20, 元月, 20号): the last
 * line under a signature is its date all the same, and the check gives the standard form.
 */
export function parseLooseDateLine(text: string): ReportDate | undefined {
  const loose = LOOSE_DATE.exec(toHalfWidth(text).replace(/[\s\u3000]+/g, ' ').trim());
  if (!loose) return undefined;
  const [, y, m1, d1, m2, d2] = loose;
  const date = valid(Number(y), m2 === '元' ? 1 : Number(m1 ?? m2), Number(d1 ?? d2), false, false);
  return date && { ...date, loose: true };
}

/** Finds a date at the end of a line such as "重庆市某某局 2021年1月28日" (or, loosely written, "… 2021.1.28"). */
export function splitTrailingDate(text: string): { before: string; date: ReportDate; dateText: string } | undefined {
  const plain = toHalfWidth(text);
  const standard = TRAILING_DATE.exec(plain);
  const match = standard ?? TRAILING_LOOSE_DATE.exec(plain);
  if (!match) return undefined;
  const date = standard ? parseDateLine(match[1] ?? '') : parseLooseDateLine(match[1] ?? '');
  // toHalfWidth keeps every character's place: the date's words are cut from the line as written.
  return date ? { before: text.slice(0, match.index).trim(), date, dateText: text.slice(match.index).trim() } : undefined;
}

function valid(year: number, month: number, day: number, padded: boolean, chineseNumerals: boolean): ReportDate | undefined {
  if (year < 1949 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const impossible = day > new Date(Date.UTC(year, month, 0)).getUTCDate() ? { impossible: true as const } : {};
  return { year, month, day, padded, chineseNumerals, ...impossible };
}

/**
 * The year a paragraph or heading opens with when it says what the text is about (2024年，我局…; 2024年度…): not one
 * it looks back from (2019年以来, 2019年起, 2019年至今) nor a date of an event (2023年12月，我办印发…).
 */
export function openingYear(text: string): number | undefined {
  const opens = OPENING_YEAR.exec(toHalfWidth(text));
  return opens ? Number(opens[1]) : undefined;
}

/** Whether the year named at `at` (as yearsAt gives it) is one the text looks back from: 2019年以来, 2019年起. */
export function looksBackFrom(text: string, at: number): boolean {
  return LOOKS_BACK.test(toHalfWidth(text).slice(at));
}

const LOOKING_BACK = String.raw`年\s*(?:以来|来|起|至今|至)`;
const OPENING_YEAR = new RegExp(String.raw`^\s*(\d{4})\s*(?!${LOOKING_BACK}|年\s*\d{1,2}\s*月)年`);
const LOOKS_BACK = new RegExp(String.raw`^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*${LOOKING_BACK}`);

/** Four-digit years named in a text (2020年, 2020 年度, 二〇二〇年), excluding ranges such as 2021—2025年. */
export function yearsNamed(text: string): number[] {
  return yearsAt(text).map((found) => found.year);
}

/** The years named in a text with where each is (its offset in the text), in the order they come. */
export function yearsAt(text: string): Array<{ year: number; at: number }> {
  // Ranges are blanked to the same length, so offsets stay those of the text.
  const plain = toHalfWidth(text).replace(/\d{4}\s*[—–\-－~～至到]+\s*\d{4}\s*年?/g, (range) => ' '.repeat(range.length));
  const years: Array<{ year: number; at: number }> = [];
  for (const m of plain.matchAll(/(?<!\d)(\d{4})\s*年/g)) years.push({ year: Number(m[1]), at: m.index ?? 0 });
  for (const m of plain.matchAll(/([〇○零一二三四五六七八九]{4})\s*年/g)) {
    const year = parseChineseDigits(m[1] ?? '');
    if (year !== undefined) years.push({ year, at: m.index ?? 0 });
  }
  return years.filter((y) => y.year >= 1949 && y.year <= 2200).sort((a, b) => a.at - b.at);
}
