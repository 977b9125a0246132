/**
 * Problems with parts of a data file: each names the place (row and column as Excel shows them, or the JSON
 * path) and says what to fix, in both languages. A problem never stops the other rows from loading.
 */
import type { DataProblem, Lang, Localized, Place, ProblemCode, Severity } from './model';
import { FIGURE_MESSAGES, renderTemplate } from './messages';

type Params = Record<string, string | number>;

export const PROBLEM_SEVERITY: Record<ProblemCode, Severity> = {
  'not-a-number': 'error',
  'not-finite': 'error',
  'bad-year': 'error',
  'missing-cell': 'error',
  'measure-mismatch': 'warning',
  duplicate: 'error',
  'bad-record': 'error',
  'bad-check': 'error',
  'check-failed': 'warning',
  'no-figures': 'warning',
  'csv-quote': 'warning',
  'extension-mismatch': 'info',
};

/** "工作表“数据”第 5 行“数值”列（C 列）" / "sheet “数据”, row 5, column “数值” (C)". */
export function placeLabel(place: Place, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const parts: string[] = [];
  if (place.sheet) parts.push(zh ? `工作表“${place.sheet}”` : `sheet “${place.sheet}”`);
  if (place.row !== undefined) parts.push(zh ? `第 ${place.row} 行` : `row ${place.row}`);
  if (place.column !== undefined || place.columnLetter) {
    const letter = place.columnLetter ? (zh ? `（${place.columnLetter} 列）` : ` (${place.columnLetter})`) : '';
    const name = place.column ? (zh ? `“${place.column}”列` : `column “${place.column}”`) : zh ? '' : 'column';
    parts.push(`${name}${letter}`);
  }
  if (place.path) parts.push(place.path);
  return parts.join(zh ? '' : ', ');
}

const NUMBER_HINT: Localized = {
  'zh-CN': '请填写阿拉伯数字（如 1,102、97% 或 12331件），没有数据就留空',
  'en-US': 'write digits (e.g. 1,102, 97% or 12331件), or leave it blank when there is no figure',
};

const TEXT: Record<ProblemCode, (p: Params) => Localized> = {
  'not-a-number': (p) =>
    p.reason === 'formula'
      ? { 'zh-CN': `“${p.text}”是公式文字，不会被计算，也不是数字：请在 Excel 中换成数值（复制后“选择性粘贴 → 值”）。`, 'en-US': `“${p.text}” is formula text, which is never evaluated and is not a number: replace it with its value in Excel (Copy, then Paste Special → Values).` }
      : p.reason === 'approximate'
        ? { 'zh-CN': `“${p.text}”是约数：请填写确切数字。`, 'en-US': `“${p.text}” is an approximation: write the exact figure.` }
        : { 'zh-CN': `“${p.text}”不是数字：${NUMBER_HINT['zh-CN']}。`, 'en-US': `“${p.text}” is not a number: ${NUMBER_HINT['en-US']}.` },
  'not-finite': (p) => ({
    'zh-CN': `“${p.text}”不是有效的数（NaN、无穷大或超出范围）：${NUMBER_HINT['zh-CN']}。`,
    'en-US': `“${p.text}” is not a usable number (NaN, infinite or out of range): ${NUMBER_HINT['en-US']}.`,
  }),
  'bad-year': (p) => ({
    'zh-CN': `“${p.text}”不是年份：请写四位年份，如 2024 或 2024年。`,
    'en-US': `“${p.text}” is not a year: write a four-digit year such as 2024.`,
  }),
  'missing-cell': (p) => ({
    'zh-CN': `这一行没有填${p.fieldZh}：请补上，否则这一行不会读入。`,
    'en-US': `This row has no ${p.fieldEn}: fill it in, or the row is not loaded.`,
  }),
  'measure-mismatch': (p) => ({
    'zh-CN': `数字后写的“${p.suffix}”与计量单位“${p.measure}”不一致：已按“${p.measure}”读入，请核对。`,
    'en-US': `The “${p.suffix}” after the number does not match the measure “${p.measure}”: read as “${p.measure}”; check it.`,
  }),
  duplicate: (p) => ({
    'zh-CN': `与${p.otherZh}重复（同一单位、年度、指标：${p.unit}、${p.year}、${p.indicator}）：已采用${p.otherZh}，请删去其中一条。`,
    'en-US': `Repeats ${p.otherEn} (same unit, year and indicator: ${p.unit}, ${p.year}, ${p.indicator}): ${p.otherEn} was used; delete one of them.`,
  }),
  'bad-record': (p) => ({
    'zh-CN': `这一项不是记录（${p.found}）：每条记录应是 {"unit": …, "year": …, "indicator": …, "value": …}。`,
    'en-US': `This item is not a record (${p.found}): each record is {"unit": …, "year": …, "indicator": …, "value": …}.`,
  }),
  'bad-check': (p) => ({
    'zh-CN': `校验规则有误：${p.detailZh}。`,
    'en-US': `This check is not valid: ${p.detailEn}.`,
  }),
  'check-failed': (p) => ({
    'zh-CN': renderTemplate(FIGURE_MESSAGES['zh-CN'][`figure-inconsistent.${p.variant}`] ?? '', p),
    'en-US': renderTemplate(FIGURE_MESSAGES['en-US'][`figure-inconsistent.${p.variant}`] ?? '', p),
  }),
  'no-figures': () => ({
    'zh-CN': '文件里有表头，但没有读到任何数字：请检查数据行。',
    'en-US': 'The file has a header but no figures were read: check the data rows.',
  }),
  'csv-quote': () => ({
    'zh-CN': '这一行的引号没有配对，后面几行可能被并进了一格：请在 Excel 中打开核对，再另存为 CSV。',
    'en-US': 'A quote in this row is not closed, so the following lines may have run into one cell: check it in Excel and save the CSV again.',
  }),
  'extension-mismatch': (p) => ({
    'zh-CN': `文件扩展名是 ${p.ext}，但内容是 ${p.actual} 文件：已按 ${p.actual} 读取，建议改正扩展名。`,
    'en-US': `The file is named ${p.ext} but is a ${p.actual} file: it was read as ${p.actual}; consider renaming it.`,
  }),
};

/** Builds a problem with its message ready: "第 5 行“数值”列（C 列）：“约一千”不是数字：…". */
export function problem(code: ProblemCode, place: Place, params: Params = {}, severity = PROBLEM_SEVERITY[code]): DataProblem {
  const text = TEXT[code](params);
  const where = (lang: Lang) => placeLabel(place, lang);
  const message: Localized = {
    'zh-CN': where('zh-CN') ? `${where('zh-CN')}：${text['zh-CN']}` : text['zh-CN'],
    'en-US': where('en-US') ? `${capitalize(where('en-US'))}: ${text['en-US']}` : text['en-US'],
  };
  return { code, severity, place, params, message };
}

/** How a duplicate's other place is named in the message: "第 3 行" / "row 3", or a JSON path. */
export function otherPlace(place: Place): { otherZh: string; otherEn: string } {
  if (place.row !== undefined) return { otherZh: `第 ${place.row} 行`, otherEn: `row ${place.row}` };
  return { otherZh: place.path ?? '前一条', otherEn: place.path ?? 'an earlier record' };
}

/** "row 5, …" starts a sentence; a JSON path is left as written. */
function capitalize(text: string): string {
  return /^(sheet|row|column)\b/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
