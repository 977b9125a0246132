import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportReadError, readReport } from '../../src/cli/read-report';
import { bilingual, render } from '../../src/core/i18n/catalog';
import { DocxReadError, readDocx } from '../../src/docx/read-docx';
import { readText } from '../../src/text/read-text';
import { buildDocx, WORD_STYLES } from '../helpers/ooxml';

const HAN = /[\u4e00-\u9fff]/;

describe('what the readers say is a diagnostic, rendered in the reader’s language where it is shown', () => {
  test('the .docx reader’s warnings: as notices, each once, and in both languages as warnings', () => {
    const body = ['正文', ...['甲', '乙', '丙'].map((text) => ({ kind: 'p' as const, style: 'NoSuchStyle', content: text })), { kind: 'p' as const, numbering: { numId: 9 }, content: '编号' }];
    const doc = readDocx(buildDocx({ styles: WORD_STYLES, body }));
    expect(doc.notices?.map((n) => [n.code, n.severity, n.params])).toEqual([
      ['docx-style-missing', 'warning', { id: 'NoSuchStyle' }],
      ['docx-no-numbering', 'warning', {}],
    ]);
    expect(doc.warnings).toEqual(doc.notices?.map(bilingual));
    expect(render(doc.notices?.[0] ?? { code: '', params: {} }, 'en-US')).toBe('Paragraph style "NoSuchStyle" is not defined in styles.xml; treated as the default style.');
    expect(readText('一、总体情况').notices).toEqual([]);
  });

  test('a .docx that cannot be read: the error carries its diagnostic; its message has both languages', () => {
    let error: unknown;
    try {
      readDocx(new TextEncoder().encode('not a zip at all'));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DocxReadError);
    const { diagnostic, message } = error as DocxReadError;
    expect(diagnostic).toEqual({ code: 'docx-not-zip', severity: 'error', params: {} });
    expect(message).toBe(bilingual(diagnostic));
    expect(render(diagnostic, 'zh-CN')).toBe('不是有效的 .docx 文件（不是 zip 压缩包）：请在 Word 中打开它并另存为 .docx；打不开的，请重新获取这个文件。');
    expect(render(diagnostic, 'en-US')).not.toMatch(HAN);
  });

  describe('report-check’s files', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'report-read-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));
    const codeOf = (path: string) => {
      try {
        readReport(path);
      } catch (error) {
        if (error instanceof ReportReadError) return [error.diagnostic.code, error.diagnostic.params, error.message];
      }
      return undefined;
    };
    const file = (name: string, bytes: Uint8Array | string) => {
      const path = join(scratch, name);
      writeFileSync(path, bytes);
      return path;
    };

    test('why a report file was not read, with the old wording in both languages', () => {
      mkdirSync(join(scratch, 'folder.txt'));
      expect(codeOf(join(scratch, 'absent.txt'))).toEqual(['file-not-found', {}, '文件不存在 / no such file']);
      expect(codeOf(join(scratch, 'folder.txt'))).toEqual(['file-is-folder', {}, '这是一个文件夹 / is a folder']);
      expect(codeOf(file('old.doc', 'x'))?.[0]).toBe('file-legacy-format');
      expect(codeOf(file('report', 'x'))?.[2]).toBe('不支持的文件类型“无扩展名”，请用 .docx、.txt 或 .md / unsupported file type "none": use .docx, .txt or .md');
      expect(codeOf(file('image.txt', new Uint8Array([0x89, 0x50, 0, 1])))).toEqual(['text-binary', {}, '这不是文本文件（含有二进制内容） / not a text file (binary content)']);
    });
  });
});
