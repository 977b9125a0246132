import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { patternsOf } from '../../src/core/patterns';
import { BUILT_IN_PROFILES } from '../../src/core/profiles';

const scratch = mkdtempSync(join(tmpdir(), 'report-check-patterns-'));
const base = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'profiles', 'work-safety-annual.json'), 'utf8'));
const profileWith = (name: string, change: (profile: typeof base) => void) => {
  const profile = structuredClone(base);
  change(profile);
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(profile));
  return path;
};
// A 50-line report whose title-like lines do not end in 报告: on a backtracking engine ^(\S+\s*)+报告$ tries every
// way to split each run of characters (2^n for n characters).
const report = join(scratch, 'long.txt');
const heading = '关于二〇二四年度安全生产工作情况和二〇二五年度工作安排的说明材料汇编稿';
writeFileSync(report, [heading, ...Array.from({ length: 49 }, (_, i) => `${heading}第${i + 1}部分`)].join('\n'));

describe('patterns a user profile brings', () => {
  test(
    'a title cue with nested repetition returns at once: user patterns run on a linear-time engine',
    () => {
      const nested = profileWith('nested.json', (p) => (p.titleCues = ['^(\\S+\\s*)+报告$']));
      const out = runCli(['--json', '--profile', nested, report]);
      expect(out.exitCode).not.toBe(2);
      expect(JSON.parse(out.stdout.join('\n')).files[0].profile).toBe(base.id);
    },
    20_000,
  );

  test('a look-ahead, which the linear-time engine cannot run, is refused at load, naming the pattern and its field', () => {
    const ahead = profileWith('ahead.json', (p) => (p.titleCues = ['安全生产(?=工作)']));
    const out = runCli(['--profile', ahead, report]);
    expect(out.exitCode).toBe(2);
    expect(out.stderr.join('\n')).toContain('titleCues[0]: 正则表达式“安全生产(?=工作)”用到了安全匹配引擎不支持的写法');
  });

  test('\\s in a user pattern takes the ideographic space, as JavaScript reads it', () => {
    const spaced = profileWith('spaced.json', (p) => (p.titleCues = ['安全生产\\s工作']));
    const title = join(scratch, 'spaced.txt');
    writeFileSync(title, '2024年度安全生产\u3000工作情况报告\n一、主要工作\n正文。\n');
    const [file] = JSON.parse(runCli(['--json', '--profile', spaced, title]).stdout.join('\n')).files;
    expect(file.parts.find((p: { id: string }) => p.id === 'title')).toMatchObject({ status: 'present' });
  });
});

/** Whether a pattern repeats a group that itself repeats something: the shape that backtracks exponentially. */
function hasNestedRepetition(source: string): boolean {
  const plain = source.replace(/\\./g, 'e').replace(/\[[^\]]*\]/g, 'c');
  const stack: boolean[] = [];
  let lastGroupRepeats = false;
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i];
    const quantified = /[*+?{]/.test(plain[i + 1] ?? '') && !(plain[i + 1] === '?' && ch === '(');
    if (ch === '(') stack.push(false);
    else if (ch === ')') {
      lastGroupRepeats = stack.pop() ?? false;
      if (lastGroupRepeats && /[*+{]/.test(plain[i + 1] ?? '')) return true;
      if (stack.length && (lastGroupRepeats || quantified)) stack[stack.length - 1] = true;
    } else if (/[*+{]/.test(ch ?? '') && stack.length) stack[stack.length - 1] = true;
  }
  return false;
}

test('built-in profiles may keep native RegExp: none of their patterns repeats a repetition', () => {
  expect(hasNestedRepetition('^(\\S+\\s*)+报告$')).toBe(true);
  expect(hasNestedRepetition('(?:a|b)+c')).toBe(false);
  const nested = BUILT_IN_PROFILES.flatMap((profile) => patternsOf(profile).filter(({ source }) => hasNestedRepetition(source)));
  expect(nested).toEqual([]);
});
