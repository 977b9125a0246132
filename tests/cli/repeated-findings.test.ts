import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';

// A report whose one line uses an outdated formulation three times, and another line once: in the text output
// the three read alike (same line, same words) and are shown once with their count; --json keeps each.
const complete = readFileSync(join(__dirname, '..', 'fixtures', 'complete-2023.txt'), 'utf8').split('\n');
const outdated = '深入学习贯彻全面依法治国新理念新思想新战略';
const lines = [...complete.slice(0, 9), `我们${outdated}，以${outdated}指导实践，把${outdated}落到实处。`, `坚持${outdated}。`, ...complete.slice(9)];
const file = join(mkdtempSync(join(tmpdir(), 'report-check-')), 'repeated.txt');
writeFileSync(file, lines.join('\n'));

const outdatedLines = (text: string) => text.split('\n').filter((line) => line.includes('[formulation-outdated]'));

test('one phrase three times in one line is one line of the text output, counted; once in the next line, its own', () => {
  const zh = outdatedLines(runCli([file]).stdout.join('\n'));
  expect(zh).toHaveLength(2);
  expect(zh[0]).toMatch(/第 10 行 .*（共 3 处） {2}\[formulation-outdated\]$/);
  expect(zh[1]).toMatch(/第 11 行 /);
  expect(zh[1]).not.toContain('共');
  const en = outdatedLines(runCli(['--lang', 'en', file]).stdout.join('\n'));
  expect(en[0]).toMatch(/line 10 .* \(3 times\) {2}\[formulation-outdated\]$/);
});

test('--json keeps every finding', () => {
  const json = JSON.parse(runCli(['--json', file]).stdout.join('\n')) as { files: Array<{ findings: Array<{ code: string }> }> };
  expect(json.files[0]?.findings.filter((f) => f.code === 'formulation-outdated')).toHaveLength(4);
});
