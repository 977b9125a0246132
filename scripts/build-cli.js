'use strict';
// Bundles the batch checker into one file, lib/report-check.js, after `tsc -p tsconfig.cli.json` has compiled it to
// lib/src: Node then reads, resolves and compiles one file instead of about 140 (bin/report-check.js runs it with
// V8's code cache, bin/code-cache.js). Beside it, lib/report-check.inputs.json names every source the bundle holds
// with its hash, so a test fails when a source changed after the bundle was built (tests/cli/bundle.test.ts).
//
// What only some flags use stays outside, loaded from node_modules when asked for: the pattern engine (--profile),
// the data file readers (--data), the workbook writer (--summary) and the profile file validator.
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const webpack = require('webpack');

const ROOT = path.join(__dirname, '..');
const LIB = path.join(ROOT, 'lib');
const BUNDLE = 'report-check.js';
const LAZY_PACKAGES = ['re2js', 'papaparse', 'read-excel-file', 'write-excel-file', '@cfworker/json-schema'];

const config = {
  mode: 'production',
  target: 'node20',
  context: ROOT,
  entry: path.join(LIB, 'src', 'cli', 'entry.js'),
  output: { path: LIB, filename: BUNDLE, library: { type: 'commonjs2' }, clean: false },
  // Plain, readable code: a stack trace points at the lines of lib/src it came from.
  optimization: { minimize: false, concatenateModules: false, moduleIds: 'named' },
  devtool: false,
  // fflate's Node build loads worker_threads, which the batch checker never uses; its plain build is the same code.
  resolve: { alias: { fflate$: path.join(ROOT, 'node_modules', 'fflate', 'lib', 'browser.cjs') } },
  externals: ({ request }, callback) => {
    const lazy = LAZY_PACKAGES.find((name) => request === name || request.startsWith(`${name}/`));
    return lazy ? callback(null, `commonjs ${request}`) : callback();
  },
  performance: { hints: false },
  stats: 'errors-warnings',
};

/** The source a bundled module of lib/src was compiled from (its .ts, or the JSON itself). */
function sourceOf(libFile) {
  const relative = path.relative(LIB, libFile);
  if (relative.endsWith('.json')) return relative;
  return relative.replace(/\.js$/, '.ts');
}

function hashOf(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(path.join(ROOT, file))).digest('hex').slice(0, 16);
}

webpack(config, (error, stats) => {
  if (error || stats.hasErrors()) {
    process.stderr.write(`build-cli: ${error ? error.message : stats.toString('errors-only')}\n`);
    process.exitCode = 1;
    return;
  }
  const modules = [...stats.compilation.modules].map((m) => m.resource).filter((file) => file && file.startsWith(LIB + path.sep));
  const sources = modules.map(sourceOf).filter((file) => fs.existsSync(path.join(ROOT, file))).sort();
  const inputs = Object.fromEntries(sources.map((file) => [file, hashOf(file)]));
  fs.writeFileSync(path.join(LIB, 'report-check.inputs.json'), JSON.stringify(inputs, null, 1) + '\n');
  // A code cache of an earlier bundle is stale. The new one is made by checking a generated .docx report and a
  // text one, so that it holds what a usual run compiles (whatever the first run after installing asks for).
  fs.rmSync(path.join(LIB, `${BUNDLE}.cache`), { force: true });
  seedCodeCache();
});

function seedCodeCache() {
  const { generateReportDocx, generateReportText } = require(path.join(LIB, 'bench', 'generate.js'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-check-build-'));
  try {
    const docx = path.join(dir, 'report.docx');
    const text = path.join(dir, 'report.txt');
    fs.writeFileSync(docx, generateReportDocx(60));
    fs.writeFileSync(text, generateReportText(60));
    spawnSync(process.execPath, [path.join(ROOT, 'bin', 'report-check.js'), '--json', docx, text], { stdio: 'ignore' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
