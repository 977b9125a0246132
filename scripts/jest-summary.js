#!/usr/bin/env node
'use strict';
// Runs jest with its usual output, then prints the plain "N passed, N failed" line CI reads,
// and exits non-zero on any failure (a failed test, a suite that would not run, or no tests at all).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const resultFile = path.join(root, 'test-output', 'jest-results.json');
fs.mkdirSync(path.dirname(resultFile), { recursive: true });
fs.rmSync(resultFile, { force: true });

const jest = require.resolve('jest/bin/jest');
const run = spawnSync(process.execPath, [jest, '--json', `--outputFile=${resultFile}`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });

if (!fs.existsSync(resultFile)) {
  console.log('0 passed, 1 failed');
  console.error('jest wrote no results (exit ' + run.status + ')');
  process.exit(1);
}
const results = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
console.log(`${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests} skipped`);
process.exit(run.status !== 0 || failed > 0 || results.numPassedTests === 0 ? 1 : 0);
