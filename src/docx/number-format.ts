/** Formats a list counter the way Word shows it for a w:numFmt value. */

const IDEOGRAPH_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CHINESE_LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CHINESE_UNITS = ['', '十', '百', '千'];
const CHINESE_LEGAL_UNITS = ['', '拾', '佰', '仟'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Formats we know; anything else falls back to decimal (and the caller warns). */
export function isKnownNumberFormat(format: string): boolean {
  return Object.prototype.hasOwnProperty.call(FORMATTERS, format);
}

/** Labels already made, per format, for the counters lists reach (1 to 999): a batch of reports asks for the same few. */
const MADE = new Map<string, string[]>();
const MEMO_LIMIT = 1000;

export function formatListNumber(value: number, format: string): string {
  const formatter = isKnownNumberFormat(format) ? FORMATTERS[format] : undefined;
  if (!formatter) return String(value);
  if (!(Number.isInteger(value) && value >= 1 && value < MEMO_LIMIT)) return formatter(value);
  let made = MADE.get(format);
  if (!made) MADE.set(format, (made = []));
  return (made[value] ??= formatter(value));
}

const FORMATTERS: Record<string, (n: number) => string> = {
  decimal: (n) => String(n),
  decimalHalfWidth: (n) => String(n),
  decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: (n) => toFullWidth(String(n)),
  decimalFullWidth2: (n) => toFullWidth(String(n)),
  none: () => '',
  bullet: () => '', // the bullet character comes from w:lvlText
  chineseCounting: (n) => chineseNumber(n, CHINESE_DIGITS, CHINESE_UNITS, '万', '亿', true),
  chineseCountingThousand: (n) => chineseNumber(n, CHINESE_DIGITS, CHINESE_UNITS, '万', '亿', true),
  chineseLegalSimplified: (n) => chineseNumber(n, CHINESE_LEGAL_DIGITS, CHINESE_LEGAL_UNITS, '万', '亿', false),
  ideographDigital: (n) => [...String(n)].map((digit) => IDEOGRAPH_DIGITS[Number(digit)] ?? digit).join(''),
  ideographTraditional: (n) => cyclic(n, HEAVENLY_STEMS),
  ideographZodiac: (n) => cyclic(n, EARTHLY_BRANCHES),
  decimalEnclosedCircle: (n) => enclosed(n, 0x2460, 20),
  decimalEnclosedCircleChinese: (n) => enclosed(n, 0x2460, 20),
  decimalEnclosedParen: (n) => enclosed(n, 0x2474, 20),
  decimalEnclosedFullstop: (n) => enclosed(n, 0x2488, 20),
  upperLetter: (n) => letters(n).toUpperCase(),
  lowerLetter: (n) => letters(n),
  upperRoman: (n) => roman(n),
  lowerRoman: (n) => roman(n).toLowerCase(),
};

function toFullWidth(ascii: string): string {
  return ascii.replace(/[0-9-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
}

function cyclic(n: number, symbols: string): string {
  if (n < 1) return String(n);
  return symbols[(n - 1) % symbols.length] ?? String(n);
}

function enclosed(n: number, firstCodePoint: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCharCode(firstCodePoint + n - 1) : String(n);
}

/** Past 30 letters (780), decimal: a hostile start value would otherwise make every label megabytes long. */
const MAX_LETTER_REPEAT = 30;

/** Word's letter lists repeat the letter past Z: 27 → "aa", 28 → "bb". */
function letters(n: number): string {
  if (n < 1 || n > 26 * MAX_LETTER_REPEAT) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n >= 4000) return String(n);
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/**
 * Chinese numerals: 一 … 十, 十一, 二十一, 一百零一, 一千零五, 一万二千. `dropLeadingOne` gives
 * "十一" rather than "一十一" for 10-19, as everyday (non-legal) counting does.
 */
function chineseNumber(
  n: number,
  digits: readonly string[],
  units: readonly string[],
  tenThousand: string,
  hundredMillion: string,
  dropLeadingOne: boolean,
): string {
  if (!Number.isSafeInteger(n) || n < 0) return String(n);
  if (n === 0) return digits[0] ?? '0';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  const groupUnits = ['', tenThousand, hundredMillion, tenThousand + hundredMillion];
  let out = '';
  let zeroPending = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g] ?? 0;
    if (group === 0) {
      zeroPending = out !== '';
      continue;
    }
    if (out !== '' && (zeroPending || group < 1000)) out += digits[0];
    out += chineseGroup(group, digits, units) + (groupUnits[g] ?? '');
    zeroPending = false;
  }
  if (dropLeadingOne && n >= 10 && n < 20) out = out.slice(1);
  return out;
}

/** One group of up to four digits (千百十个), with 零 for inner zeros. */
function chineseGroup(group: number, digits: readonly string[], units: readonly string[]): string {
  let out = '';
  let zeroPending = false;
  for (let position = 3; position >= 0; position--) {
    const digit = Math.floor(group / 10 ** position) % 10;
    if (digit === 0) {
      zeroPending = out !== '';
      continue;
    }
    if (zeroPending) out += digits[0];
    out += (digits[digit] ?? '') + (units[position] ?? '');
    zeroPending = false;
  }
  return out;
}
