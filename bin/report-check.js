#!/usr/bin/env node
'use strict';
// The batch checker. Its TypeScript is compiled to lib/ by `npm install` (the prepare script).
const path = require('node:path');
const fs = require('node:fs');
const main = path.join(__dirname, '..', 'lib', 'src', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('report-check: not built yet; run `npm install` (or `npm run build:cli`) in ' + path.join(__dirname, '..') + '\n');
  process.exit(2);
}
// Node's zlib unzips .docx and .xlsx parts several times faster than the pane's fflate, within the same limits.
require(path.join(__dirname, '..', 'lib', 'src', 'files', 'node-inflate.js')).inflateWithNodeZlib();
const { runCliWithData, terminalLayout } = require(main);
runCliWithData(process.argv.slice(2), terminalLayout()).then((result) => {
  if (result.stdout.length) process.stdout.write(result.stdout.join('\n') + '\n');
  if (result.stderr.length) process.stderr.write(result.stderr.join('\n') + '\n');
  process.exitCode = result.exitCode;
});
