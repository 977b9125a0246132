#!/usr/bin/env node
'use strict';
// `npm run fuzz`: the property tests with many more cases than `npm test` runs (FUZZ_RUNS, default 10000; set it
// to change). Prints each test's status and time per file, the total wall time, and exits non-zero on any failure.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const FILES = [
  'tests/core/properties.test.ts',
  'tests/docx/fuzz.test.ts',
  'tests/word/properties.test.ts',
  'tests/word/links-properties.test.ts',
  'tests/hardening/fuzz.test.ts',
  'tests/figures/hostile.test.ts',
  'tests/figures/json-checks.test.ts',
  'tests/figures/numbers.test.ts',
  'tests/figures/tags.test.ts',
];
const runs = process.env.FUZZ_RUNS || '10000';
const resultFile = path.join(root, 'test-output', 'fuzz-results.json');
fs.mkdirSync(path.dirname(resultFile), { recursive: true });
fs.rmSync(resultFile, { force: true });

console.log(`Fuzzing with FUZZ_RUNS=${runs} cases per property: ${FILES.join(', ')}`);
const started = Date.now();
// A long per-test timeout: a property's time grows with FUZZ_RUNS; jest's timeout is only a hang guard here.
const jest = require.resolve('jest/bin/jest');
const run = spawnSync(
  process.execPath,
  [jest, '--runTestsByPath', ...FILES, '--testTimeout=3600000', '--json', `--outputFile=${resultFile}`],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, FUZZ_RUNS: runs } },
);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

if (!fs.existsSync(resultFile)) {
  console.error(`jest wrote no results (exit ${run.status}); total ${seconds(Date.now() - started)}`);
  process.exit(1);
}
const results = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
let failed = results.numRuntimeErrorTestSuites;
for (const file of results.testResults) {
  const name = path.relative(root, file.name);
  const ok = file.status === 'passed';
  console.log(`\n${ok ? 'PASS' : 'FAIL'} ${name}  (${seconds(file.endTime - file.startTime)})`);
  if (file.assertionResults.length === 0 && file.message) console.log(file.message.split('\n').slice(0, 12).join('\n'));
  for (const test of file.assertionResults) {
    const mark = { passed: '✓', failed: '✗', pending: '-', skipped: '-' }[test.status] ?? '?';
    console.log(`  ${mark} ${test.fullName}  (${seconds(test.duration ?? 0)})`);
    if (test.status === 'failed') {
      failed += 1;
      console.log(test.failureMessages.map((m) => m.split('\n').slice(0, 30).join('\n')).join('\n'));
    }
  }
}
const missing = FILES.filter((f) => !results.testResults.some((r) => path.relative(root, r.name) === f));
for (const file of missing) console.log(`\nFAIL ${file}  (did not run)`);
console.log(`\n${results.numPassedTests} passed, ${failed + missing.length} failed; FUZZ_RUNS=${runs}; total wall time ${seconds(Date.now() - started)}`);
process.exit(run.status !== 0 || failed > 0 || missing.length > 0 ? 1 : 0);
