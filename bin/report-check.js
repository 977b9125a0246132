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
  // Once all is written, exit: the heap is not tidied (a last collection) only for the process to end.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(result.exitCode)));
});
