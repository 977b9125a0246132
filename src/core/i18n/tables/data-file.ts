/**
 * Messages about the office's data file: why a whole file could not be read (each saying what to do), and
 * problems with parts of it (a bad row never stops the others). Keys are the codes readers return.
 */
import { FIGURE_FINDING_MESSAGES } from './figure-findings';
import type { FigureCheck } from '../../figures/model';
import type { MessageTable } from '../render';

/** A cross-check the file declares fails in the file: the words of the report's figure-inconsistent finding. */
const KINDS: ReadonlyArray<FigureCheck['kind']> = ['at-most', 'sum', 'ratio'];
const CHECK_FAILED: MessageTable = Object.fromEntries(
  KINDS.map((kind) => {
    return [`check-failed.${kind}`, FIGURE_FINDING_MESSAGES[`figure-inconsistent.${kind}`] as MessageTable[string]];
  }),
);

const NUMBER_HINT = {
  'zh-CN': '请填写阿拉伯数字（如 1,102、97% 或 12331件），没有数据就留空',
  'en-US': 'write digits (e.g. 1,102, 97% or 12331件), or leave it blank when there is no figure',
};

export const DATA_FILE_MESSAGES: MessageTable = {
  'empty-file': {
    'zh-CN': '文件是空的（没有内容）：请选择法制机构提供的数据文件。',
    'en-US': 'The file is empty: choose the data file the legal-affairs office keeps.',
  },
  'too-large': {
    'zh-CN': '文件过大（{size} MB，上限 {limitSize} MB）：请只保留需要的单位和年度后重试。',
    'en-US': 'The file is too large ({size} MB; the limit is {limitSize} MB): keep only the units and years you need and try again.',
  },
  'too-many-rows': {
    'zh-CN': '文件超过 {limitText} 行（上限），已停止读取：请拆分文件，或只保留需要的年度。',
    'en-US': 'The file has more than {limitText} rows (the limit), so reading stopped: split it, or keep only the years you need.',
  },
  'too-many-columns': {
    'zh-CN': '第 {row} 行有 {countText} 列，超过上限 {limit} 列，已停止读取：这不像数据表，请检查是否选错了文件或分隔符。',
    'en-US': 'Row {row} has {countText} columns, more than the limit of {limit}, so reading stopped: this does not look like a data table; check the file and its separator.',
  },
  'unknown-layout': {
    'zh-CN':
      '看不出表格的格式：前 {rows} 行里没有可识别的表头。需要“单位、年度、指标、数值、计量单位”几列（长表），' +
      '或“单位、指标、计量单位”再加每年一列如“2023”“2024”（宽表）。找到的表头：{foundText}。',
    'en-US':
      'The table’s layout cannot be told: none of the first {rows} rows is a header we know. Use the columns unit, year, indicator, value, measure (long layout), ' +
      'or unit, indicator, measure and one column per year such as 2023, 2024 (wide layout). Headers found: {foundText}.',
  },
  'missing-columns': {
    'zh-CN': '第 {row} 行的表头缺少“{missing}”列（找到的表头：{found}）：请补上这些列，或把表头改成可识别的名称（如“年度”“数值”）。',
    'en-US': 'The header in row {row} lacks the column(s) {missing} (headers found: {found}): add them, or rename the headers to names we know (e.g. year, value).',
  },
  'unsupported-format': {
    'zh-CN': '不支持“{extName}”文件：请使用 .xlsx、.csv 或 .json 数据文件。',
    'en-US': '“{extName}” files are not supported: use a .xlsx, .csv or .json data file.',
  },
  'is-docx': {
    'zh-CN': '这是 Word 文档（.docx），不是 Excel 表格：请选择数据文件（.xlsx、.csv 或 .json）。',
    'en-US': 'This is a Word document (.docx), not an Excel workbook: choose the data file (.xlsx, .csv or .json).',
  },
  'encrypted-or-xls': {
    'zh-CN': '这是加密（受密码保护）的 Excel 文件，或旧版 .xls 文件，无法读取：请在 Excel 中取消密码并另存为 .xlsx 后重试。',
    'en-US': 'This is a password-protected Excel file or a legacy .xls file, which cannot be read: remove the password in Excel and save it as .xlsx, then try again.',
  },
  'not-xlsx': {
    'zh-CN': '文件扩展名是 {ext}，但它不是 Excel 工作簿（不是 zip 压缩包）：请在 Excel 中打开并另存为 .xlsx。',
    'en-US': 'The file is named {ext} but is not an Excel workbook (not a zip archive): open it in Excel and save it as .xlsx.',
  },
  'not-xlsx.text': {
    'zh-CN': '文件扩展名是 {ext}，但它不是 Excel 工作簿（不是 zip 压缩包），看起来是文本文件：如果是 CSV，请把扩展名改为 .csv。',
    'en-US': 'The file is named {ext} but is not an Excel workbook (not a zip archive); it looks like text: if it is a CSV file, rename it to .csv.',
  },
  'zip-too-large': {
    'zh-CN': '文件中的 {entry} 解压后过大（{sizeText} 字节，上限 {limitText} 字节），已拒绝读取：请检查文件来源，或只保留需要的数据。',
    'en-US': 'The entry {entry} is too large when unzipped ({sizeText} bytes; the limit is {limitText}), so it was refused: check where the file came from, or keep only the data you need.',
  },
  'zip-refused': {
    'zh-CN': '这个 Excel 文件的压缩内容与它声明的不符（可能已损坏、加密或被篡改），已拒绝读取：请在 Excel 中打开并重新另存为 .xlsx。',
    'en-US': 'This Excel file’s compressed content does not match what it declares (it may be corrupt, encrypted or forged), so it was refused: open it in Excel and save it again as .xlsx.',
  },
  'xlsx-invalid': {
    'zh-CN': '无法读取这个 Excel 文件（可能已损坏或不完整：{detail}）：请在 Excel 中打开并重新另存为 .xlsx。',
    'en-US': 'This Excel file cannot be read (it may be corrupt or truncated: {detail}): open it in Excel and save it again as .xlsx.',
  },
  binary: {
    'zh-CN': '文件扩展名是 {ext}，但内容不是文本（含二进制数据）：请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后重试。',
    'en-US': 'The file is named {ext} but its content is not text (it holds binary data): in Excel, Save As → CSV UTF-8 (Comma delimited), then try again.',
  },
  encoding: {
    'zh-CN': '无法识别文件的文字编码：请另存为 UTF-8 编码的 CSV 后重试。',
    'en-US': 'The file’s text encoding cannot be told: save it as a UTF-8 CSV and try again.',
  },
  'json-syntax': {
    'zh-CN': 'JSON 格式错误：第 {line} 行第 {column} 列的“{found}”不合语法：请检查那里及前面的逗号、引号和括号。',
    'en-US': 'The JSON is not valid at line {line}, column {column} (“{found}”): check the commas, quotes and brackets there and just before.',
  },
  'json-syntax.end': {
    'zh-CN': 'JSON 格式错误：第 {line} 行第 {column} 列（文件在这里提前结束）不合语法：请检查那里及前面的逗号、引号和括号。',
    'en-US': 'The JSON is not valid at line {line}, column {column} (the file ends too soon): check the commas, quotes and brackets there and just before.',
  },
  'json-shape': {
    'zh-CN': 'JSON 的结构不对（{found}）：应为 {"figures": [ {"unit": …, "year": …, "indicator": …, "value": …} ]}，或这样的记录组成的数组。',
    'en-US': 'The JSON has the wrong shape ({found}): expected {"figures": [ {"unit": …, "year": …, "indicator": …, "value": …} ]} or an array of such records.',
  },
  aborted: { 'zh-CN': '已取消读取。', 'en-US': 'Reading was cancelled.' },
  internal: {
    'zh-CN': '读取文件时出错（{detail}）：请把文件另存一份后重试；如仍出错，请联系技术支持。',
    'en-US': 'Something went wrong reading the file ({detail}): save a fresh copy and try again; if it persists, contact support.',
  },
  /** Any of the above for a workbook with several sheets: which sheet was read, and how to point at another. */
  'in-sheet': {
    'zh-CN': '工作表“{sheet}”：{message}（数据在别的工作表时，请把那个工作表命名为“数据”。）',
    'en-US': 'Sheet “{sheet}”: {message} (If the figures are on another sheet, name that sheet “figures” or “数据”.)',
  },

  'not-a-number': {
    'zh-CN': `“{text}”不是数字：${NUMBER_HINT['zh-CN']}。`,
    'en-US': `“{text}” is not a number: ${NUMBER_HINT['en-US']}.`,
  },
  'not-a-number.formula': {
    'zh-CN': '“{text}”是公式文字，不会被计算，也不是数字：请在 Excel 中换成数值（复制后“选择性粘贴 → 值”）。',
    'en-US': '“{text}” is formula text, which is never evaluated and is not a number: replace it with its value in Excel (Copy, then Paste Special → Values).',
  },
  'not-a-number.approximate': { 'zh-CN': '“{text}”是约数：请填写确切数字。', 'en-US': '“{text}” is an approximation: write the exact figure.' },
  'not-finite': {
    'zh-CN': `“{text}”不是有效的数（NaN、无穷大或超出范围）：${NUMBER_HINT['zh-CN']}。`,
    'en-US': `“{text}” is not a usable number (NaN, infinite or out of range): ${NUMBER_HINT['en-US']}.`,
  },
  'bad-year': {
    'zh-CN': '“{text}”不是年份：请写四位年份，如 2024 或 2024年。',
    'en-US': '“{text}” is not a year: write a four-digit year such as 2024.',
  },
  'missing-cell': {
    'zh-CN': '这一行没有填{field}：请补上，否则这一行不会读入。',
    'en-US': 'This row has no {field}: fill it in, or the row is not loaded.',
  },
  'missing-cell.unknown-keys': {
    'zh-CN': '这条记录没有{field}：其中的 {keys} 不是认得的键，数值请写在“value”或“数值”下，否则这条记录不会读入。',
    'en-US': 'This record has no {field}: {keys} is not a key the reader knows; put the figure under “value” (or “数值”), or the record is not loaded.',
  },
  'measure-mismatch': {
    'zh-CN': '数字后写的“{suffix}”与计量单位“{measure}”不一致：已按“{measure}”读入，请核对。',
    'en-US': 'The “{suffix}” after the number does not match the measure “{measure}”: read as “{measure}”; check it.',
  },
  'fractional-count': {
    'zh-CN': '“{measure}”是整数计数，这里的数字却是 {value}，带小数：是否把千位分隔符写成了小数点（如 1,102 写成 1.102）？请核对后改正。',
    'en-US': '“{measure}” counts whole things, yet the figure here is {value}, with a fraction: was a thousands separator typed as a decimal point (1,102 as 1.102)? Check it and correct it.',
  },
  duplicate: {
    'zh-CN': '与{other}重复（同一单位、年度、指标：{unit}、{year}、{indicator}）：已采用{other}，请删去其中一条。',
    'en-US': 'Repeats {other} (same unit, year and indicator: {unit}, {year}, {indicator}): {other} was used; delete one of them.',
  },
  'bad-record': {
    'zh-CN': '这一项不是记录（{found}）：每条记录应是 {"unit": …, "year": …, "indicator": …, "value": …}。',
    'en-US': 'This item is not a record ({found}): each record is {"unit": …, "year": …, "indicator": …, "value": …}.',
  },
  'bad-check': { 'zh-CN': '校验规则有误：{detail}。', 'en-US': 'This check is not valid: {detail}.' },
  /** What is wrong with a declared check, by variant: bad-check's {detail}. */
  'check-detail.array': { 'zh-CN': '应为一个数组', 'en-US': 'expected an array' },
  'check-detail.object': { 'zh-CN': '应为一个对象', 'en-US': 'expected an object' },
  'check-detail.kind': { 'zh-CN': '类型“{kind}”未知，应为 at-most、sum 或 ratio', 'en-US': 'unknown kind “{kind}”; use at-most, sum or ratio' },
  'check-detail.name': { 'zh-CN': '应为指标名称', 'en-US': 'expected an indicator name' },
  'check-detail.parts': { 'zh-CN': '应为至少两个指标名称组成的数组', 'en-US': 'expected an array of at least two indicator names' },
  'check-detail.tolerance': { 'zh-CN': '应为不小于 0 的数', 'en-US': 'expected a number ≥ 0' },
  'check-detail.unknown-field': { 'zh-CN': '“{field}”不是这类校验的字段', 'en-US': '“{field}” is not a field of this kind of check' },
  'check-detail.sheet-columns': { 'zh-CN': '校验表需要“类型、左项、右项”三列', 'en-US': 'the checks sheet needs the columns kind, left, right' },
  ...CHECK_FAILED,
  'no-figures': {
    'zh-CN': '文件里有表头，但没有读到任何数字：请检查数据行。',
    'en-US': 'The file has a header but no figures were read: check the data rows.',
  },
  'csv-quote': {
    'zh-CN': '这一行的引号没有配对，后面几行可能被并进了一格：请在 Excel 中打开核对，再另存为 CSV。',
    'en-US': 'A quote in this row is not closed, so the following lines may have run into one cell: check it in Excel and save the CSV again.',
  },
  'extra-cells': {
    'zh-CN': '这一行有 {count} 格，比表头的 {columns} 列多，看不出每格属于哪一列，这一行没有读入：请检查没加引号的逗号（如数字里的千位逗号）。',
    'en-US': 'This row has {count} cells, more than the header’s {columns} columns, so which cell is which cannot be told and the row was not loaded: look for a comma without quotes (such as a thousands separator).',
  },
  'extra-cells.split': {
    'zh-CN': '“{value},{next}”像是一个数被没加引号的千位逗号拆成了两格，这一行没有读入：请写成 {value}{next}，或给这一格加上引号（"{value},{next}"）。',
    'en-US': '“{value},{next}” looks like one number split into two cells by a thousands separator without quotes, so the row was not loaded: write {value}{next}, or put the cell in quotes ("{value},{next}").',
  },
  'sheet-skipped': { 'zh-CN': '这个工作表没有读入：{reason}', 'en-US': 'This sheet was not read: {reason}' },
  'columns-skipped': {
    'zh-CN': '{from} 列起的 {count} 列没有读入（超过 {limit} 列的上限）：请把这些列移到另一个工作表。',
    'en-US': {
      one: 'The column {from} was not read (past the limit of {limit} columns): move it to another sheet.',
      other: 'The {count} columns from column {from} on were not read (past the limit of {limit} columns): move them to another sheet.',
    },
  },
  'formula-value': {
    'zh-CN': '公式“{formula}”没有保存计算结果（文件可能不是由 Excel 保存的），这一格没有读入：请在 Excel 中打开、重新计算后保存，或把这一格换成数值。',
    'en-US': 'The formula “{formula}” has no saved result (the file may not have been saved by Excel), so the cell was not read: open it in Excel, recalculate and save, or replace the cell with its value.',
  },
  'formula-value.error': {
    'zh-CN': '公式“{formula}”的结果是错误值 {error}，这一格没有读入：请在 Excel 中改正公式，或填入数值。',
    'en-US': 'The formula “{formula}” gives the error value {error}, so the cell was not read: correct the formula in Excel, or write the figure.',
  },
  'extension-mismatch': {
    'zh-CN': '文件扩展名是 {ext}，但内容是 {actual} 文件：已按 {actual} 读取，建议改正扩展名。',
    'en-US': 'The file is named {ext} but is a {actual} file: it was read as {actual}; consider renaming it.',
  },

  /** Where a problem is, before its message: 工作表“数据”第 5 行“数值”列（C 列）. */
  'place.sheet': { 'zh-CN': '工作表“{sheet}”', 'en-US': 'sheet “{sheet}”' },
  'place.row': { 'zh-CN': '第 {row} 行', 'en-US': 'row {row}' },
  'place.column': { 'zh-CN': '“{column}”列', 'en-US': 'column “{column}”' },
  'place.column-letter': { 'zh-CN': '（{letter} 列）', 'en-US': ' ({letter})' },
  'place.column-unnamed': { 'zh-CN': '', 'en-US': 'column' },
  'place.separator': { 'zh-CN': '', 'en-US': ', ' },
  'place.before-message': { 'zh-CN': '{place}：{message}', 'en-US': '{place}: {message}' },
  'place.other-row': { 'zh-CN': '第 {row} 行', 'en-US': 'row {row}' },
  'place.earlier-record': { 'zh-CN': '前一条', 'en-US': 'an earlier record' },
  'field.unit': { 'zh-CN': '单位', 'en-US': 'unit' },
  'field.year': { 'zh-CN': '年度', 'en-US': 'year' },
  'field.indicator': { 'zh-CN': '指标', 'en-US': 'indicator' },
  'field.value': { 'zh-CN': '数值', 'en-US': 'value' },
  'field.measure': { 'zh-CN': '计量单位', 'en-US': 'measure' },
  'field.note': { 'zh-CN': '备注', 'en-US': 'note' },
  'none-found': { 'zh-CN': '（无）', 'en-US': '(none)' },
  'no-extension': { 'zh-CN': '无扩展名', 'en-US': 'no extension' },
};
