/**
 * Messages about report files as a whole: why a .docx could not be read (each naming the part or entry and
 * what to do), what the .docx reader skipped while reading (warnings, never fatal), and why a report file
 * given to report-check was not read at all (missing, a folder, an old format, not text).
 */
import type { MessageTable } from '../render';

export const FILE_MESSAGES: MessageTable = {
  'file-not-found': { 'zh-CN': '文件不存在', 'en-US': 'no such file' },
  'file-is-folder': { 'zh-CN': '这是一个文件夹', 'en-US': 'is a folder' },
  'file-unreadable': { 'zh-CN': '无法读取文件（{detail}）', 'en-US': 'cannot read the file ({detail})' },
  'file-legacy-format': {
    'zh-CN': '旧版 .doc/.wps 格式无法读取，请在 Word 或 WPS 中另存为 .docx',
    'en-US': 'legacy .doc/.wps cannot be read: save it as .docx',
  },
  'file-unsupported-type': {
    'zh-CN': '不支持的文件类型“{ext}”，请用 .docx、.txt 或 .md',
    'en-US': 'unsupported file type "{ext}": use .docx, .txt or .md',
  },
  'file-no-extension': { 'zh-CN': '无扩展名', 'en-US': 'none' },
  'file-empty': { 'zh-CN': '文件是空的，没有可检查的文字', 'en-US': 'the file is empty: there is no text to check' },
  'file-no-permission': {
    'zh-CN': '没有读取这个文件的权限：请检查文件的访问权限，或把它复制到本机后再试',
    'en-US': 'no permission to read the file: check its access rights, or copy it to this computer and try again',
  },
  'file-busy': { 'zh-CN': '文件正被其他程序占用：请在那个程序中关闭它后再试', 'en-US': 'the file is in use by another program: close it there and try again' },
  'text-damaged-lines': {
    'zh-CN': '第 {lines} 行有几个字节不是 UTF-8 文字，已显示为“\ufffd”：请核对这些行',
    'en-US': { one: 'line {lines} has bytes that are not UTF-8 text, shown as “\ufffd”: check it', other: 'lines {lines} have bytes that are not UTF-8 text, shown as “\ufffd”: check them' },
  },
  'text-binary': { 'zh-CN': '这不是文本文件（含有二进制内容）', 'en-US': 'not a text file (binary content)' },
  'text-binary.docx': {
    'zh-CN': '这不是文本文件（含有二进制内容），看起来是 Word 文档（.docx）：请把扩展名改为 .docx 后再试',
    'en-US': 'not a text file (binary content); it looks like a Word document (.docx): rename it to .docx and try again',
  },
  'text-encoding': {
    'zh-CN': '无法识别文字编码：请另存为 UTF-8 编码后重试',
    'en-US': 'the text encoding cannot be told: save it as UTF-8 and try again',
  },

  'docx-encrypted-or-doc': {
    'zh-CN': '该文件是加密（受密码保护）的 .docx 或旧版 .doc 文件，无法读取；请在 Word 中取消密码保护并另存为 .docx 后重试。',
    'en-US': 'The file is an encrypted (password-protected) .docx or a legacy .doc file; remove the password and save it as a .docx, then try again.',
  },
  // What to do follows what went wrong: resave it, or get it again (from its sender, or a copy).
  'docx-not-zip': {
    'zh-CN': '不是有效的 .docx 文件（不是 zip 压缩包）：请在 Word 中打开它并另存为 .docx；打不开的，请重新获取这个文件。',
    'en-US': 'Not a valid .docx file (not a zip archive): open it in Word and save it as .docx; if it does not open, get the file again.',
  },
  'docx-unzip-failed': {
    'zh-CN': '不是有效的 .docx 文件（无法解压，文件可能已损坏或不完整）：请在 Word 中打开它并另存为 .docx；打不开的，请重新获取这个文件。（详情：{detail}）',
    'en-US': 'Not a valid .docx file (cannot unzip; the file may be corrupt or truncated): open it in Word and save it as .docx; if it does not open, get the file again. (Detail: {detail})',
  },
  'docx-entry-encrypted': {
    'zh-CN': '文件中的 {entry} 用 zip 密码加密，无法读取；请解除加密后重试。',
    'en-US': 'Entry {entry} is encrypted with a zip password; remove the encryption and try again.',
  },
  'docx-entry-too-large': {
    'zh-CN': '文件中的 {entry} 解压后过大（{size} 字节，上限 {limit} 字节），已拒绝读取。',
    'en-US': 'Entry {entry} is too large when unzipped ({size} bytes, limit {limit}); refused.',
  },
  'docx-total-too-large': {
    'zh-CN': '文件解压后总大小过大（超过 {limit} 字节），已拒绝读取。',
    'en-US': 'The unzipped content is too large (over {limit} bytes); refused.',
  },
  'docx-entry-overflows': {
    'zh-CN': '文件中的 {entry} 解压后超过它声明的 {size} 字节，文件已损坏或被篡改，已拒绝读取。',
    'en-US': 'Entry {entry} inflates to more than the {size} bytes it declares (size limit); the file is corrupt or forged; refused.',
  },
  'docx-no-main-part': {
    'zh-CN': '压缩包中没有 {part}，这不是 Word 文档（可能是改了扩展名的 .xlsx、.pptx 或 .odt 文件）。',
    'en-US': 'The archive has no {part}; it is not a Word document (perhaps a renamed .xlsx, .pptx or .odt file).',
  },
  'docx-not-body': {
    'zh-CN': '{part} 不是 Word 正文（根元素为 {root}），这不是 Word 文档（可能是改了扩展名的 .xlsx 或 .pptx 文件）：请在 Word 中打开报告，另存为 .docx 后再试。',
    'en-US': '{part} is not a Word document body (root element {root}), so it is not a Word document (perhaps a renamed .xlsx or .pptx file): open the report in Word, save it as .docx and try again.',
  },
  'docx-part-dtd': {
    'zh-CN': '{part} 含有 DTD（DOCTYPE）声明，出于安全考虑拒绝读取。',
    'en-US': '{part} contains a DTD (DOCTYPE) declaration; refused for safety.',
  },
  'docx-part-not-xml': {
    'zh-CN': '{part} 不是格式正确的 XML，文件可能已损坏（{detail}）。',
    'en-US': '{part} is not well-formed XML; the file may be corrupt ({detail}).',
  },
  'docx-xml-invalid': {
    'zh-CN': '文档中的 XML 格式不正确，文件可能已损坏（{detail}）。',
    'en-US': "The document's XML is not well-formed; the file may be corrupt ({detail}).",
  },
  'docx-failed': {
    'zh-CN': '读取 .docx 文件时出错，文件可能已损坏（{detail}）。',
    'en-US': 'Failed to read the .docx file; it may be corrupt ({detail}).',
  },

  /** Warnings: the document is read, without what they name. */
  'docx-part-ignored': { 'zh-CN': '{message}（已忽略）', 'en-US': '{message} (ignored)' },
  'docx-part-malformed': {
    'zh-CN': '{part} 的 XML 格式不正确（{detail}），已忽略。',
    'en-US': '{part} is not well-formed XML ({detail}); ignored.',
  },
  'docx-no-body': { 'zh-CN': '文档没有正文（w:body）。', 'en-US': 'The document has no body (w:body).' },
  'docx-field-unterminated': {
    'zh-CN': '文档中有未结束的域代码，其后的文字可能未读出。',
    'en-US': 'The document has an unterminated field; text after it may be missing.',
  },
  'docx-alt-chunk': {
    'zh-CN': '文档嵌入了外部内容（altChunk），其文字未读取，对各部分的判断不可靠。请在 Word 中打开并另存为 .docx 后再检查。',
    'en-US': 'The document embeds external content (altChunk); its text was not read, so the verdicts on its parts are unreliable. Open it in Word and save it as .docx, then check it again.',
  },
  'docx-style-missing': {
    'zh-CN': '段落样式“{id}”未在 styles.xml 中定义，按默认样式处理。',
    'en-US': 'Paragraph style "{id}" is not defined in styles.xml; treated as the default style.',
  },
  'docx-style-loop': { 'zh-CN': '样式“{id}”的 basedOn 链存在循环，已忽略。', 'en-US': 'The basedOn chain of style "{id}" loops; ignored.' },
  'docx-no-numbering': {
    'zh-CN': '文档引用了编号，但缺少 numbering.xml，无法得出编号文字。',
    'en-US': 'The document uses numbering but has no numbering.xml; list labels are unavailable.',
  },
  'docx-numbering-missing': { 'zh-CN': '编号定义 {id} 不存在，已忽略。', 'en-US': 'Numbering definition {id} does not exist; ignored.' },
  'docx-number-format': {
    'zh-CN': '不支持的编号格式“{format}”，按阿拉伯数字显示。',
    'en-US': 'Unsupported number format "{format}"; shown as decimal.',
  },
};
