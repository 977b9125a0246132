#!/usr/bin/env node
'use strict';
// The batch checker. Its TypeScript is compiled and bundled into lib/report-check.js by `npm install` (the prepare
// script, scripts/build-cli.js); Node compiles that one file once and keeps V8's code for the next runs.
const path = require('node:path');
const fs = require('node:fs');
const { requireWithCodeCache } = require('./code-cache');

const bundle = path.join(__dirname, '..', 'lib', 'report-check.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('report-check: not built yet; run `npm install` (or `npm run build:cli`) in ' + path.join(__dirname, '..') + '\n');
  process.exit(2);
}
const { exports: cli, keep } = requireWithCodeCache(bundle);
cli.runCliWithData(process.argv.slice(2), cli.terminalLayout()).then((result) => {
  if (result.stdout.length) process.stdout.write(result.stdout.join('\n') + '\n');
  if (result.stderr.length) process.stderr.write(result.stderr.join('\n') + '\n');
  keep();
  exitOnceWritten(result.exitCode);
});

/**
 * Exits once stdout and stderr have taken everything (the heap is not tidied, a last collection, only for the
 * process to end). Output that could not be written (a full disk) is said, with exit code 2; a pipe closed by
 * its reader (`| head`) is not.
 */
function exitOnceWritten(exitCode) {
  process.stdout.on('error', () => {}); // said below, from the write's own callback
  process.stdout.write('', (error) => {
    const failure = process.stdout.errored || error;
    if (failure && failure.code !== 'EPIPE') {
      process.stderr.write(`report-check: 结果未能写出 / the output could not be written: ${failure.message}\n`, () => process.exit(2));
      return;
    }
    process.stderr.write('', () => process.exit(exitCode));
  });
}
