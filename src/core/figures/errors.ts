/**
 * Why a whole data file could not be read, in both languages, each saying what to do about it.
 * Readers return these (never throw them) so the pane can always show something useful.
 */
import { formatNumber } from './format';
import type { DataFileError, FatalCode, Localized } from './model';

type Params = Record<string, string | number>;

const count = (n: string | number | undefined) => formatNumber(Number(n ?? 0));
const mib = (bytes: string | number) => (Number(bytes) / (1024 * 1024)).toFixed(1);

const FATAL: Record<FatalCode, (p: Params) => Localized> = {
  'empty-file': () => ({
    'zh-CN': '文件是空的（没有内容）：请选择法制机构提供的数据文件。',
    'en-US': 'The file is empty: choose the data file the legal-affairs office keeps.',
  }),
  'too-large': (p) => ({
    'zh-CN': `文件过大（${mib(p.bytes ?? 0)} MB，上限 ${mib(p.limit ?? 0)} MB）：请只保留需要的单位和年度后重试。`,
    'en-US': `The file is too large (${mib(p.bytes ?? 0)} MB; the limit is ${mib(p.limit ?? 0)} MB): keep only the units and years you need and try again.`,
  }),
  'too-many-rows': (p) => ({
    'zh-CN': `文件超过 ${count(p.limit)} 行（上限），已停止读取：请拆分文件，或只保留需要的年度。`,
    'en-US': `The file has more than ${count(p.limit)} rows (the limit), so reading stopped: split it, or keep only the years you need.`,
  }),
  'too-many-columns': (p) => ({
    'zh-CN': `第 ${p.row} 行有 ${count(p.count)} 列，超过上限 ${p.limit} 列，已停止读取：这不像数据表，请检查是否选错了文件或分隔符。`,
    'en-US': `Row ${p.row} has ${count(p.count)} columns, more than the limit of ${p.limit}, so reading stopped: this does not look like a data table; check the file and its separator.`,
  }),
  'unknown-layout': (p) => ({
    'zh-CN':
      `看不出表格的格式：前 ${p.rows} 行里没有可识别的表头。需要“单位、年度、指标、数值、计量单位”几列（长表），` +
      `或“单位、指标、计量单位”再加每年一列如“2023”“2024”（宽表）。找到的表头：${p.found || '（无）'}。`,
    'en-US':
      `The table's layout cannot be told: none of the first ${p.rows} rows is a header we know. Use the columns unit, year, indicator, value, measure (long layout), ` +
      `or unit, indicator, measure and one column per year such as 2023, 2024 (wide layout). Headers found: ${p.found || '(none)'}.`,
  }),
  'missing-columns': (p) => ({
    'zh-CN': `第 ${p.row} 行的表头缺少“${p.missingZh}”列（找到的表头：${p.found}）：请补上这些列，或把表头改成可识别的名称（如“年度”“数值”）。`,
    'en-US': `The header in row ${p.row} lacks the column(s) ${p.missingEn} (headers found: ${p.found}): add them, or rename the headers to names we know (e.g. year, value).`,
  }),
  'unsupported-format': (p) => ({
    'zh-CN': `不支持“${p.ext || '无扩展名'}”文件：请使用 .xlsx、.csv 或 .json 数据文件。`,
    'en-US': `“${p.ext || 'no extension'}” files are not supported: use a .xlsx, .csv or .json data file.`,
  }),
  'is-docx': () => ({
    'zh-CN': '这是 Word 文档（.docx），不是 Excel 表格：请选择数据文件（.xlsx、.csv 或 .json）。',
    'en-US': 'This is a Word document (.docx), not an Excel workbook: choose the data file (.xlsx, .csv or .json).',
  }),
  'encrypted-or-xls': () => ({
    'zh-CN': '这是加密（受密码保护）的 Excel 文件，或旧版 .xls 文件，无法读取：请在 Excel 中取消密码并另存为 .xlsx 后重试。',
    'en-US': 'This is a password-protected Excel file or a legacy .xls file, which cannot be read: remove the password in Excel and save it as .xlsx, then try again.',
  }),
  'not-xlsx': (p) => ({
    'zh-CN': `文件扩展名是 ${p.ext}，但它不是 Excel 工作簿（不是 zip 压缩包）${p.looksLike === 'text' ? '，看起来是文本文件：如果是 CSV，请把扩展名改为 .csv' : '：请在 Excel 中打开并另存为 .xlsx'}。`,
    'en-US': `The file is named ${p.ext} but is not an Excel workbook (not a zip archive)${p.looksLike === 'text' ? '; it looks like text: if it is a CSV file, rename it to .csv' : ': open it in Excel and save it as .xlsx'}.`,
  }),
  'zip-too-large': (p) => ({
    'zh-CN': `文件中的 ${p.entry} 解压后过大（${count(p.size)} 字节，上限 ${count(p.limit)} 字节），已拒绝读取：请检查文件来源，或只保留需要的数据。`,
    'en-US': `The entry ${p.entry} is too large when unzipped (${count(p.size)} bytes; the limit is ${count(p.limit)}), so it was refused: check where the file came from, or keep only the data you need.`,
  }),
  'zip-refused': () => ({
    'zh-CN': '这个 Excel 文件的压缩内容与它声明的不符（可能已损坏、加密或被篡改），已拒绝读取：请在 Excel 中打开并重新另存为 .xlsx。',
    'en-US': "This Excel file's compressed content does not match what it declares (it may be corrupt, encrypted or forged), so it was refused: open it in Excel and save it again as .xlsx.",
  }),
  'xlsx-invalid': (p) => ({
    'zh-CN': `无法读取这个 Excel 文件（可能已损坏或不完整：${p.detail}）：请在 Excel 中打开并重新另存为 .xlsx。`,
    'en-US': `This Excel file cannot be read (it may be corrupt or truncated: ${p.detail}): open it in Excel and save it again as .xlsx.`,
  }),
  binary: (p) => ({
    'zh-CN': `文件扩展名是 ${p.ext}，但内容不是文本（含二进制数据）：请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后重试。`,
    'en-US': `The file is named ${p.ext} but its content is not text (it holds binary data): in Excel, Save As → CSV UTF-8 (Comma delimited), then try again.`,
  }),
  encoding: () => ({
    'zh-CN': '无法识别文件的文字编码：请另存为 UTF-8 编码的 CSV 后重试。',
    'en-US': "The file's text encoding cannot be told: save it as a UTF-8 CSV and try again.",
  }),
  'json-syntax': (p) => ({
    'zh-CN': `JSON 格式错误：第 ${p.line} 行第 ${p.column} 列${p.found ? `的“${p.found}”` : '（文件在这里提前结束）'}不合语法：请检查那里及前面的逗号、引号和括号。`,
    'en-US': `The JSON is not valid at line ${p.line}, column ${p.column}${p.found ? ` (“${p.found}”)` : ' (the file ends too soon)'}: check the commas, quotes and brackets there and just before.`,
  }),
  'json-shape': (p) => ({
    'zh-CN': `JSON 的结构不对（${p.found}）：应为 {"figures": [ {"unit": …, "year": …, "indicator": …, "value": …} ]}，或这样的记录组成的数组。`,
    'en-US': `The JSON has the wrong shape (${p.found}): expected {"figures": [ {"unit": …, "year": …, "indicator": …, "value": …} ]} or an array of such records.`,
  }),
  aborted: () => ({ 'zh-CN': '已取消读取。', 'en-US': 'Reading was cancelled.' }),
  internal: (p) => ({
    'zh-CN': `读取文件时出错（${p.detail}）：请把文件另存一份后重试；如仍出错，请联系技术支持。`,
    'en-US': `Something went wrong reading the file (${p.detail}): save a fresh copy and try again; if it persists, contact support.`,
  }),
};

/**
 * Builds the error with its message. With params.sheet (an .xlsx with several sheets) the message says which
 * sheet was read and how to point the reader at another.
 */
export function fatal(code: FatalCode, params: Params = {}): DataFileError {
  const message = FATAL[code](params);
  if (params.sheet === undefined) return { code, params, message };
  return {
    code,
    params,
    message: {
      'zh-CN': `工作表“${params.sheet}”：${message['zh-CN']}（数据在别的工作表时，请把那个工作表命名为“数据”。）`,
      'en-US': `Sheet “${params.sheet}”: ${message['en-US']} (If the figures are on another sheet, name that sheet “figures” or “数据”.)`,
    },
  };
}

export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
