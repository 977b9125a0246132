/**
 * Reads .docx files that a real LibreOffice writes, when one is installed at /usr/bin/soffice.
 * Conversions take a few seconds each, hence the long timeout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../../src/docx/read-docx';
import { buildDocx, type BodySpec, CHINESE_REPORT_NUMBERING, WORD_STYLES } from '../helpers/ooxml';

const SOFFICE = '/usr/bin/soffice';
const hasSoffice = existsSync(SOFFICE);
const testWithSoffice = hasSoffice ? test : test.skip;
if (!hasSoffice) console.warn(`${SOFFICE} not found: skipping the LibreOffice round-trip tests.`);

const TIMEOUT_MS = 60_000;

/** Writes `content` to DIR/name, converts it with LibreOffice and returns the converted file's bytes. */
function convertWithLibreOffice(name: string, content: string | Uint8Array, filter = 'docx'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'docx-reader-'));
  try {
    const source = join(dir, name);
    writeFileSync(source, content);
    // A private profile directory, so a concurrently running LibreOffice cannot block this one.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    execFileSync(SOFFICE, [profile, '--headless', '--convert-to', filter, '--outdir', dir, source], { stdio: 'pipe', timeout: TIMEOUT_MS });
    const extension = filter.split(':')[0] ?? filter;
    return new Uint8Array(readFileSync(join(dir, name.replace(/\.[^.]+$/, `.${extension}`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('readDocx against a real LibreOffice', () => {
  testWithSoffice(
    'a .txt converted to .docx gives its lines back, empty lines included',
    () => {
      const lines = ['关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '（一）健全依法决策机制', '', '全年审查规范性文件12件，纠正3件。'];
      const doc = readDocx(convertWithLibreOffice('report.txt', `${lines.join('\n')}\n`));
      expect(doc.blocks.map((b) => b.text)).toEqual(lines);
      expect(doc.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4]);
      expect(doc.warnings).toEqual([]);
    },
    TIMEOUT_MS,
  );

  testWithSoffice(
    'an HTML page converted to .docx keeps heading levels, list labels, table cells and link text',
    () => {
      const html =
        '<html><head><meta charset="utf-8"></head><body>' +
        '<h1>一、主要举措和成效</h1><h2>（一）健全依法决策机制</h2><p>全年审查规范性文件12件。</p>' +
        '<ol><li>公众参与</li><li>专家论证</li></ol>' +
        '<table><tr><td>行政处罚</td><td>1,234件</td></tr></table>' +
        '<p>详见<a href="http://www.gov.cn/">中国政府网</a>。</p></body></html>';
      const doc = readDocx(convertWithLibreOffice('report.html', html, 'docx:MS Word 2007 XML'));
      expect(doc.blocks.map((b) => [b.text, b.kind, b.level, b.listString])).toEqual([
        ['一、主要举措和成效', 'heading', 1, undefined],
        ['（一）健全依法决策机制', 'heading', 2, undefined],
        ['全年审查规范性文件12件。', 'paragraph', undefined, undefined],
        ['公众参与', 'list-item', undefined, '1.'],
        ['专家论证', 'list-item', undefined, '2.'],
        ['行政处罚', 'table-cell', undefined, undefined],
        ['1,234件', 'table-cell', undefined, undefined],
        ['详见中国政府网。', 'paragraph', undefined, undefined],
      ]);
    },
    TIMEOUT_MS,
  );

  testWithSoffice(
    'LibreOffice opens builder output and shows the same list labels the reader computes',
    () => {
      const body: BodySpec[] = [
        ...Array.from({ length: 12 }, (_, i): BodySpec => ({ kind: 'p', style: '1', numbering: { numId: 1, ilvl: 0 }, content: `第${i + 1}部分` })),
        { kind: 'p', numbering: { numId: 1, ilvl: 1 }, content: '健全依法决策机制' },
        { kind: 'p', numbering: { numId: 1, ilvl: 2 }, content: '公众参与' },
        { kind: 'p', numbering: { numId: 1, ilvl: 3 }, content: '听证会' },
        { kind: 'p', numbering: { numId: 1, ilvl: 2 }, content: '专家论证' },
        { kind: 'p', numbering: { numId: 1, ilvl: 1 }, content: '规范行政执法' },
        '正文没有编号。',
      ];
      const docx = buildDocx({ styles: WORD_STYLES, numbering: CHINESE_REPORT_NUMBERING, body });
      const ours = readDocx(docx).blocks.map((b) => `${b.listString ? `${b.listString} ` : ''}${b.text}`);
      const exported = new TextDecoder().decode(convertWithLibreOffice('built.docx', docx, 'txt:Text (encoded):UTF8'));
      const theirs = exported.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
      expect(theirs).toEqual(ours);
      expect(ours.slice(10, 14)).toEqual(['十一、 第11部分', '十二、 第12部分', '（一） 健全依法决策机制', '1. 公众参与']);
    },
    TIMEOUT_MS,
  );
});
