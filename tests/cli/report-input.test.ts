import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runCli } from '../../src/cli/main';
import { fileErrorCode } from '../../src/cli/read-report';
import { buildDocx } from '../helpers/ooxml';

const scratch = mkdtempSync(join(tmpdir(), 'report-check-input-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
const lines = ['2024年度法治政府建设情况报告', '一、2024年度推进法治政府建设的主要举措和成效', '全年办结行政复议案件四十二件。', '二、存在的不足和原因', '执法力量仍显不足。'];
const json = (out: { stdout: string[] }) => JSON.parse(out.stdout.join('\n')).files[0];

describe('report files as offices have them', () => {
  test('UTF-8 with one bad byte is read as UTF-8, and the line with the bad byte is named', () => {
    const bytes = Buffer.from(lines.join('\n'));
    const third = Buffer.from(lines.slice(0, 2).join('\n') + '\n全').length;
    const damaged = Buffer.concat([bytes.subarray(0, third), Buffer.from([0xff]), bytes.subarray(third)]);
    const out = runCli(['--json', write('damaged.txt', damaged)]);
    expect(json(out).reportYear).toBe(2024);
    expect(json(out).parts.find((p: { id: string }) => p.id === 'measures').status).toBe('present');
    expect(out.stderr.join('\n')).toContain('第 3 行有几个字节不是 UTF-8 文字');
  });

  test('UTF-16LE without a byte-order mark is text, not "binary"', () => {
    const out = runCli(['--json', write('utf16.txt', iconv.encode(lines.join('\r\n'), 'utf-16le'))]);
    expect(out.stderr).toEqual([]);
    expect(json(out).reportYear).toBe(2024);
  });

  test('an empty file, or one with only blank lines, says so instead of listing every part as missing', () => {
    for (const [name, content] of [['empty.txt', ''], ['blank.txt', '\n  \n\u3000\n'], ['empty.docx', buildDocx({ body: [''] })]] as const) {
      const out = runCli([write(name, content)]);
      expect(out.exitCode).toBe(2);
      expect(out.stdout.join('\n')).toContain('文件是空的，没有可检查的文字');
      expect(out.stdout.join('\n')).not.toContain('missing-part');
    }
  });

  const root = process.getuid?.() === 0;
  (root ? test.skip : test)('a file the user may not read gets words that say what to do, not the system’s English', () => {
    const locked = write('locked.txt', lines.join('\n'));
    chmodSync(locked, 0o000);
    expect(runCli([locked]).stderr.join('\n')).toContain('没有读取这个文件的权限');
  });

  test('the system’s reasons for not reading a file each have their own words', () => {
    const systemError = (code: string) => Object.assign(new Error(`${code}: from the system`), { code });
    expect(['EACCES', 'EPERM', 'EBUSY', 'ENOENT', 'EISDIR', 'EIO'].map((code) => fileErrorCode(systemError(code)))).toEqual([
      'file-no-permission',
      'file-no-permission',
      'file-busy',
      'file-not-found',
      'file-is-folder',
      'file-unreadable',
    ]);
  });

  test('.docm and .dotx read like .docx', () => {
    const body = buildDocx({ body: lines });
    for (const name of ['macro.docm', 'template.dotx']) {
      const out = runCli(['--json', write(name, body)]);
      expect([out.exitCode, json(out).reportYear]).toEqual([1, 2024]);
    }
  });
});

describe('a report that cannot be read, as the results say it', () => {
  test('in the language asked for, with what to do; stderr and --json keep both languages, for logs', () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'report-check-broken-')), '损坏的报告.docx');
    writeFileSync(broken, 'PK\u0003\u0004 not really a zip');
    const zh = runCli([broken]);
    expect(zh.stdout.join('\n')).toContain('✗ 无法读取：不是有效的 .docx 文件');
    expect(zh.stdout.join('\n')).toContain('请在 Word 中打开它并另存为 .docx；打不开的，请重新获取这个文件');
    // The unzipper's own words are kept as a detail, for whoever looks into it.
    expect(zh.stdout.join('\n').replace(broken, '').replace(/（详情：[^）]*）/, '')).not.toMatch(/[A-Za-z]{6,}/);
    const en = runCli(['--lang', 'en', broken]).stdout.join('\n');
    expect(en).toContain('✗ cannot read: Not a valid .docx file');
    expect(en.replace(broken, '')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(zh.stderr.join('\n')).toMatch(/不是有效的 .docx 文件.* \/ Not a valid .docx file/);
    expect(JSON.parse(runCli(['--json', broken]).stdout.join('\n')).files[0].error).toMatch(/不是有效的.* \/ Not a valid/);
  });
});
