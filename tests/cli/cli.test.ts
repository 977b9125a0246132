import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runCli } from '../../src/cli/main';
import { buildDocx } from '../helpers/ooxml';

const fixtures = join(__dirname, '..', 'fixtures');
const complete = join(fixtures, 'complete-2023.txt');
const rough = join(fixtures, 'rough-draft-2024.txt');
const scratch = mkdtempSync(join(tmpdir(), 'report-check-'));
const scratchFile = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('report-check', () => {
  test('a clean report: a checklist of parts, "ready to send", exit 0', () => {
    const out = runCli([complete]);
    expect(out.exitCode).toBe(0);
    const text = out.stdout.join('\n');
    expect(text).toContain('✓ 主要举措和成效');
    expect(text).toContain('第 9 行');
    expect(text).toContain('可以报送');
  });

  test('a report with errors: ✗ and ! marks, findings with line numbers, exit 1', () => {
    const out = runCli([rough]);
    expect(out.exitCode).toBe(1);
    const text = out.stdout.join('\n');
    expect(text).toMatch(/✗ 党政主要负责人履行第一责任人职责\s+缺少/);
    expect(text).toMatch(/! 其他需要报告的情况\s+第 14 行 · 只有标题/);
    expect(text).toMatch(/第 13 行 {2}提示文字还没有替换/);
  });

  test('--lang en speaks English', () => {
    const text = runCli(['--lang', 'en', rough]).stdout.join('\n');
    expect(text).toContain('✗ Principal leaders');
    expect(text).toContain('line 13');
    expect(text).toContain('A prompt has not been replaced yet');
  });

  test('--json keeps the contract: files[].{file, profile, reportYear, parts[{id,status,at}], findings[{code,severity,part,message,at}]}', () => {
    const out = runCli(['--json', complete, rough]);
    const json = JSON.parse(out.stdout.join('\n'));
    expect(json.files).toHaveLength(2);
    const [first, second] = json.files;
    expect(first).toMatchObject({ file: complete, profile: 'rule-of-law-annual', reportYear: 2023 });
    expect(first.parts[2]).toEqual({ id: 'measures', status: 'present', at: 8 });
    expect(second.parts.find((p: { id: string }) => p.id === 'leader-duties')).toEqual({ id: 'leader-duties', status: 'missing', at: null });
    expect(second.findings[0]).toEqual(
      expect.objectContaining({ code: 'missing-part', severity: 'error', part: 'leader-duties', at: null, message: expect.any(String) }),
    );
    expect(out.exitCode).toBe(1);
  });

  test('an unreadable file is named with a clear message, exit 2, and the other files are still checked', () => {
    const notDocx = scratchFile('notes.docx', 'this is plain text pretending to be a docx');
    const out = runCli([notDocx, complete, join(scratch, 'absent.txt')]);
    expect(out.exitCode).toBe(2);
    expect(out.stderr.join('\n')).toMatch(/notes\.docx: .*docx/);
    expect(out.stderr.join('\n')).toMatch(/absent\.txt: 文件不存在/);
    expect(out.stdout.join('\n')).toContain('可以报送');
    const json = JSON.parse(runCli(['--json', notDocx, complete]).stdout.join('\n'));
    expect(json.files[0]).toEqual({ file: notDocx, error: expect.stringContaining('docx') });
    expect(json.files[1].profile).toBe('rule-of-law-annual');
  });

  test('legacy, unknown and binary files get a message that says what to do', () => {
    expect(runCli([scratchFile('old.doc', 'x')]).stderr.join('')).toContain('另存为 .docx');
    expect(runCli([scratchFile('report.pdf', 'x')]).stderr.join('')).toContain('.docx、.txt 或 .md');
    expect(runCli([scratchFile('binary.txt', new Uint8Array([0x41, 0, 0x42]))]).stderr.join('')).toContain('not a text file');
  });

  test('text saved as GB18030 (Excel and Notepad on Chinese Windows) or UTF-16 is decoded', () => {
    const text = '2023年度法治政府建设情况报告\n一、主要举措和成效\n正文。\n';
    const gb = scratchFile('gb.txt', iconv.encode(text, 'gb18030'));
    expect(runCli(['--json', gb]).stdout.join('')).toContain('"reportYear": 2023');
    const utf16 = scratchFile('utf16.txt', iconv.encode(text, 'utf-16le', { addBOM: true }));
    expect(runCli(['--json', utf16]).stdout.join('')).toContain('"reportYear": 2023');
  });

  test('bad usage: exit 2 with the usage text', () => {
    for (const argv of [[], ['--frobnicate', complete], ['--lang', 'fr', complete], ['--profile', 'no-such-profile', complete], ['--lang']]) {
      const out = runCli(argv);
      expect({ argv, exitCode: out.exitCode }).toEqual({ argv, exitCode: 2 });
      expect(out.stderr.join('\n')).toContain('Usage: report-check');
    }
    expect(runCli(['--help']).stdout.join('')).toContain('Usage');
  });

  test('--profile accepts the built-in id and a JSON file; a broken JSON file is a usage error', () => {
    expect(runCli(['--profile', 'rule-of-law-annual', complete]).exitCode).toBe(0);
    const broken = scratchFile('broken.json', '{ "id": ');
    expect(runCli(['--profile', broken, complete]).stderr.join('')).toContain('broken.json');
  });
});

