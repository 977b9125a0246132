/** report-check finds figures still to be filled in without a data file: such a report is never “ready”. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';

test('a complete report with XX件 and 【数据】 in it, no --data: errors on their lines, not ready, exit 1', () => {
  const complete = readFileSync(join(__dirname, '..', 'fixtures', 'complete-2023.txt'), 'utf8').split('\n');
  const at = complete.findIndex((line) => /\d+件/.test(line));
  expect(at).toBeGreaterThan(0);
  complete[at] = complete[at]!.replace(/\d+件/, 'XX件') + '举办讲座【数据】场。';
  const path = join(mkdtempSync(join(tmpdir(), 'report-check-')), 'draft.txt');
  writeFileSync(path, complete.join('\n'));
  const out = runCli([path]);
  const text = out.stdout.join('\n');
  expect(out.exitCode).toBe(1);
  expect(text).toContain(`第 ${at + 1} 行`);
  expect(text).toContain('“XX件”是待填的数字：请填入实际数字。');
  expect(text).not.toContain('可以报送');
});
