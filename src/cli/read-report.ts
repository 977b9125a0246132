import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { ReportDocument } from '../core/document';
import { readDocx } from '../docx/read-docx';
import { readText } from '../text/read-text';

export class ReportReadError extends Error {}

/** Reads a report file by its extension; throws ReportReadError with a message that says what to do. */
export function readReport(path: string): ReportDocument {
  const ext = extname(path).toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在 / no such file' : code === 'EISDIR' ? '这是一个文件夹 / is a folder' : String((error as Error).message);
    throw new ReportReadError(why);
  }
  if (ext === '.docx') return readDocx(bytes);
  if (ext === '.txt' || ext === '.md' || ext === '.markdown') return readText(decodeText(bytes));
  if (ext === '.doc' || ext === '.wps') {
    throw new ReportReadError('旧版 .doc/.wps 格式无法读取，请在 Word 或 WPS 中另存为 .docx / legacy .doc/.wps cannot be read: save it as .docx');
  }
  throw new ReportReadError(`不支持的文件类型“${ext || '无扩展名'}”，请用 .docx、.txt 或 .md / unsupported file type "${ext || 'none'}": use .docx, .txt or .md`);
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 as Chinese Windows saves text. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new ReportReadError('这不是文本文件（含有二进制内容） / not a text file (binary content)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
