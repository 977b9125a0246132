/**
 * `npm run bench`: prints the figures the checker is held to. Goals (reported, not asserted):
 * check time per paragraph steady from 2,000 to 200,000 paragraphs, for the generated report and a heading-dense
 * one; the batch checker over 100 generated ~20-page .docx reports under 10 s on a 2-core machine; the
 * wording checks' false alarms, at most 1 false warning per 10,000 characters of clean text (./wording).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { check } from '../src/core/check';
import { readDocx } from '../src/docx/read-docx';
import { benchCheckTime } from './check-time';
import { generateReportDocx } from './generate';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const mammoth = require('mammoth') as { extractRawText(input: { buffer: Buffer }): Promise<{ value: string }> };

async function main(): Promise<void> {
  benchCheckTime();

  const dir = mkdtempSync(join(tmpdir(), 'report-bench-'));
  const files: string[] = [];
  for (let i = 0; i < 100; i++) {
    const file = join(dir, `report-${String(i).padStart(3, '0')}.docx`);
    writeFileSync(file, generateReportDocx(180, 2000 + (i % 25)));
    files.push(file);
  }
  const sample = readDocx(readFileSync(files[0] as string));
  const chars = sample.blocks.reduce((n, b) => n + b.text.length, 0);
  console.log(`\n100 generated .docx reports, each ${sample.blocks.length} paragraphs, ${chars} characters (about ${Math.round(chars / 616)} pages at 22 lines × 28 characters)`);

  const cli = join(__dirname, '..', '..', 'bin', 'report-check.js');
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, '--json', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = performance.now() - started;
  const checked = run.stdout ? (JSON.parse(run.stdout) as { files: unknown[] }).files.length : 0;
  console.log(`  report-check, one process over all 100 files: ${(wall / 1000).toFixed(2)} s wall (exit ${run.status}, ${checked} files reported)`);

  const buffers = files.map((f) => readFileSync(f));
  let start = performance.now();
  for (const buffer of buffers) check(readDocx(buffer));
  const ours = performance.now() - start;
  start = performance.now();
  for (const buffer of buffers) await mammoth.extractRawText({ buffer });
  const peer = performance.now() - start;
  console.log(`  in one process: read + check ${ours.toFixed(0)} ms; mammoth.extractRawText (text only, no check) ${peer.toFixed(0)} ms`);
  rmSync(dir, { recursive: true, force: true });

  await (await import('./figures')).benchFigures();
  (await import('./wording')).benchWording();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
