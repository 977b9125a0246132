import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runCli } from '../../src/cli/main';

const scratch = mkdtempSync(join(tmpdir(), 'report-check-profile-input-'));
const fixtures = join(__dirname, '..', 'fixtures');
const profileText = readFileSync(join(fixtures, 'profiles', 'work-safety-annual.json'), 'utf8');
const write = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
// A late, short report of the profile's own type: its rules (deadline, mentions, part-year) all have something to say.
const report = write(
  'safety.txt',
  ['青禾县应急管理局2024年度安全生产工作报告', '一、2024年安全生产工作情况', '全年开展检查。', '二、生产安全事故情况', '全年未发生生产安全事故。', '三、隐患排查整改情况', '排查隐患若干处。', '四、2024年工作打算', '继续抓好。', '青禾县应急管理局', '2025年2月1日'].join('\n'),
);

describe('report-check --profile: files as Windows saves them, and codes named like built-in object members', () => {
  test('a profile saved as UTF-8 with a BOM, and one saved as GBK (Notepad on Chinese Windows), both load', () => {
    for (const bytes of [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(profileText)]), iconv.encode(profileText, 'gbk')]) {
      const out = runCli(['--json', '--profile', write('profile.json', bytes), report]);
      expect(out.stderr).toEqual([]);
      expect(JSON.parse(out.stdout.join('\n')).files[0].profile).toBe('work-safety-annual');
    }
  });

  const withCodes = (code: string) => {
    const profile = JSON.parse(profileText);
    for (const rule of profile.rules) rule.code = code;
    // No message of its own: the message is looked up by the code, and {constructor} in one is a name like any other.
    delete profile.rules[0].message;
    profile.rules[1].message = { 'zh-CN': '“{partName}”年份不对{constructor}', 'en-US': '“{partName}” names the wrong year{toString}' };
    return write(`${code}.json`, JSON.stringify(profile));
  };

  test('a rule code “constructor” is a code like any other: its severity and message are the rule’s', () => {
    const code = 'constructor';
    const out = runCli(['--json', '--profile', withCodes(code), report]);
    expect(out.stderr).toEqual([]);
    const findings: Array<{ code: string; severity: string; message: string }> = JSON.parse(out.stdout.join('\n')).files[0].findings;
    const own = findings.filter((f) => f.code === code);
    expect(own.length).toBeGreaterThanOrEqual(2);
    for (const f of own) {
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(typeof f.message).toBe('string');
      expect(f.message).not.toMatch(/function|\[object/);
    }
    expect(own.some((f) => f.message.endsWith('年份不对{constructor}'))).toBe(true);
    expect(runCli(['--lang', 'en', '--profile', withCodes(code), report]).exitCode).not.toBe(2);
  });

  test.each(['__proto__', 'toString', 'hasOwnProperty'])('a rule code “%s” is refused with the rule for codes, naming each field', (code) => {
    const out = runCli(['--profile', withCodes(code), report]);
    expect(out.exitCode).toBe(2);
    expect(out.stderr.join('\n')).toContain('rules[0].code: 只能用小写字母、数字和连字符');
  });

  test('a part id named like an object member is a part like any other', () => {
    const profile = JSON.parse(profileText.replace(/"hazards"/g, '"constructor"').replace(/"accidents"/g, '"valueof"'));
    const out = runCli(['--json', '--profile', write('part-ids.json', JSON.stringify(profile)), report]);
    expect(out.stderr).toEqual([]);
    const parts: Array<{ id: string; status: string }> = JSON.parse(out.stdout.join('\n')).files[0].parts;
    expect(parts.filter((p) => p.id === 'constructor' || p.id === 'valueof').map((p) => p.status)).toEqual(['present', 'present']);
  });
});