describe('report-check with a profile written as JSON', () => {
  const profiles = join(fixtures, 'profiles');
  const safetyReport = join(fixtures, 'work-safety-2024.txt');

  test('its own parts and rules, with no code change; --json names the profile used', () => {
    const out = runCli(['--json', '--profile', join(profiles, 'work-safety-annual.json'), safetyReport]);
    const [file] = JSON.parse(out.stdout.join('\n')).files;
    expect(file.profile).toBe('work-safety-annual');
    expect(file.profileGuessed).toBe(false);
    expect(file.parts.map((p: { id: string; status: string }) => `${p.id}:${p.status}`)).toEqual([
      'title:present', 'work-done:present', 'accidents:present', 'hazards:present', 'next-steps:present', 'signature:present', 'date:present',
    ]);
    expect(file.findings.map((f: { code: string }) => f.code).sort()).toEqual(['date-late', 'plans-year', 'rectification-rate-missing']);
    expect(file.findings.find((f: { code: string }) => f.code === 'rectification-rate-missing').message).toBe('“隐患排查整改”没有写出隐患整改率。');
    expect(out.exitCode).toBe(0);
  });

  test('a broken profile: exit 2, each bad field named', () => {
    const out = runCli(['--profile', join(profiles, 'broken-profile.json'), safetyReport]);
    expect(out.exitCode).toBe(2);
    const text = out.stderr.join('\n');
    expect(text).toContain('needs fixing');
    expect(text).toMatch(/parts\[0\]\.cues\[0\]\.weight: /);
    expect(text).toMatch(/rules\[0\]\.colour: 未知字段/);
  });

  test('without --profile the profile is told from each title, and said so', () => {
    const json = JSON.parse(runCli(['--json', complete]).stdout.join('\n'));
    expect(json.files[0]).toMatchObject({ profile: 'rule-of-law-annual', profileGuessed: true });
    expect(runCli([complete]).stdout.join('\n')).toContain('法治政府建设年度情况报告（按标题判断）');
  });

  test('a Word document named .txt is said to look like one, with the name to give it', () => {
    const renamed = scratchFile('改名报告.txt', buildDocx({ body: ['2024年度法治政府建设情况报告', '一、主要举措和成效', '全年办结案件若干。'] }));
    const out = runCli([renamed]);
    expect(out.exitCode).toBe(2);
    expect(out.stderr.join('\n')).toContain('这不是文本文件（含有二进制内容），看起来是 Word 文档（.docx）：请把扩展名改为 .docx 后再试');
    expect(out.stderr.join('\n')).toContain('not a text file (binary content); it looks like a Word document (.docx): rename it to .docx and try again');
  });

  test('a workbook or any other zip named .txt is not said to be a Word document', () => {
    const zip = buildDocx({ body: ['一'] });
    const workbook = Buffer.from(zip).toString('latin1').split('word/document.xml').join('xl/workbook.xml01');
    const out = runCli([scratchFile('表格.txt', Buffer.from(workbook, 'latin1'))]);
    expect(out.exitCode).toBe(2);
    expect(out.stderr.join('\n')).toContain('这不是文本文件（含有二进制内容）');
    expect(out.stderr.join('\n')).not.toContain('Word');
  });

  test('a file whose type cannot be told says so in the text as --json does, and how to choose one', () => {
    const notes = scratchFile('会议纪要.txt', '周三例会纪要\n到会九人，议定两件事。\n下周再议场地安排。\n');
    const json = JSON.parse(runCli(['--json', notes]).stdout.join('\n'));
    expect(json.files[0]).toMatchObject({ profileGuessed: false, profileConfidence: 'fallback' });
    expect(runCli([notes]).stdout.join('\n')).toContain('法治政府建设年度情况报告（看不出报告类型，按此类型检查；可用 --profile 指定）');
    expect(runCli(['--lang', 'en', notes]).stdout.join('\n')).toContain('(type not told: checked as this one; choose with --profile)');
  });
});
