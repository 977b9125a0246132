/** Chinese counting numerals as reports use them: 一 … 十 … 九十九 (headings), 〇一二 digit runs (dates). */
const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const DIGIT_CHARS = '〇○零一二两三四五六七八九';

export const CHINESE_NUMERAL_CLASS = `[${DIGIT_CHARS}十百]`;

/** Parses 一, 十一, 二十, 二十三, 一百零二; returns undefined for anything else. */
export function parseChineseCount(text: string): number | undefined {
  if (!text || !/^[〇○零一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let pending = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (pending || 1) * 100;
      pending = 0;
    } else if (ch === '十') {
      total += (pending || 1) * 10;
      pending = 0;
    } else {
      pending = DIGITS[ch] ?? 0;
    }
  }
  return total + pending;
}

/** Parses a digit-by-digit run such as 二〇二一 (years in dates). */
export function parseChineseDigits(text: string): number | undefined {
  if (!text) return undefined;
  let value = 0;
  for (const ch of text) {
    const digit = DIGITS[ch];
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** 1 → 一, 11 → 十一, 21 → 二十一: the counting form GB/T 9704 headings use. */
export function formatChineseCount(value: number): string {
  const names = '〇一二三四五六七八九';
  if (value < 10) return names[value] ?? String(value);
  if (value < 20) return '十' + (value % 10 ? names[value % 10] : '');
  if (value < 100) return names[Math.floor(value / 10)] + '十' + (value % 10 ? names[value % 10] : '');
  return String(value);
}

/** Full-width digits and letters to ASCII, so "２０２１" reads as 2021. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
