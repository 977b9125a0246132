import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { progressLine, PROGRESS_FROM_FILES } from '../../src/cli/progress';

const folder = mkdtempSync(join(tmpdir(), 'report-check-progress-'));
const report = (n: number) => ['关于2024年度法治政府建设情况的报告', '一、2024年度推进法治政府建设的主要举措和成效', `全年办结事项${n}件。`, '某某局', '2025年1月20日'].join('\n');
const files = Array.from({ length: PROGRESS_FROM_FILES + 2 }, (_, n) => {
  const file = join(folder, `报告${String(n).padStart(2, '0')}.txt`);
  writeFileSync(file, report(n));
  return file;
});

function recorded(argv: string[]): Array<[number, number, string]> {
  const calls: Array<[number, number, string]> = [];
  runCli(argv, undefined, { progress: (done, total, lang) => calls.push([done, total, lang]) });
  return calls;
}

describe('a long batch says how far it is', () => {
  test('before each file and once at the end, in the output language', () => {
    const total = files.length;
    expect(recorded([...files, '--lang', 'en-US'])).toEqual([...Array.from({ length: total + 1 }, (_, done) => [done, total, 'en-US'])]);
  });

  test('never with --json, and not for a few files', () => {
    expect(recorded(['--json', ...files])).toEqual([]);
    expect(recorded(files.slice(0, PROGRESS_FROM_FILES - 1))).toEqual([]);
  });

  test("one line on a terminal's stderr, rewritten in place and erased at the end; nothing when stderr is not a terminal", () => {
    const written: string[] = [];
    const terminal = { isTTY: true, write: (chunk: string) => written.push(chunk) };
    const progress = progressLine(terminal);
    progress?.(3, 12, 'zh-CN');
    progress?.(4, 12, 'en-US');
    progress?.(12, 12, 'zh-CN');
    expect(written).toEqual(['\r\x1b[K已检查 3/12 个文件', '\r\x1b[Kchecked 4 of 12 files', '\r\x1b[K']);
    expect(progressLine({ isTTY: false, write: () => true })).toBeUndefined();
    expect(progressLine({ write: () => true })).toBeUndefined();
  });
});
